import { loader } from '@monaco-editor/react'
import * as monaco from 'monaco-editor/editor'
// The slim editor plus only what a JSON pane uses: the full 'monaco-editor' import drags in every language.
import 'monaco-editor/languages/features/json/register'
import 'monaco-editor/features/hover/register'
import 'monaco-editor/features/suggest/register'
import 'monaco-editor/features/bracketMatching/register'
import 'monaco-editor/features/find/register'
import 'monaco-editor/features/clipboard/register'
import 'monaco-editor/features/folding/register'
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

export { monaco }
