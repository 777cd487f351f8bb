import { memo } from 'react'
import { cn } from '@/lib/cn'
import { EDITOR_FONT_SIZE, EDITOR_GUTTER, EDITOR_LINE_HEIGHT, EDITOR_PADDING } from './editor-metrics'

const TOKEN = /("(?:[^"\\]|\\.)*"\s*:)|("(?:[^"\\]|\\.)*")|(-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)|(true|false|null)/g

const CLASS = {
  key: 'text-sky-800 dark:text-sky-300',
  string: 'text-emerald-800 dark:text-emerald-300',
  number: 'text-amber-800 dark:text-amber-300',
  literal: 'text-fuchsia-800 dark:text-fuchsia-300',
}

/**
 * A read-only, colour-highlighted view of JSON text: what shows before Monaco arrives, and what stays in
 * the DOM (visually hidden) after, so the text is always there to find. Text only: never HTML.
 */
export const StaticJson = memo(function StaticJson({ text, hidden }: { text: string; hidden?: boolean }) {
  const pieces: React.ReactNode[] = []
  let last = 0
  for (const match of text.matchAll(TOKEN)) {
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
      aria-hidden={hidden || undefined}
      className={cn('m-0 overflow-auto whitespace-pre font-mono text-gray-900 dark:text-gray-100', hidden && 'sr-only')}
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
