import { memo } from 'react'
import { EDITOR_FONT_SIZE, EDITOR_GUTTER, EDITOR_LINE_HEIGHT, EDITOR_PADDING } from './editor-metrics'

const TOKEN = /("(?:[^"\\]|\\.)*"\s*:)|("(?:[^"\\]|\\.)*")|(-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)|(true|false|null)/g

const CLASS = {
  key: 'text-sky-800 dark:text-sky-300',
  string: 'text-emerald-800 dark:text-emerald-300',
  number: 'text-amber-800 dark:text-amber-300',
  literal: 'text-fuchsia-800 dark:text-fuchsia-300',
}

// Past this size, highlighting costs more than it helps: thousands of spans to lay out on every keystroke.
const HIGHLIGHT_LIMIT = 16_384

/**
 * A read-only, colour-highlighted view of JSON text: what shows before Monaco arrives, and what stays in
 * the DOM after (display: none, so it costs no layout), so the pane's whole text is always there to find.
 * Text only: never HTML.
 */
export const StaticJson = memo(function StaticJson({ text, hidden, label }: { text: string; hidden?: boolean; label?: string }) {
  if (hidden) {
    return (
      <pre hidden aria-hidden="true">
        {text}
      </pre>
    )
  }
  const pieces: React.ReactNode[] = []
  let last = 0
  for (const match of text.length > HIGHLIGHT_LIMIT ? [] : text.matchAll(TOKEN)) {
    if (match.index > last) pieces.push(text.slice(last, match.index))
    const [whole, key, string, number] = match
    const kind = key ? 'key' : string ? 'string' : number ? 'number' : 'literal'
    pieces.push(
      <span key={match.index} className={CLASS[kind]}>
        {whole}
      </span>,
    )
    last = match.index + whole.length
  }
  pieces.push(text.slice(last))
  return (
    <pre
      // Named and focusable where it is the pane's only view (a read-only huge payload), so a keyboard can
      // scroll its long lines; not before Monaco arrives, when it would be a tab stop that goes away.
      {...(label ? { tabIndex: 0, role: 'region', 'aria-label': label } : {})}
      className="m-0 overflow-auto whitespace-pre font-mono text-gray-900 focus-visible:outline-2 focus-visible:outline-sky-600 dark:text-gray-100"
      style={{
        fontSize: EDITOR_FONT_SIZE,
        lineHeight: `${EDITOR_LINE_HEIGHT}px`,
        padding: `${EDITOR_PADDING}px 0 ${EDITOR_PADDING}px ${EDITOR_GUTTER}px`,
      }}
    >
      {pieces}
    </pre>
  )
})
