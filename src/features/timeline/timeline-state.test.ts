import { describe, expect, it } from 'vitest'
import { DEFAULT_POLICY, DEFAULT_SETTINGS } from '@/timeline/policy'
import { initialTimeline, timelineReducer, toWhatIfs, type TimelineAction, type TimelineState } from './timeline-state'

const START = 1_767_225_600
const apply = (state: TimelineState, ...actions: TimelineAction[]) => actions.reduce(timelineReducer, state)

describe('initialTimeline', () => {
  it("starts from simplejwt's defaults, two days, clock at login, paused", () => {
    expect(initialTimeline(START)).toMatchObject({
      settings: DEFAULT_SETTINGS,
      policy: DEFAULT_POLICY,
      start: START,
      horizon: 172800,
      now: 0,
      playing: false,
    })
  })
})

describe('the clock', () => {
  const base = initialTimeline(START)
  it.each([
    ['moves to a time', [{ type: 'moved', to: 301 }], 301, false],
    ['never before login', [{ type: 'moved', to: -5 }], 0, false],
    ['never past the horizon', [{ type: 'moved', to: 10 ** 9 }], 172800, false],
    ['advances while playing', [{ type: 'playToggled' }, { type: 'ticked', seconds: 60 }], 60, true],
    ['stops playing at the horizon', [{ type: 'moved', to: 172790 }, { type: 'playToggled' }, { type: 'ticked', seconds: 3600 }], 172800, false],
    ['play at the end starts over', [{ type: 'moved', to: 172800 }, { type: 'playToggled' }], 0, true],
    ['a shorter horizon pulls now in', [{ type: 'moved', to: 7200 }, { type: 'horizonChanged', seconds: 3600 }], 3600, false],
  ] as [string, TimelineAction[], number, boolean][])('%s', (_name, actions, now, playing) => {
    const state = apply(base, ...actions)
    expect([state.now, state.playing]).toEqual([now, playing])
  })
})

describe('what-ifs', () => {
  const base = initialTimeline(START)
  it('keeping the access token after logout needs a logout: it sets one at +2 min when there is none', () => {
    expect(apply(base, { type: 'logoutMisuseToggled', on: true }).policy.logoutAt).toBe(120)
    const withLogout = apply(base, { type: 'policyChanged', patch: { logoutAt: 900 } }, { type: 'logoutMisuseToggled', on: true })
    expect(withLogout.policy.logoutAt).toBe(900)
  })

  it('a skewed clock switches an on-401 client to proactive refresh (the only strategy that reads the clock)', () => {
    const state = apply(base, { type: 'clockSkewChanged', seconds: 120 })
    expect(state.policy.refresh).toEqual({ kind: 'proactive', secondsBeforeExpiry: 30 })
    expect(toWhatIfs(state.whatIfs).clientClockSkew).toBe(120)
    const proactive = { kind: 'proactive', secondsBeforeExpiry: 60 } as const
    expect(apply(base, { type: 'policyChanged', patch: { refresh: proactive } }, { type: 'clockSkewChanged', seconds: -120 }).policy.refresh).toBe(proactive)
  })

  it.each([
    ['logout', { type: 'logoutMisuseToggled', on: true }, { type: 'logoutMisuseToggled', on: false }],
    ['clock, back in sync', { type: 'clockSkewChanged', seconds: -120 }, { type: 'clockSkewChanged', seconds: 0 }],
    ['clock, slow then fast then in sync', { type: 'clockSkewChanged', seconds: -120 }, { type: 'clockSkewChanged', seconds: 120 }, { type: 'clockSkewChanged', seconds: 0 }],
  ] as [string, ...TimelineAction[]][])('switching the %s what-if off gives the client back what it had', (_name, ...actions) => {
    const state = apply(base, ...actions)
    expect(state.policy).toEqual(DEFAULT_POLICY)
    expect(state.whatIfs).toEqual(base.whatIfs)
  })

  it("switching off leaves a field the person set in between: their value stays", () => {
    const logout = apply(base, { type: 'logoutMisuseToggled', on: true }, { type: 'policyChanged', patch: { logoutAt: 600 } }, { type: 'logoutMisuseToggled', on: false })
    expect(logout.policy.logoutAt).toBe(600)
    const lead = { kind: 'proactive', secondsBeforeExpiry: 45 } as const
    const clock = apply(base, { type: 'clockSkewChanged', seconds: 120 }, { type: 'policyChanged', patch: { refresh: lead } }, { type: 'clockSkewChanged', seconds: 0 })
    expect(clock.policy.refresh).toEqual(lead)
  })

  it('a change to another client field does not count as setting the one the what-if changed', () => {
    const state = apply(base, { type: 'logoutMisuseToggled', on: true }, { type: 'policyChanged', patch: { callEverySeconds: 10 } }, { type: 'logoutMisuseToggled', on: false })
    expect(state.policy).toEqual({ ...DEFAULT_POLICY, callEverySeconds: 10 })
  })

  it('switching off leaves alone what the what-if did not change (a logout or proactive refresh the person had already)', () => {
    const own = apply(base, { type: 'policyChanged', patch: { logoutAt: 900 } }, { type: 'logoutMisuseToggled', on: true }, { type: 'logoutMisuseToggled', on: false })
    expect(own.policy.logoutAt).toBe(900)
    const proactive = { kind: 'proactive', secondsBeforeExpiry: 60 } as const
    const clock = apply(base, { type: 'policyChanged', patch: { refresh: proactive } }, { type: 'clockSkewChanged', seconds: 120 }, { type: 'clockSkewChanged', seconds: 0 })
    expect(clock.policy.refresh).toBe(proactive)
  })

  it('the theft happens a minute after login and the replay after the next refresh', () => {
    const state = apply(base, { type: 'stealToggled', on: true })
    expect(toWhatIfs(state.whatIfs).stealRefresh).toEqual({ stealAt: 60, replayAt: 'after-next-refresh' })
    expect(toWhatIfs(base.whatIfs).stealRefresh).toBeNull()
  })

  it('restoring defaults keeps the start, so token times stay put', () => {
    const changed = apply(base, { type: 'settingsChanged', patch: { LEEWAY: 30 } }, { type: 'stealToggled', on: true }, { type: 'defaultsRestored' })
    expect(changed).toEqual(initialTimeline(START))
  })
})
