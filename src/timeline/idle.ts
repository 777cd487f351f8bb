/**
 * The client's idle periods as absolute time spans, and where calls resume. Does not know about
 * tokens; calls after an idle period restart at its end, not on the old call grid.
 */
import type { IdlePeriod } from './policy'

export interface Span {
  readonly from: number
  readonly to: number
}

/** Idle periods (seconds from start) as absolute, sorted, merged spans; does not validate them. */
export function idleSpans(periods: readonly IdlePeriod[], start: number): Span[] {
  const sorted = periods.map((p) => ({ from: start + p.from, to: start + p.to })).sort((a, b) => a.from - b.from)
  const merged: Span[] = []
  for (const span of sorted) {
    const last = merged[merged.length - 1]
    if (last && span.from <= last.to) merged[merged.length - 1] = { from: last.from, to: Math.max(last.to, span.to) }
    else merged.push(span)
  }
  return merged
}

/** `t`, or the end of the idle span that contains it. */
export function skipIdle(spans: readonly Span[], t: number): number {
  for (const span of spans) if (t >= span.from && t < span.to) t = span.to
  return t
}

/** Start of the first idle span after `t`, or Infinity. */
export function nextIdleStart(spans: readonly Span[], t: number): number {
  return spans.find((span) => span.from > t)?.from ?? Infinity
}
