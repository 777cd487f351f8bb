import { loader } from '@monaco-editor/react'
import EditorWorker from 'monaco-editor/editor/editor.worker?worker'
import JsonWorker from 'monaco-editor/languages/features/json/json.worker?worker'
import { whenQuiet } from './when-quiet'

self.MonacoEnvironment = {
  getWorker(_workerId: string, label: string) {
    return label === 'json' ? new JsonWorker() : new EditorWorker()
  },
}

let jsonDefaults: typeof import('monaco-editor/languages/features/json/register').jsonDefaults | undefined

/**
 * Monaco comes in at the first sign of a person (editor-intent.ts), so whatever it blocks, it blocks just as
 * they start to type or paste. Evaluated in one go it was a 155 ms task. Here each step is a task of its own,
 * started only when the person has paused (when-quiet.ts): the editor's common layer, its browser layer
 * and services, its API, the features a JSON pane uses (the full 'monaco-editor' import drags in every
 * language), the JSON language, then Monaco's services started. With the editors then created one per task
 * (editor-turns.ts), on a busy host: longest task 172 → 92 ms, time blocked 239 → 81 ms, both editors up
 * 1.10 → 0.92 s after the first pointer move (medians of 10 interleaved loads, scripts/bench/ab-editors.mjs).
 * Ctrl+A, Ctrl+V in the token field 0 to 550 ms after clicking it, from the Ctrl to the panes: median
 * 197 → 89 ms, worst of 24 453 → 183 ms.
 */
async function loadInSteps(): Promise<void> {
  await whenQuiet()
  await import('./monaco-layer-common')
  await whenQuiet()
  await import('./monaco-layer-browser')
  await whenQuiet()
  const monaco = await import('monaco-editor/editor')
  await whenQuiet()
  await import('./monaco-features')
  await whenQuiet()
  ;({ jsonDefaults } = await import('monaco-editor/languages/features/json/register'))
  // Hands @monaco-editor/react our bundled Monaco. Without loader.config it fetches Monaco from a CDN,
  // which a token tool must never do.
  loader.config({ monaco })
  await whenQuiet()
  // Monaco's services start with the first model. A throwaway one starts them in a task of their own instead
  // of inside the first editor's creation; being JSON, it also sets the JSON language loading.
  monaco.editor.createModel('', 'json').dispose()
}

/** Settles once Monaco is ready for an editor: the editors are rendered only then. */
export const monacoLoaded = loadInSteps()

// Monaco's JSON validation is global: one schema per model path ("header.json", "payload.json").
const schemas = new Map<string, object>()

/**
 * Validates and explains the model at `path` with `schema`; never fetches a schema from the network. Called
 * as an editor is created, so after `monacoLoaded`, when jsonDefaults is set.
 */
export function registerJsonSchema(path: string, schema: object): void {
  schemas.set(path, schema)
  jsonDefaults?.setDiagnosticsOptions({
    validate: true,
    enableSchemaRequest: false,
    schemas: [...schemas].map(([file, value]) => ({ uri: `inmemory://schema/${file}`, fileMatch: [file], schema: value })),
  })
}
