import { loader } from '@monaco-editor/react'
import * as monaco from 'monaco-editor/editor'
// The slim editor plus only what a JSON pane uses: the full 'monaco-editor' import drags in every language.
import { jsonDefaults } from 'monaco-editor/languages/features/json/register'
import 'monaco-editor/features/hover/register'
import 'monaco-editor/features/suggest/register'
import 'monaco-editor/features/bracketMatching/register'
import 'monaco-editor/features/find/register'
import 'monaco-editor/features/clipboard/register'
import 'monaco-editor/features/folding/register'
// The JSON worker manager (loaded later) pulls in the codelens and drop-into-editor contributions. Their
// services must be registered before the first editor starts Monaco's services, or every editor created
// after a view switch throws "depends on UNKNOWN service ICodeLensCache / treeViewsDndService".
import 'monaco-editor/features/codelens/register'
import 'monaco-editor/features/dropOrPasteInto/register'
import EditorWorker from 'monaco-editor/editor/editor.worker?worker'
import JsonWorker from 'monaco-editor/languages/features/json/json.worker?worker'

/**
 * Hands @monaco-editor/react our bundled Monaco. Without loader.config it fetches Monaco from a CDN,
 * which a token tool must never do. Imported only from the lazily loaded editor chunk.
 */
self.MonacoEnvironment = {
  getWorker(_workerId: string, label: string) {
    return label === 'json' ? new JsonWorker() : new EditorWorker()
  },
}

loader.config({ monaco })

// Monaco's JSON validation is global: one schema per model path ("header.json", "payload.json").
const schemas = new Map<string, object>()

/** Validates and explains the model at `path` with `schema`; never fetches a schema from the network. */
export function registerJsonSchema(path: string, schema: object): void {
  schemas.set(path, schema)
  jsonDefaults.setDiagnosticsOptions({
    validate: true,
    enableSchemaRequest: false,
    schemas: [...schemas].map(([file, value]) => ({ uri: `inmemory://schema/${file}`, fileMatch: [file], schema: value })),
  })
}

export { monaco }
