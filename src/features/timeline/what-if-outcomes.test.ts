import { describe, expect, it } from 'vitest'
import { DEFAULT_POLICY, DEFAULT_SETTINGS, type ClientPolicy, type SimpleJwtSettings } from '@/timeline/policy'
import { SIMPLEJWT_MESSAGES } from '@/timeline/responses'
import type { Schedule, WhatIfs } from '@/timeline/schedule'
import { simulate } from '@/timeline/simulate'
import { clockCardOutcome, logoutCardOutcome, logoutOutcome, replayOutcome, skewOutcome, stealCardOutcome } from './what-if-outcomes'

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
    expect(replayOutcome(run(settings, {}, steal))).toMatchObject({ theftAt: 60, replay: { at: 301, status, note } })
  })

  it('without the what-if there is no theft and no replay', () => {
    expect(replayOutcome(run({}, {}, {}))).toEqual({ theftAt: null, replay: null, refusal: null, replacedBeforeReplay: false })
  })

  // The refusal's cause is read from who blacklisted the stolen token, not from the words of the reply.
  it.each([
    ['BLACKLIST_AFTER_ROTATION, at the refresh that replaced it', { ROTATE_REFRESH_TOKENS: true, BLACKLIST_AFTER_ROTATION: true }, {}, {}, { cause: 'rotation', at: 300 }, true],
    ["the client's logout, with rotation off", {}, { logoutAt: 120 }, { keepUsingAccessAfterLogout: true }, { cause: 'logout', at: 120 }, false],
    ["the client's logout, before any rotation", { ROTATE_REFRESH_TOKENS: true, BLACKLIST_AFTER_ROTATION: true }, { logoutAt: 120 }, { keepUsingAccessAfterLogout: true }, { cause: 'logout', at: 120 }, false],
  ])('a replay refused as blacklisted names who blacklisted it: %s', (_name, settings, policy, whatIfs, refusal, replaced) => {
    const outcome = replayOutcome(run(settings, policy, { ...steal, ...whatIfs }))
    expect(outcome.replay).toMatchObject({ status: 401, note: `Replay refused: ${SIMPLEJWT_MESSAGES.blacklisted}` })
    expect(outcome.refusal).toEqual(refusal)
    expect(outcome.replacedBeforeReplay).toBe(replaced)
  })

  it('a replay after the stolen token expired names its exp', () => {
    const outcome = replayOutcome(run({ REFRESH_TOKEN_LIFETIME: 400 }, {}, { stealRefresh: { stealAt: 60, replayAt: 500 } }))
    expect(outcome.replay).toMatchObject({ at: 500, status: 401 })
    expect(outcome.refusal).toEqual({ cause: 'expired', at: 400 })
  })

  it('an accepted replay has no refusal; with rotation the client had moved on to a new token', () => {
    expect(replayOutcome(run({ ROTATE_REFRESH_TOKENS: true }, {}, steal))).toMatchObject({ refusal: null, replacedBeforeReplay: true })
    expect(replayOutcome(run({}, {}, steal))).toMatchObject({ refusal: null, replacedBeforeReplay: false })
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
    expect(skewOutcome(run({ LEEWAY: leeway }, proactive, { clientClockSkew: skew }))).toEqual({ readsClock: true, firstRefresh, refusedCalls, logoutAt: null, refusedAfterLogout: 0 })
  })

  it("counts a 401 after a logout as the logout's, not the clock's (slow clock, logout at +2 min, still calling)", () => {
    const outcome = skewOutcome(run({}, { ...proactive, logoutAt: 120 }, { clientClockSkew: -120, keepUsingAccessAfterLogout: true }))
    // Logged out before its first refresh: the access token runs out at +300 s and the blacklisted refresh token cannot replace it.
    expect(outcome).toEqual({ readsClock: true, firstRefresh: null, refusedCalls: 0, logoutAt: 120, refusedAfterLogout: 1 })
  })

  it('knows a client that refreshes on 401 never reads its clock', () => {
    expect(skewOutcome(run({}, {}, { clientClockSkew: -120 })).readsClock).toBe(false)
  })
})

describe('the cards name the real cause when what-ifs are combined', () => {
  // The QA report: theft, logout at +2 min while still calling, and a clock 2 min slow (the what-if makes the client proactive).
  const settings = DEFAULT_SETTINGS
  const all = run(settings, { logoutAt: 120, refresh: { kind: 'proactive', secondsBeforeExpiry: 30 } }, {
    stealRefresh: { stealAt: 60, replayAt: 'after-next-refresh' },
    keepUsingAccessAfterLogout: true,
    clientClockSkew: -120,
  })

  it('the steal card blames the logout for the blacklisted token, not rotation', () => {
    const card = stealCardOutcome(replayOutcome(all), settings)
    expect(card.text).toBe(
      `Stolen at +0:01:00, replayed at +0:05:01: 401 — Replay refused: ${SIMPLEJWT_MESSAGES.blacklisted}. ` +
        "It was refused because the client's logout at +0:02:00 (POST /api/token/blacklist/) blacklisted that token; rotation played no part.",
    )
    expect(card.tone).toBe('safe')
  })

  it("the clock card counts the 401 after the logout as the logout's and offers no LEEWAY fix", () => {
    const card = clockCardOutcome(skewOutcome(all), -120, 0)
    expect(card.text).toBe(
      'Clock slow by 120 s: no refresh before the logout at +0:02:00; 0 calls refused with 401 before the logout. ' +
        "The call refused after the logout was the logout's doing, not the clock's: the client kept calling with an access token it could no longer refresh, and LEEWAY would not change that.",
    )
    expect(card.tone).toBe('safe')
  })

  it('the logout card is unchanged by the other two', () => {
    expect(logoutCardOutcome(logoutOutcome(all)).text).toBe(
      `Logged out at +0:02:00; its access token still got 200 until +0:04:30 (exp +0:05:00); then the refresh was refused at +0:05:00 (401: ${SIMPLEJWT_MESSAGES.blacklisted}).`,
    )
  })
})

describe('stealCardOutcome', () => {
  const steal = { stealRefresh: { stealAt: 60, replayAt: 'after-next-refresh' as const } }
  it.each([
    ['rotation and blacklisting', { ROTATE_REFRESH_TOKENS: true, BLACKLIST_AFTER_ROTATION: true }, 'safe', "BLACKLIST_AFTER_ROTATION blacklisted that token when the client's refresh at +0:05:00 replaced it."],
    ['rotation alone', { ROTATE_REFRESH_TOKENS: true }, 'unsafe', 'Rotation alone does not revoke the old token; turn on BLACKLIST_AFTER_ROTATION.'],
    ['no rotation', {}, 'unsafe', 'Rotation is off, so the client still uses that same token: nothing was replaced.'],
  ])('%s', (_name, settings, tone, because) => {
    const card = stealCardOutcome(replayOutcome(run(settings, {}, steal)), { ...DEFAULT_SETTINGS, ...settings })
    expect(card.tone).toBe(tone)
    expect(card.text.endsWith(because)).toBe(true)
  })

  it('an expired stolen token is refused for its exp', () => {
    const card = stealCardOutcome(replayOutcome(run({ REFRESH_TOKEN_LIFETIME: 400 }, {}, { stealRefresh: { stealAt: 60, replayAt: 500 } })), DEFAULT_SETTINGS)
    expect(card.text).toContain('It was refused because the stolen token expired at +0:06:40 (REFRESH_TOKEN_LIFETIME).')
  })
})

describe('clockCardOutcome', () => {
  const proactive = { refresh: { kind: 'proactive', secondsBeforeExpiry: 30 } } as const
  it('a slow clock alone: the 401s are the clock\'s, and LEEWAY 120 is the fix', () => {
    const card = clockCardOutcome(skewOutcome(run({}, proactive, { clientClockSkew: -120 })), -120, 0)
    expect(card).toEqual({ tone: 'unsafe', text: 'Clock slow by 120 s: first refresh at +0:05:00 server time; 11 calls refused with 401 over the horizon. Set LEEWAY to 120 to absorb the slow clock.' })
  })

  it('a client that refreshes on 401 never reads its clock: no LEEWAY advice', () => {
    const card = clockCardOutcome(skewOutcome(run({}, {}, { clientClockSkew: -120 })), -120, 0)
    expect(card.tone).toBe('neutral')
    expect(card.text).toContain('never reads its clock, so the skew changes nothing.')
    expect(card.text).not.toContain('Set LEEWAY')
  })
})
