import Editor from '@monaco-editor/react'
import type { editor } from 'monaco-editor/editor'
import { registerJsonSchema } from './monaco-setup'
import { EDITOR_FONT_SIZE, EDITOR_LINE_HEIGHT, EDITOR_PADDING } from './editor-metrics'

export interface MonacoJsonEditorProps {
  path: string
  value: string
  ariaLabel: string
  height: number
  theme: 'light' | 'dark'
  readOnly?: boolean
  /** A JSON Schema for this pane: validation squiggles and hover explanations. */
  schema?: object
  onChange?: (text: string) => void
  onReady?: () => void
}

const OPTIONS: editor.IStandaloneEditorConstructionOptions = {
  fontSize: EDITOR_FONT_SIZE,
  lineHeight: EDITOR_LINE_HEIGHT,
  padding: { top: EDITOR_PADDING, bottom: EDITOR_PADDING },
  lineNumbers: 'off',
  glyphMargin: false,
  folding: false,
  lineDecorationsWidth: 12,
  minimap: { enabled: false },
  scrollBeyondLastLine: false,
  overviewRulerLanes: 0,
  renderLineHighlight: 'none',
  wordWrap: 'off',
  tabSize: 2,
  automaticLayout: true,
  fixedOverflowWidgets: true,
  accessibilitySupport: 'auto',
}

/** The heavy half of CodeEditor: Monaco itself, loaded on demand. Does not know about JWTs. */
export default function MonacoJsonEditor({ path, value, ariaLabel, height, theme, readOnly, schema, onChange, onReady }: MonacoJsonEditorProps) {
  return (
    <Editor
      path={path}
      language="json"
      value={value}
      height={height}
      theme={theme === 'dark' ? 'vs-dark' : 'vs'}
      loading={null}
      options={{ ...OPTIONS, ariaLabel, readOnly }}
      onChange={(text) => onChange?.(text ?? '')}
      onMount={() => onReady?.()}
      beforeMount={() => {
        if (schema) registerJsonSchema(path, schema)
      }}
    />
  )
}
