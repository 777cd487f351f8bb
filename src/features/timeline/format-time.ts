/**
 * Simulated times as people read them: offsets from the first login ("+1 d 02:03:04") and lengths
 * ("4 min 59 s"). Pure; it never reads a clock and does not localise.
 */

const pad = (value: number) => String(value).padStart(2, '0')

/** "+0:05:01", "+1 d 00:00:00", "−0:02:00": whole seconds from login (fractions are floored); not a date. */
export function formatOffset(seconds: number): string {
  const sign = seconds < 0 ? '−' : '+'
  const total = Math.floor(Math.abs(seconds))
  const days = Math.floor(total / 86400)
  const hours = Math.floor((total % 86400) / 3600)
  const clock = `${days > 0 ? pad(hours) : hours}:${pad(Math.floor((total % 3600) / 60))}:${pad(total % 60)}`
  return days > 0 ? `${sign}${days} d ${clock}` : `${sign}${clock}`
}

const UNITS = [
  ['d', 86400],
  ['h', 3600],
  ['min', 60],
  ['s', 1],
] as const

/**
 * "4 min 59 s", "1 d 5 min", "2 h 30 min": every non-zero unit of a whole number of seconds, zero units
 * left out, so nothing is rounded away; no sign.
 */
export function formatDuration(seconds: number): string {
  let rest = Math.floor(Math.abs(seconds))
  const parts: string[] = []
  for (const [unit, size] of UNITS) {
    const count = Math.floor(rest / size)
    rest -= count * size
    if (count > 0) parts.push(`${count} ${unit}`)
  }
  return parts.length > 0 ? parts.join(' ') : '0 s'
}

/** Server time (epoch seconds) as "2026-01-01 00:05:01 UTC"; does not show the viewer's zone. */
export function formatServerTime(epochSeconds: number): string {
  return new Date(Math.floor(epochSeconds) * 1000).toISOString().replace('T', ' ').replace(/\.\d{3}Z$/, ' UTC')
}
