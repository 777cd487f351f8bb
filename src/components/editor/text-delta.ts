export interface TextDelta {
  /** Offset in the old text where the change starts. */
  start: number
  /** Offset in the old text where the change ends (exclusive). */
  end: number
  /** What replaces old[start, end). */
  text: string
}

/**
 * The one span where `next` differs from `old`: their common start and end kept, the middle replaced.
 * An editor given this instead of the whole text re-lays out and re-colours only the changed lines (a
 * keystroke in a 64 KB payload replaced 1,400 lines before) and keeps its scroll position. Never splits a
 * surrogate pair. Null when the texts are equal.
 */
export function textDelta(old: string, next: string): TextDelta | null {
  if (old === next) return null
  const shorter = Math.min(old.length, next.length)
  let start = 0
  while (start < shorter && old.charCodeAt(start) === next.charCodeAt(start)) start++
  if (start > 0 && isHighSurrogate(old.charCodeAt(start - 1))) start--
  let tail = 0
  while (tail < shorter - start && old.charCodeAt(old.length - 1 - tail) === next.charCodeAt(next.length - 1 - tail)) tail++
  if (tail > 0 && isLowSurrogate(old.charCodeAt(old.length - tail))) tail--
  return { start, end: old.length - tail, text: next.slice(start, next.length - tail) }
}

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff
const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff
