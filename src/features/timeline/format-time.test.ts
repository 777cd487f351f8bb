import { describe, expect, it } from 'vitest'
import { formatDuration, formatOffset, formatServerTime } from './format-time'

describe('formatOffset', () => {
  it.each([
    [0, '+0:00:00'],
    [301, '+0:05:01'],
    [301.9, '+0:05:01'],
    [3600, '+1:00:00'],
    [86400, '+1 d 00:00:00'],
    [2 * 86400 - 1, '+1 d 23:59:59'],
    [-120, '−0:02:00'],
  ])('%d s is %s', (seconds, text) => expect(formatOffset(seconds)).toBe(text))
})

describe('formatDuration', () => {
  it.each([
    [0, '0 s'],
    [0.4, '0 s'],
    [59, '59 s'],
    [299, '4 min 59 s'],
    [300, '5 min'],
    [3601, '1 h 1 s'], // a zero unit in between is left out, the units after it are not
    [9000, '2 h 30 min'],
    [86400, '1 d'],
    [86700, '1 d 5 min'],
    [90061, '1 d 1 h 1 min 1 s'],
    [86399, '23 h 59 min 59 s'],
    [-30, '30 s'],
  ])('%d s is %s', (seconds, text) => expect(formatDuration(seconds)).toBe(text))
})

describe('formatServerTime', () => {
  it('writes UTC without milliseconds (1,700,000,000 s is 2023-11-14 22:13:20 UTC)', () => {
    expect(formatServerTime(1_700_000_000)).toBe('2023-11-14 22:13:20 UTC')
    expect(formatServerTime(1_700_000_000.7)).toBe('2023-11-14 22:13:20 UTC')
  })
})
