const MARK = 'rounded-sm bg-amber-200 font-bold text-amber-950 dark:bg-amber-700 dark:text-amber-50'

/** `text` with the characters at `indexes` wrapped in <mark> (runs merged). It does not colour anything else. */
// Walks the marks, not the text: the text may be a 1 MB payload with four marked characters.
export function MarkedText({ text, indexes, label }: { text: string; indexes: ReadonlySet<number>; label?: string }) {
  const marks = [...indexes].filter((index) => index >= 0 && index < text.length).sort((a, b) => a - b)
  const pieces: React.ReactNode[] = []
  let at = 0
  for (let k = 0; k < marks.length; ) {
    const start = marks[k] as number
    let end = start + 1
    for (k++; marks[k] === end; k++) end++
    if (start > at) pieces.push(<span key={`text-${at}`}>{text.slice(at, start)}</span>)
    pieces.push(
      <mark key={`mark-${start}`} title={label} className={MARK}>
        {text.slice(start, end)}
      </mark>,
    )
    at = end
  }
  if (at < text.length) pieces.push(<span key={`text-${at}`}>{text.slice(at)}</span>)
  return pieces
}
