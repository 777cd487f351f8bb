import Editor, { type Monaco } from '@monaco-editor/react'
import { useEffect, useMemo, useRef } from 'react'
import type { editor, IPosition } from 'monaco-editor/editor'
import { registerJsonSchema } from './monaco-setup'
import { useCreationTurn } from './editor-turns'
import { textDelta } from '@/lib/text-delta'
import { EDITOR_FONT_SIZE, EDITOR_LINE_HEIGHT, EDITOR_PADDING } from './editor-metrics'

export { monacoLoaded } from './monaco-setup'

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
  // Tab and Shift+Tab move focus on instead of typing a tab, so keyboard users are never trapped in the
  // editor (WCAG 2.1.2). JSON needs no tab characters; Enter still indents.
  tabFocusMode: true,
}

/** Texts kept to recognise late echoes of typing; more than anyone types before React catches up. */
const ECHO_MEMORY = 64

/**
 * The heavy half of CodeEditor: Monaco itself, loaded on demand. Does not know about JWTs.
 *
 * `value` is applied to the model only when it comes from outside. @monaco-editor/react's own `value`
 * sync runs in an effect after React renders, so a render that still carries the text of two keystrokes
 * ago would overwrite what was typed since and throw the cursor to the end of the document. A `value`
 * equal to a text this editor reported a moment ago is such a late echo, and is ignored.
 */
export default function MonacoJsonEditor({ path, value, ariaLabel, height, theme, readOnly, schema, onChange, onReady }: MonacoJsonEditorProps) {
  const editorRef = useRef<editor.IStandaloneCodeEditor | null>(null)
  const latestValue = useRef(value)
  /** What the editor reported through onChange that `value` has not caught up with yet, oldest first. */
  const typed = useRef<string[]>([])
  /** True while we write an outside value into the model: that is not the person typing. */
  const applying = useRef(false)
  const onChangeRef = useRef(onChange)
  useEffect(() => {
    onChangeRef.current = onChange
  }, [onChange])
  // The same object while the label and mode stay: a new one makes the wrapper reconfigure Monaco on every render.
  const options = useMemo(() => ({ ...OPTIONS, ariaLabel: `${ariaLabel}. Tab moves to the next control.`, readOnly }), [ariaLabel, readOnly])

  useEffect(() => {
    latestValue.current = value
    const instance = editorRef.current
    if (!instance) return
    // In a task of its own, after the one that rendered the keystroke: Monaco paints the change at the next
    // frame either way, and the signature's verification, started by an effect after this one, no longer
    // waits for Monaco's edit (1 ms for a 64 KB payload, 3 ms on the first keystrokes).
    const timer = setTimeout(() => syncFromOutside(instance, latestValue.current, typed.current, applying), 0)
    return () => clearTimeout(timer)
  }, [value])

  // Created at its turn (see editor-turns.ts); until then the pane shows its plain text.
  const { mayCreate, created } = useCreationTurn()
  if (!mayCreate) return null
  return (
    <Editor
      path={path}
      language="json"
      defaultValue={value}
      height={height}
      theme={theme === 'dark' ? 'vs-dark' : 'vs'}
      loading={null}
      options={options}
      onMount={(instance, monaco) => {
        editorRef.current = instance
        // Our own listener rather than the wrapper's onChange: that one reads the whole text on every change,
        // ours too, and re-subscribes on every render.
        instance.onDidChangeModelContent(() => {
          if (applying.current) return
          const next = instance.getValue()
          typed.current.push(next)
          if (typed.current.length > ECHO_MEMORY) typed.current.shift()
          onChangeRef.current?.(next)
        })
        // A model kept for this path, or a value that changed while Monaco was starting.
        syncFromOutside(instance, latestValue.current, typed.current, applying)
        onReady?.()
        created()
        whenIdle(() => {
          warmEditPath(instance, applying)
          rehearseUndoableEdit(monaco)
        })
      }}
      beforeMount={() => {
        if (schema) registerJsonSchema(path, schema)
      }}
    />
  )
}

/** Puts `value` into the editor unless it already shows it or it is a late echo of what was typed. */
function syncFromOutside(instance: editor.IStandaloneCodeEditor, value: string, typed: string[], applying: { current: boolean }): void {
  const model = instance.getModel()
  const delta = model && textDelta(model.getValue(), value)
  if (!model || !delta) {
    typed.length = 0
    return
  }
  const echo = typed.lastIndexOf(value)
  if (echo !== -1) {
    // Older than the model: everything typed up to it has been seen by the parent.
    typed.splice(0, echo + 1)
    return
  }
  typed.length = 0
  applying.current = true
  try {
    // One undoable edit (setValue would wipe the undo history), of only the span that changed: Monaco then
    // re-colours a line or two instead of the whole document, and the view stays where it was scrolled.
    const range = { ...startOf(model.getPositionAt(delta.start)), ...endOf(model.getPositionAt(delta.end)) }
    model.pushEditOperations([], [{ range, text: delta.text }], () => null)
    model.pushStackElement()
  } finally {
    applying.current = false
  }
}

const startOf = ({ lineNumber, column }: IPosition) => ({ startLineNumber: lineNumber, startColumn: column })
const endOf = ({ lineNumber, column }: IPosition) => ({ endLineNumber: lineNumber, endColumn: column })

/**
 * Monaco's first edit runs some 270 of its functions for the first time, compiling each, and measures the
 * editor's DOM: about 8 ms added to the first keystroke in a 64 KB token. Rewriting the first character
 * with itself while the page is idle pays that early. The text stays the same, and applyEdits records no
 * undo step, so undo and redo are as they were.
 */
function warmEditPath(instance: editor.IStandaloneCodeEditor, applying: { current: boolean }): void {
  const model = instance.getModel()
  if (!model || model.isDisposed() || model.getValueLength() === 0) return
  const range = { startLineNumber: 1, startColumn: 1, endLineNumber: 1, endColumn: 2 }
  applying.current = true
  try {
    model.applyEdits([{ range, text: model.getValueInRange(range) }])
  } finally {
    applying.current = false
  }
}

let rehearsed = false

/**
 * Syncing a token's change into the pane is an undoable edit (pushEditOperations), which applyEdits above
 * does not go through: its undo-stack and text-buffer code still ran for the first time on the first
 * keystroke. Rehearsed once per page on a throwaway model, so no editor's undo history is touched.
 */
function rehearseUndoableEdit(monaco: Monaco): void {
  if (rehearsed) return
  rehearsed = true
  const scratch = monaco.editor.createModel('{\n  "a": [1, {"b": "c"}],\n  "d": "e"\n}', 'json')
  try {
    // An insertion inside the text, then a deletion inside it, each one undo step, ranges from offsets as
    // syncFromOutside makes them.
    const at = { ...startOf(scratch.getPositionAt(10)), ...endOf(scratch.getPositionAt(10)) }
    scratch.pushEditOperations([], [{ range: at, text: ', 2' }], () => null)
    scratch.pushStackElement()
    const span = { ...startOf(scratch.getPositionAt(24)), ...endOf(scratch.getPositionAt(28)) }
    scratch.pushEditOperations([], [{ range: span, text: '' }], () => null)
    scratch.pushStackElement()
  } finally {
    scratch.dispose()
  }
}

const whenIdle = (task: () => void) => ('requestIdleCallback' in window ? requestIdleCallback(task, { timeout: 1000 }) : setTimeout(task, 200))
