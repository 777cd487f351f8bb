/**
 * The first `limit` characters of `text` and how many were left off. Huge values (a 1 MB token, a 740 KB
 * claim) show their start only: Chromium takes hundreds of milliseconds to lay out that much text.
 */
export function clipText(text: string, limit: number): { shown: string; rest: number } {
  if (text.length <= limit) return { shown: text, rest: 0 }
  return { shown: text.slice(0, limit), rest: text.length - limit }
}

/**
 * Which `size` characters of a text `length` long to show so that the first of `around` (offsets that
 * matter, such as changed characters) is in view: the window starts up to half its size before it.
 */
export function textWindow(length: number, around: readonly number[], size: number): { from: number; to: number } {
  if (length <= size) return { from: 0, to: length }
  const first = around.length > 0 ? Math.min(...around) : 0
  const from = Math.max(0, Math.min(first - Math.floor(size / 2), length - size))
  return { from, to: from + size }
}
