import { describe, expect, it } from 'vitest'
import { DEFAULT_POLICY, DEFAULT_SETTINGS } from '@/timeline/policy'
import { simulate } from '@/timeline/simulate'
import { nextEvent, previousEvent, scheduleViews } from './schedule-views'

const START = 2_000_000
const result = simulate(DEFAULT_SETTINGS, { ...DEFAULT_POLICY, idle: [{ from: 600, to: 900 }] }, { start: START, horizon: 3600, seed: 1 })
if (!result.ok) throw new Error(result.message)
const views = scheduleViews(result.schedule)

describe('nextEvent and previousEvent', () => {
  it.each([
    // The login at 0, then the 401 and refresh at +300 s; idle 600 to 900 s, so the next pair comes at +900 s.
    [0, 300, null],
    [299.5, 300, 0],
    [300, 900, 0],
    [301, 900, 300],
  ])('from %d s: next at %d s, previous at %j s', (now, next, previous) => {
    expect((nextEvent(views, now)?.at ?? NaN) - START).toBe(next)
    const before = previousEvent(views, now)
    expect(before === null ? null : before.at - START).toBe(previous)
  })
})

describe('scheduleViews', () => {
  it('has no thief row without a theft, and idle spans in seconds from login', () => {
    expect(views.hasThief).toBe(false)
    expect(views.idle).toEqual([{ from: 600, to: 900 }])
  })
})
