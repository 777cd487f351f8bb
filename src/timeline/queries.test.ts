import { describe, expect, it } from 'vitest'
import { DEFAULT_POLICY, DEFAULT_SETTINGS, type ClientPolicy } from './policy'
import { callBands, eventsUntil, exchangesUntil, keyEvents, stateAt } from './queries'
import type { Schedule, WhatIfs } from './schedule'
import { simulate } from './simulate'

const START = 1_700_000_000

function run(policy: Partial<ClientPolicy>, horizon: number, whatIfs: Partial<WhatIfs> = {}): Schedule {
  const result = simulate(DEFAULT_SETTINGS, { ...DEFAULT_POLICY, ...policy }, { start: START, horizon, seed: 9, whatIfs })
  if (!result.ok) throw new Error(result.message)
  return result.schedule
}

describe('callBands', () => {
  it('gives one band per access token while calls are accepted (access lives 300 s)', () => {
    const bands = callBands(run({ callEverySeconds: 1 }, 1000))
    expect(bands.map((b) => [b.from - START, b.last - START, b.count])).toEqual([
      [0, 299, 300],
      [300, 599, 300],
      [600, 899, 300],
      [900, 999, 100],
    ])
    expect(new Set(bands.map((b) => b.access)).size).toBe(4)
  })
})

describe('keyEvents', () => {
  it('lists everything but the accepted calls', () => {
    const kinds = keyEvents(run({ callEverySeconds: 1 }, 301)).map((e) => [e.at - START, e.kind, e.status])
    expect(kinds).toEqual([
      [0, 'login', 200],
      [300, 'api-call', 401],
      [300, 'refresh', 200],
    ])
  })
})

describe('eventsUntil and exchangesUntil', () => {
  it('point at each other: every event with an exchange names one at the same time', () => {
    const schedule = run({ callEverySeconds: 7 }, 5000)
    const events = eventsUntil(schedule, Infinity)
    const exchanges = exchangesUntil(schedule, Infinity)
    for (let i = 0; i < events.length; i += 13) {
      const event = events.at(i)
      if (event?.exchange == null) continue
      expect(exchanges.at(event.exchange)?.at).toBe(event.at)
    }
  })
})

describe('stateAt', () => {
  const schedule = run({ callEverySeconds: 1, logoutAt: 60 }, 1000, { keepUsingAccessAfterLogout: true, clientClockSkew: 5 })
  const [refresh, access] = schedule.tokens

  it('holds nothing before the first login', () => {
    expect(stateAt(schedule, START - 1)).toMatchObject({ session: 'not-started', access: null, refresh: null })
  })

  it('holds the login pair, both accepted, and reads the skewed client clock', () => {
    expect(stateAt(schedule, START + 10)).toEqual({
      at: START + 10,
      clientNow: START + 15,
      session: 'active',
      access,
      refresh,
      accessAccepted: true,
      refreshAccepted: true,
    })
  })

  it('after logout the blacklisted refresh token is refused while the access token is accepted until exp', () => {
    expect(stateAt(schedule, START + 100)).toMatchObject({ session: 'logged-out', accessAccepted: true, refreshAccepted: false })
    expect(stateAt(schedule, START + 299).accessAccepted).toBe(true)
    expect(stateAt(schedule, START + 300).accessAccepted).toBe(false)
  })
})
