import { describe, expect, it } from 'vitest'
import { DEFAULT_POLICY, DEFAULT_SETTINGS, type ClientPolicy, type SimpleJwtSettings } from '@/timeline/policy'
import { SIMPLEJWT_MESSAGES } from '@/timeline/responses'
import type { Schedule, WhatIfs } from '@/timeline/schedule'
import { simulate } from '@/timeline/simulate'
import { logoutOutcome, replayOutcome, skewOutcome } from './what-if-outcomes'

function run(settings: Partial<SimpleJwtSettings>, policy: Partial<ClientPolicy>, whatIfs: Partial<WhatIfs>): Schedule {
  const result = simulate({ ...DEFAULT_SETTINGS, ...settings }, { ...DEFAULT_POLICY, ...policy }, { start: 5_000_000, horizon: 3600, seed: 2, whatIfs })
  if (!result.ok) throw new Error(result.message)
  return result.schedule
}

// Calls every 30 s with a 300 s access token: the first 401 and refresh come at +300 s.
describe('replayOutcome', () => {
  const steal = { stealRefresh: { stealAt: 60, replayAt: 'after-next-refresh' as const } }
  it.each([
    ['rotation and blacklisting: refused as blacklisted', { ROTATE_REFRESH_TOKENS: true, BLACKLIST_AFTER_ROTATION: true }, 401, `Replay refused: ${SIMPLEJWT_MESSAGES.blacklisted}`],
    ['rotation alone: the replaced token still works', { ROTATE_REFRESH_TOKENS: true }, 200, 'Replay accepted: the thief gets a fresh access token'],
    ['no rotation: the token is meant to be reused', {}, 200, 'Replay accepted: the thief gets a fresh access token'],
  ])('%s', (_name, settings, status, note) => {
    expect(replayOutcome(run(settings, {}, steal))).toEqual({ theftAt: 60, replay: { at: 301, status, note } })
  })

  it('without the what-if there is no theft and no replay', () => {
    expect(replayOutcome(run({}, {}, {}))).toEqual({ theftAt: null, replay: null })
  })
})

describe('logoutOutcome', () => {
  it('logged out at +120 s and still calling: 200 until the last call before exp (+270 s), then the refresh token is blacklisted', () => {
    expect(logoutOutcome(run({}, { logoutAt: 120 }, { keepUsingAccessAfterLogout: true }))).toEqual({
      logoutAt: 120,
      accessExp: 300,
      lastAccepted: 270,
      refusal: { at: 300, note: `401: ${SIMPLEJWT_MESSAGES.blacklisted}` },
    })
  })

  it('a client that stops at logout makes no call after it', () => {
    expect(logoutOutcome(run({}, { logoutAt: 120 }, {}))).toMatchObject({ logoutAt: 120, lastAccepted: null, refusal: null })
  })

  it('is null without a logout', () => {
    expect(logoutOutcome(run({}, {}, {}))).toBeNull()
  })
})

describe('skewOutcome', () => {
  const proactive = { refresh: { kind: 'proactive', secondsBeforeExpiry: 30 } } as const
  it.each([
    // The client refreshes when its clock reads exp - 30 s = 270 s; calls come every 30 s.
    ['in sync: at +270 s, no 401', 0, 0, 270, 0],
    ['2 min fast: at +150 s, early but harmless', 120, 0, 150, 0],
    ['2 min slow: its token expires first, a 401 every 300 s (+300 … +3300 s in the hour)', -120, 0, 300, 11],
    ['2 min slow with LEEWAY 120: the server still accepts it, no 401', -120, 120, 390, 0],
  ])('%s', (_name, skew, leeway, firstRefresh, refusedCalls) => {
    expect(skewOutcome(run({ LEEWAY: leeway }, proactive, { clientClockSkew: skew }))).toEqual({ firstRefresh, refusedCalls })
  })
})
