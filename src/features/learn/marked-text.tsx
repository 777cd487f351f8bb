const MARK = 'rounded-sm bg-amber-200 font-bold text-amber-950 dark:bg-amber-700 dark:text-amber-50'

/** `text` with the characters at `indexes` wrapped in <mark> (runs merged). It does not colour anything else. */
export function MarkedText({ text, indexes, label }: { text: string; indexes: ReadonlySet<number>; label?: string }) {
  const runs: { text: string; marked: boolean }[] = []
  for (let i = 0; i < text.length; i++) {
    const marked = indexes.has(i)
    const last = runs.at(-1)
    if (last && last.marked === marked) last.text += text[i]
    else runs.push({ text: text[i] ?? '', marked })
  }
  return runs.map((run, index) =>
    run.marked ? (
      <mark key={index} title={label} className={MARK}>
        {run.text}
      </mark>
    ) : (
      <span key={index}>{run.text}</span>
    ),
  )
}
