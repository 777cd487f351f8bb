import { lazy, Suspense, useState } from 'react'
import { couldNotLoad, LoadBoundary } from '@/components/ui/load-boundary'
import { cn } from '@/lib/cn'
import { useTheme } from '@/lib/theme'
import { editorHeight } from './editor-metrics'
import { useEditorWanted } from './editor-intent'
import { StaticJson } from './static-json'

// The editor's chunk, then Monaco brought up in steps (see monaco-setup.ts): the editors render after both.
const MonacoJsonEditor = lazy(async () => {
  const editorModule = await import('./monaco-json-editor')
  await editorModule.monacoLoaded
  return editorModule
})

interface CodeEditorProps {
  /** One model per pane, e.g. "header.json". */
  path: string
  value: string
  ariaLabel: string
  readOnly?: boolean
  schema?: object
  onChange?: (text: string) => void
}

/**
 * A JSON editor that paints at once as plain highlighted text, then swaps in Monaco, at the same size,
 * once someone interacts with the page (see editor-intent.ts) and its chunk has loaded. The plain text
 * stays in the DOM (hidden, so it costs no layout) so the pane's text can always be found, even the lines
 * Monaco has scrolled out of view.
 */
export function CodeEditor({ path, value, ariaLabel, readOnly, schema, onChange }: CodeEditorProps) {
  const wantMonaco = useEditorWanted()
  const [ready, setReady] = useState(false)
  // Monaco's code did not arrive: the plain text stays, and says why it cannot be edited here.
  const [failed, setFailed] = useState(false)
  const theme = useTheme()
  const height = editorHeight(value)
  return (
    <>
      <div className="relative" style={{ height }}>
        <StaticJson text={value} hidden={ready} />
        {wantMonaco && (
          <LoadBoundary what="The editor" fallback={null} onFailed={() => setFailed(true)}>
            <Suspense fallback={null}>
              <div className={cn('absolute inset-0', !ready && 'invisible')}>
                <MonacoJsonEditor
                  path={path}
                  value={value}
                  ariaLabel={ariaLabel}
                  height={height}
                  theme={theme}
                  readOnly={readOnly}
                  schema={schema}
                  onChange={onChange}
                  onReady={() => setReady(true)}
                />
              </div>
            </Suspense>
          </LoadBoundary>
        )}
      </div>
      {failed && (
        <p role="status" data-testid="editor-failed" className="border-t border-amber-300 bg-amber-50 px-3 py-1 text-xs text-amber-900 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-200">
          {couldNotLoad('The editor')} This JSON is read-only here: edit the token instead, or reload the page to try again.
        </p>
      )}
    </>
  )
}
