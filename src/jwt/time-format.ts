/**
 * Human forms of a NumericDate: local time, UTC and relative ("expired 3 minutes ago"), with Intl.
 * It does not read the clock: `now` is passed in.
 */

const UNITS = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
  ['second', 1],
] as const

// Intl formatters are costly to build (the first one loads locale data: 7 ms at page load), so they are
// built on first use and kept.
const formatters = new Map<string, unknown>()
function formatter<T>(key: string, build: () => T): T {
  if (!formatters.has(key)) formatters.set(key, build())
  return formatters.get(key) as T
}
const relative = () => formatter('relative', () => new Intl.RelativeTimeFormat('en', { numeric: 'auto' }))

/** "in 5 minutes", "3 hours ago", "now": the largest unit that fits. */
export function formatRelative(secondsFromNow: number): string {
  const abs = Math.abs(secondsFromNow)
  for (const [unit, size] of UNITS) {
    if (abs >= size) return relative().format(Math.round(secondsFromNow / size), unit)
  }
  return relative().format(0, 'second')
}

// A Date holds ±8.64e15 ms around 1970 (ECMA-262 §21.4.1.1); past that it is Invalid and formatting it throws.
const OUT_OF_RANGE = 'out of the range a date can show (years −271821 to 275760)'

/** "2026-11-27 16:30:00 UTC"; for an Invalid Date (a NumericDate too large for one) says so instead of throwing. */
export function formatUtc(date: Date): string {
  if (Number.isNaN(date.getTime())) return `UTC: ${OUT_OF_RANGE}`
  return date.toISOString().replace('T', ' ').replace(/\.\d{3}Z$/, ' UTC')
}

/** The date in the viewer's own time zone, with the zone named; for an Invalid Date says so instead of throwing. */
export function formatLocal(date: Date, timeZone?: string): string {
  if (Number.isNaN(date.getTime())) return `A NumericDate, but ${OUT_OF_RANGE}`
  const format = formatter(`local ${timeZone ?? ''}`, () => new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'long', ...(timeZone ? { timeZone } : {}) }))
  return format.format(date)
}
