/**
 * The first `limit` characters of `text` and how many were left off. Huge values (a 1 MB token, a 740 KB
 * claim) show their start only: Chromium takes hundreds of milliseconds to lay out that much text.
 */
export function clipText(text: string, limit: number): { shown: string; rest: number } {
  if (text.length <= limit) return { shown: text, rest: 0 }
  return { shown: text.slice(0, limit), rest: text.length - limit }
}
