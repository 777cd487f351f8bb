/**
 * Where things go on the timeline: the visible window of simulated time, x positions and axis ticks.
 * Times are seconds from the first login. Pure arithmetic; it draws nothing.
 */

/** A stretch of simulated time, `from` <= t <= `to`, in seconds from login. */
export interface TimeWindow {
  readonly from: number
  readonly to: number
}

/** The `span`-second window around `now`, kept inside [0, horizon]; the whole horizon when span is null or larger. */
export function windowAround(now: number, span: number | null, horizon: number): TimeWindow {
  if (span === null || span >= horizon) return { from: 0, to: horizon }
  const from = Math.min(Math.max(0, now - span / 2), horizon - span)
  return { from, to: from + span }
}

/** x in pixels of time `t` on a `width`-pixel axis; not clamped (callers cull or clip). */
export function xOf(t: number, window: TimeWindow, width: number): number {
  return ((t - window.from) / (window.to - window.from)) * width
}

/** Time at pixel `x`, the inverse of xOf. */
export function timeAt(x: number, window: TimeWindow, width: number): number {
  return window.from + (x / width) * (window.to - window.from)
}

/** Tick spacings a reader can count in: 1 s up to 1 day (then whole days). */
const NICE_STEPS = [1, 5, 10, 30, 60, 300, 600, 900, 1800, 3600, 7200, 10800, 21600, 43200, 86400] as const

/** The smallest nice spacing that leaves at least `minPixels` between ticks. */
export function tickStep(window: TimeWindow, width: number, minPixels = 80): number {
  const perPixel = (window.to - window.from) / Math.max(width, 1)
  const wanted = perPixel * minPixels
  for (const step of NICE_STEPS) if (step >= wanted) return step
  return Math.ceil(wanted / 86400) * 86400
}

/** Tick times (multiples of the step) inside the window. */
export function ticks(window: TimeWindow, width: number, minPixels?: number): number[] {
  const step = tickStep(window, width, minPixels)
  const out: number[] = []
  for (let t = Math.ceil(window.from / step) * step; t <= window.to; t += step) out.push(t)
  return out
}

/** "0", "+30 s", "+5 min", "+1 h 30 min", "+1 d", "+1 d 6 h": a tick label, as short as the time allows. */
export function tickLabel(seconds: number): string {
  if (seconds === 0) return 'login'
  const d = Math.floor(seconds / 86400)
  const h = Math.floor((seconds % 86400) / 3600)
  const m = Math.floor((seconds % 3600) / 60)
  const s = seconds % 60
  const parts = [d && `${d} d`, h && `${h} h`, m && `${m} min`, s && `${s} s`].filter(Boolean)
  return `+${parts.slice(0, 2).join(' ')}`
}
