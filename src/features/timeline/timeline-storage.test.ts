import { describe, expect, it } from 'vitest'
import { initialTimeline, timelineReducer, type TimelineAction, type TimelineState } from './timeline-state'
import { restoreTimeline, serializeTimeline } from './timeline-storage'

const fallback = initialTimeline(1_767_225_600)

const actions: TimelineAction[] = [
  { type: 'settingsChanged', patch: { ROTATE_REFRESH_TOKENS: true, LEEWAY: 30, ALGORITHM: 'HS512', SIGNING_KEY: 'my real secret' } },
  { type: 'policyChanged', patch: { idle: [{ from: 3600, to: 7200 }], refresh: { kind: 'proactive', secondsBeforeExpiry: 45 }, logoutAt: null } },
  { type: 'stealToggled', on: true },
  { type: 'logoutMisuseToggled', on: true },
  { type: 'moved', to: 301 },
  { type: 'zoomChanged', span: null },
  { type: 'playToggled' },
]
const changed: TimelineState = actions.reduce(timelineReducer, { ...fallback, start: 1_700_000_000 })

describe('serializeTimeline and restoreTimeline', () => {
  it('round-trips everything except the signing key (never stored) and playing (always restored paused)', () => {
    const text = serializeTimeline(changed)
    expect(text).not.toContain('my real secret')
    expect(restoreTimeline(text, fallback)).toEqual({ ...changed, settings: { ...changed.settings, SIGNING_KEY: fallback.settings.SIGNING_KEY }, playing: false })
  })

  it.each([
    ['nothing stored', null],
    ['not JSON', '{'],
    ['not an object', '[1,2]'],
  ])('falls back whole on %s', (_name, text) => {
    expect(restoreTimeline(text, fallback)).toBe(fallback)
  })

  it('keeps what a what-if changed across a reload, so switching it off afterwards still puts the value back', () => {
    const restored = restoreTimeline(serializeTimeline(changed), fallback)
    expect(restored.whatIfEdits).toEqual({ logoutAt: { before: null }, refresh: null })
    expect(timelineReducer(restored, { type: 'logoutMisuseToggled', on: false }).policy.logoutAt).toBeNull()
  })

  it.each([
    ['missing (stored by an older version)', undefined, { logoutAt: null, refresh: null }],
    ['not an object', 'yes', { logoutAt: null, refresh: null }],
    ['a bad logout time', { logoutAt: { before: 'soon' }, refresh: { before: { kind: 'on-401' } } }, { logoutAt: null, refresh: { before: { kind: 'on-401' } } }],
    ['a bad strategy', { logoutAt: { before: 60 }, refresh: { before: { kind: 'psychic' } } }, { logoutAt: { before: 60 }, refresh: null }],
    ['a proactive strategy', { logoutAt: null, refresh: { before: { kind: 'proactive', secondsBeforeExpiry: 45 } } }, { logoutAt: null, refresh: { before: { kind: 'proactive', secondsBeforeExpiry: 45 } } }],
  ])('reads what-if edits defensively: %s', (_name, stored, expected) => {
    const whatIfs = { keepUsingAccessAfterLogout: true, clientClockSkew: -120 }
    expect(restoreTimeline(JSON.stringify({ whatIfs, whatIfEdits: stored }), fallback).whatIfEdits).toEqual(expected)
  })

  it('drops the edits of a what-if that is off: switching it on and off later must not restore a stale value', () => {
    const stored = { whatIfs: { keepUsingAccessAfterLogout: false, clientClockSkew: 0 }, whatIfEdits: { logoutAt: { before: null }, refresh: { before: { kind: 'on-401' } } } }
    expect(restoreTimeline(JSON.stringify(stored), fallback).whatIfEdits).toEqual({ logoutAt: null, refresh: null })
  })

  it('replaces only the fields that are unreadable', () => {
    const restored = restoreTimeline(
      JSON.stringify({ settings: { ALGORITHM: 'RS256', LEEWAY: 'ten', ROTATE_REFRESH_TOKENS: true }, speed: 7, now: 999999999, policy: { refresh: { kind: 'psychic' } } }),
      fallback,
    )
    expect(restored.settings).toEqual({ ...fallback.settings, ROTATE_REFRESH_TOKENS: true })
    expect(restored.speed).toBe(fallback.speed)
    expect(restored.now).toBe(fallback.horizon)
    expect(restored.policy.refresh).toEqual(fallback.policy.refresh)
  })
})
