import { lazy, Suspense, useEffect, useState } from 'react'
import { cn } from '@/lib/cn'
import { useTheme } from '@/lib/theme'
import { editorHeight } from './editor-metrics'
import { StaticJson } from './static-json'

const MonacoJsonEditor = lazy(() => import('./monaco-json-editor'))

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
 * A JSON editor that paints at once as plain highlighted text, then swaps in Monaco when its chunk has
 * loaded, at the same size. The plain text stays in the DOM (visually hidden) so the pane's text can
 * always be found, even the lines Monaco has scrolled out of view.
 */
export function CodeEditor({ path, value, ariaLabel, readOnly, schema, onChange }: CodeEditorProps) {
  const [wantMonaco, setWantMonaco] = useState(false)
  const [ready, setReady] = useState(false)
  const theme = useTheme()
  useEffect(() => {
    // Let the first view paint before starting the large Monaco download.
    const id = setTimeout(() => setWantMonaco(true), 50)
    return () => clearTimeout(id)
  }, [])
  const height = editorHeight(value)
  return (
    <div className="relative" style={{ height }}>
      <StaticJson text={value} hidden={ready} />
      {wantMonaco && (
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
      )}
    </div>
  )
}
