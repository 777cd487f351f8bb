import { describe, expect, it } from 'vitest'
import { DEFAULT_POLICY, DEFAULT_SETTINGS } from '@/timeline/policy'
import { simulate } from '@/timeline/simulate'
import type { Schedule } from '@/timeline/schedule'
import { laneStrips, liveSpansAt, mergeIntervals, spansInWindow, tokenSpans } from './token-spans'

function run(settings = {}, policy = {}, options = {}): Schedule {
  const result = simulate({ ...DEFAULT_SETTINGS, ...settings }, { ...DEFAULT_POLICY, ...policy }, { start: 1_000_000, horizon: 3600, seed: 7, ...options })
  if (!result.ok) throw new Error(result.message)
  return result.schedule
}

describe('tokenSpans', () => {
  it('with simplejwt defaults and a refresh on 401: access tokens live 300 s, back to back, held until the next one', () => {
    const spans = tokenSpans(run()).filter((span) => span.lane === 'access')
    expect(spans.slice(0, 3).map((s) => [s.mintedAt, s.exp, s.held])).toEqual([
      [0, 300, { from: 0, to: 300 }],
      [300, 600, { from: 300, to: 600 }],
      [600, 900, { from: 600, to: 900 }],
    ])
  })

  it('keeps simplejwt 5.2\'s copied iat: an access token made by a refresh carries the refresh token\'s iat', () => {
    const second = tokenSpans(run()).filter((span) => span.lane === 'access')[1]
    expect([second?.iat, second?.mintedAt]).toEqual([0, 300])
  })

  it('without rotation the one refresh token is held the whole hour', () => {
    const refresh = tokenSpans(run()).filter((span) => span.lane === 'refresh')
    expect(refresh.map((s) => [s.mintedAt, s.exp, s.held])).toEqual([[0, 86400, { from: 0, to: 3600 }]])
  })

  it('LEEWAY extends acceptance past exp; rotation with blacklisting marks each replaced refresh token', () => {
    const spans = tokenSpans(run({ LEEWAY: 30, ROTATE_REFRESH_TOKENS: true, BLACKLIST_AFTER_ROTATION: true }))
    const refresh = spans.filter((span) => span.lane === 'refresh')
    // exp + LEEWAY: the first 401 comes at 330, so the first rotation (and blacklisting) too.
    expect(refresh[0]).toMatchObject({ exp: 86400, acceptedUntil: 86430, blacklistedAt: 330, held: { from: 0, to: 330 } })
  })

  it('puts the tokens a thief obtains in the thief lane, never held by the client', () => {
    const spans = tokenSpans(run({}, { callEverySeconds: 1 }, { whatIfs: { stealRefresh: { stealAt: 10, replayAt: 20 } } }))
    const thief = spans.filter((span) => span.lane === 'thief')
    expect(thief.map((s) => [s.token.kind, s.mintedAt, s.held])).toEqual([['access', 20, null]])
  })
})

describe('spansInWindow and liveSpansAt', () => {
  const spans = tokenSpans(run())
  it('a window from 400 to 500 s shows the second access token and the refresh token', () => {
    expect(spansInWindow(spans, 400, 500).map((s) => [s.lane, s.mintedAt])).toEqual([
      ['refresh', 0],
      ['access', 300],
    ])
  })
  it('at exp a token is no longer live (PyJWT: expired when exp <= now - leeway)', () => {
    expect(liveSpansAt(spans, 300).map((s) => [s.lane, s.mintedAt])).toEqual([
      ['refresh', 0],
      ['access', 300],
    ])
  })
})

describe('mergeIntervals', () => {
  it.each([
    [[], []],
    [[[5, 10], [0, 3]], [[0, 3], [5, 10]]],
    [[[0, 5], [5, 10]], [[0, 10]]],
    [[[0, 10], [2, 3]], [[0, 10]]],
    [[[4, 4], [1, 2]], [[1, 2]]],
  ] as [number, number][][][])('%j -> %j', (input, output) => expect(mergeIntervals(input as [number, number][])).toEqual(output))
})

describe('laneStrips', () => {
  const refresh = (settings: object) => tokenSpans(run(settings)).filter((span) => span.lane === 'refresh')
  it('rotation without blacklisting leaves every replaced refresh token valid, unheld, until its exp', () => {
    const strips = laneStrips(refresh({ ROTATE_REFRESH_TOKENS: true }), 3600)
    // Rotations every 300 s within the hour; the first replaced token is valid from 300 s for the rest of its day,
    // the last replaced one (minted at 3000 s, dropped at 3300 s) until 3000 + 86400. The one held at the end is not "unheld".
    expect(strips.unheld).toEqual([[300, 86400 + 3000]])
    expect(strips.blacklisted).toEqual([])
  })
  it('with blacklisting the replaced tokens are refused from their rotation on, so none is left unheld and valid', () => {
    const strips = laneStrips(refresh({ ROTATE_REFRESH_TOKENS: true, BLACKLIST_AFTER_ROTATION: true }), 3600)
    expect(strips.unheld).toEqual([])
    expect(strips.blacklisted).toEqual([[300, 86400 + 3000]])
  })
  it('LEEWAY shows as grace after each exp', () => {
    const access = tokenSpans(run({ LEEWAY: 30 })).filter((span) => span.lane === 'access')
    expect(laneStrips(access, 3600).grace.slice(0, 2)).toEqual([
      [300, 330],
      [630, 660],
    ])
  })
})
