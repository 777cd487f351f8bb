import { describe, expect, it } from 'vitest'
import { formatLocal, formatRelative, formatUtc } from './time-format'

describe('time formats', () => {
  const date = new Date(Date.UTC(2026, 0, 1, 0, 5, 0))

  it('formats in the zone asked for, the same way each time (formatters are kept per zone)', () => {
    expect(formatLocal(date, 'UTC')).toBe('1 Jan 2026, 00:05:00 UTC')
    expect(formatLocal(date, 'Asia/Tokyo')).toBe('1 Jan 2026, 09:05:00 GMT+9')
    expect(formatLocal(date, 'UTC')).toBe('1 Jan 2026, 00:05:00 UTC')
  })

  it('writes UTC as ISO without milliseconds', () => expect(formatUtc(date)).toBe('2026-01-01 00:05:00 UTC'))

  it('says a date beyond what a Date holds is out of range, instead of throwing (a NumericDate of 1e20)', () => {
    const beyond = new Date(1e20 * 1000)
    expect(formatLocal(beyond, 'UTC')).toBe('A NumericDate, but out of the range a date can show (years −271821 to 275760)')
    expect(formatUtc(beyond)).toBe('UTC: out of the range a date can show (years −271821 to 275760)')
  })

  it.each([
    [300, 'in 5 minutes'],
    [-7200, '2 hours ago'],
    [-86400, 'yesterday'],
    [0, 'now'],
  ])('%i seconds from now reads "%s"', (seconds, text) => expect(formatRelative(seconds)).toBe(text))
})
