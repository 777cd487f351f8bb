import { loader } from '@monaco-editor/react'
import EditorWorker from 'monaco-editor/editor/editor.worker?worker'
import JsonWorker from 'monaco-editor/languages/features/json/json.worker?worker'
import { nextTask } from './editor-turns'

self.MonacoEnvironment = {
  getWorker(_workerId: string, label: string) {
    return label === 'json' ? new JsonWorker() : new EditorWorker()
  },
}

let jsonDefaults: typeof import('monaco-editor/languages/features/json/register').jsonDefaults | undefined

/**
 * Monaco comes in at the first sign of a person (editor-intent.ts), so whatever it blocks, it blocks just as
 * they start to type or paste. Evaluated in one go it was a 155 ms task. Here each step is a task of its own,
 * and input waiting behind one is answered before the next: the editor's common layer, its browser layer
 * and services, its API, the features a JSON pane uses (the full 'monaco-editor' import drags in every
 * language), the JSON language, then Monaco's services started. With the editors then created one per task
 * (editor-turns.ts), on a busy host: longest task 184 → 105 ms, time blocked 242 → 128 ms, both editors up
 * 1.19 → 0.97 s after the first pointer move (medians of 8 interleaved loads, scripts/bench/ab-editors.mjs).
 */
async function loadInSteps(): Promise<void> {
  await import('monaco-editor/editor/common/services/editorBaseApi')
  await nextTask()
  await import('monaco-editor/editor/standalone/browser/standaloneServices')
  await nextTask()
  const monaco = await import('monaco-editor/editor')
  await nextTask()
  await import('./monaco-features')
  await nextTask()
  ;({ jsonDefaults } = await import('monaco-editor/languages/features/json/register'))
  // Hands @monaco-editor/react our bundled Monaco. Without loader.config it fetches Monaco from a CDN,
  // which a token tool must never do.
  loader.config({ monaco })
  await nextTask()
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
