import type { SegmentIndex } from '@/jwt/decode'
import type { NormalizedInput } from '@/jwt/normalize'

/** A stretch of the token field's text and the segment whose colour it takes (null: uncoloured). */
export interface Run {
  text: string
  segment: SegmentIndex | null
  /** The mark that stands for the middle of a token too long to show (see ElidedField). */
  mark?: true
}

/**
 * Splits raw[from, to) into runs: what was stripped around the token (uncoloured), then each segment and dot
 * in its colour. A stretch that starts inside the token takes its colour from the dots before it.
 */
export function colourRuns(raw: string, normalized: NormalizedInput, from = 0, to = raw.length): Run[] {
  const runs: Run[] = []
  const push = (text: string, segment: SegmentIndex | null) => {
    if (text === '') return
    const last = runs.at(-1)
    if (last && last.segment === segment) last.text += text
    else runs.push({ text, segment })
  }
  const start = clamp(normalized.start, from, to)
  const end = clamp(normalized.end, from, to)
  push(raw.slice(from, start), null)
  let segment = countDots(raw, normalized.start, start)
  // Slices between dots, not character by character: a 1 MB token must not cost a million pushes.
  raw
    .slice(start, end)
    .split('.')
    .forEach((piece, index) => {
      if (index > 0) push('.', null)
      const colour = segment + index <= 2 ? ((segment + index) as SegmentIndex) : null
      // Whitespace inside the token (a token broken over lines) stays uncoloured.
      piece.split(/(\s+)/).forEach((part, i) => push(part, i % 2 === 1 ? null : colour))
    })
  push(raw.slice(end, to), null)
  return runs
}

/** The runs of a field that shows raw's first `at` characters, `mark`, then what follows the `hidden` after them. */
export function elidedColourRuns(raw: string, normalized: NormalizedInput, at: number, hidden: number, mark: string): Run[] {
  return [...colourRuns(raw, normalized, 0, at), { text: mark, segment: null, mark: true }, ...colourRuns(raw, normalized, at + hidden)]
}

/** The segment at `offset` of the raw text, or null outside the token or past its third part. */
export function segmentAt(raw: string, normalized: NormalizedInput, offset: number): SegmentIndex | null {
  if (offset < normalized.start || offset > normalized.end) return null
  const dots = countDots(raw, normalized.start, offset)
  return dots <= 2 ? (dots as SegmentIndex) : null
}

/** How many dots raw[from, to) holds (indexOf: no copy of a 1 MB token per call). */
function countDots(raw: string, from: number, to: number): number {
  let count = 0
  for (let at = raw.indexOf('.', from); at !== -1 && at < to; at = raw.indexOf('.', at + 1)) count++
  return count
}

const clamp = (value: number, low: number, high: number) => Math.min(Math.max(value, low), high)
