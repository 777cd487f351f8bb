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

/** Rough width of a tick label in pixels: 10 px type averages under 6 px a character, so this errs wide. */
export const labelWidth = (label: string) => label.length * 6

/**
 * How to anchor a label on a tick at `x` so it ends left of `right`: centred on the tick while it fits,
 * else ending at it (the last tick sits at the plot's edge, and a centred label there would be cut off).
 */
export function tickAnchor(x: number, width: number, right: number): 'middle' | 'end' {
  return x + width / 2 <= right ? 'middle' : 'end'
}

const pad = (value: number) => String(value).padStart(2, '0')

/**
 * A tick label, as short as stays exact: "login", "+30 s", "+5 min", "+1 h 30 min", "+1 d 6 h"; with more
 * than two units, clock style: "+1:02:05", "+1 d 03:10", "+1 d 03:10:05".
 */
export function tickLabel(seconds: number): string {
  if (seconds === 0) return 'login'
  const d = Math.floor(seconds / 86400)
  const h = Math.floor((seconds % 86400) / 3600)
  const m = Math.floor((seconds % 3600) / 60)
  const s = seconds % 60
  const parts = [d && `${d} d`, h && `${h} h`, m && `${m} min`, s && `${s} s`].filter(Boolean)
  if (parts.length <= 2) return `+${parts.join(' ')}`
  if (d === 0) return `+${h}:${pad(m)}:${pad(s)}`
  return `+${d} d ${pad(h)}:${pad(m)}${s ? `:${pad(s)}` : ''}`
}

/**
 * The window moved to the nearest whole pixel (of `width`): while the clock plays, a window that
 * follows now then changes only when the picture would, so the drawing can be reused between frames.
 */
export function snapToPixel(range: TimeWindow, width: number): TimeWindow {
  const perPixel = (range.to - range.from) / Math.max(width, 1)
  const from = Math.round(range.from / perPixel) * perPixel
  return from === range.from ? range : { from, to: from + (range.to - range.from) }
}
