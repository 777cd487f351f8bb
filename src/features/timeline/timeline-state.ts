/**
 * The timeline view's own state: the SIMPLE_JWT settings, the client policy, the what-ifs the teacher
 * switched on, and the simulated clock. One reducer; the schedule itself is derived (use-timeline.ts).
 * Never reads the real clock: playback passes elapsed simulated seconds in.
 */
import { DEFAULT_POLICY, DEFAULT_SETTINGS, type ClientPolicy, type RefreshStrategy, type SimpleJwtSettings } from '@/timeline/policy'
import type { WhatIfs } from '@/timeline/schedule'

/** Simulated seconds per real second. */
export const SPEEDS = [1, 10, 60, 600, 3600] as const
export type Speed = (typeof SPEEDS)[number]

/** How far the simulation runs, from login. */
export const HORIZONS = [
  { seconds: 3600, label: '1 hour' },
  { seconds: 6 * 3600, label: '6 hours' },
  { seconds: 86400, label: '1 day' },
  { seconds: 2 * 86400, label: '2 days' },
  { seconds: 3 * 86400, label: '3 days' },
  { seconds: 7 * 86400, label: '7 days' },
] as const

/** Visible window widths in seconds; null shows the whole horizon. */
export const ZOOMS = [
  { span: null, label: 'Whole horizon' },
  { span: 86400, label: '1 day' },
  { span: 6 * 3600, label: '6 hours' },
  { span: 3600, label: '1 hour' },
  { span: 900, label: '15 minutes' },
  { span: 120, label: '2 minutes' },
] as const

/** When the thief copies the refresh token, in seconds after login. */
export const STEAL_AT = 60
/** The logout time the "keep using the access token" what-if sets when the policy has none. */
export const WHAT_IF_LOGOUT_AT = 120
/** How far off the client's clock is in the clock what-if. */
export const SKEW_SECONDS = 120
/** The proactive lead the clock what-if switches to (a client that refreshes on 401 never reads its clock). */
export const WHAT_IF_PROACTIVE_LEAD = 30

/** The what-ifs as the panel offers them (see toWhatIfs for the model's form). */
export interface WhatIfChoices {
  readonly stealRefresh: boolean
  readonly keepUsingAccessAfterLogout: boolean
  /** Seconds the client clock is ahead (negative: behind). */
  readonly clientClockSkew: number
}

/**
 * Client fields a what-if switched for the person, with the value they had before, so switching the
 * what-if off puts it back. Null when the what-if changed nothing or the person has since set the field.
 */
export interface WhatIfEdits {
  readonly logoutAt: { readonly before: number | null } | null
  readonly refresh: { readonly before: RefreshStrategy } | null
}

export interface TimelineState {
  readonly settings: SimpleJwtSettings
  readonly policy: ClientPolicy
  readonly whatIfs: WhatIfChoices
  readonly whatIfEdits: WhatIfEdits
  /** Epoch seconds of the first login (server clock). */
  readonly start: number
  /** Seconds simulated from login. */
  readonly horizon: number
  /** The "now" cursor, seconds from login (fractional while playing). */
  readonly now: number
  readonly playing: boolean
  readonly speed: Speed
  /** Width of the visible window in seconds; null for the whole horizon. */
  readonly zoom: number | null
}

export type TimelineAction =
  | { type: 'settingsChanged'; patch: Partial<SimpleJwtSettings> }
  | { type: 'policyChanged'; patch: Partial<ClientPolicy> }
  | { type: 'stealToggled'; on: boolean }
  | { type: 'logoutMisuseToggled'; on: boolean }
  | { type: 'clockSkewChanged'; seconds: number }
  | { type: 'horizonChanged'; seconds: number }
  | { type: 'moved'; to: number }
  | { type: 'ticked'; seconds: number }
  | { type: 'playToggled' }
  | { type: 'speedChanged'; speed: Speed }
  | { type: 'zoomChanged'; span: number | null }
  | { type: 'defaultsRestored' }

export const NO_CHOICES: WhatIfChoices = { stealRefresh: false, keepUsingAccessAfterLogout: false, clientClockSkew: 0 }
export const NO_WHAT_IF_EDITS: WhatIfEdits = { logoutAt: null, refresh: null }

/** simplejwt's defaults, a client calling every 30 s, two days, the clock at login and a one-hour window. */
export function initialTimeline(start: number): TimelineState {
  return {
    settings: DEFAULT_SETTINGS,
    policy: DEFAULT_POLICY,
    whatIfs: NO_CHOICES,
    whatIfEdits: NO_WHAT_IF_EDITS,
    start,
    horizon: 2 * 86400,
    now: 0,
    playing: false,
    speed: 60,
    zoom: 3600,
  }
}

const clamp = (value: number, max: number) => Math.min(Math.max(0, value), max)

/** The one place the view's state changes; keeps now inside [0, horizon] and stops playing at the end. */
export function timelineReducer(state: TimelineState, action: TimelineAction): TimelineState {
  switch (action.type) {
    case 'settingsChanged':
      return { ...state, settings: { ...state.settings, ...action.patch } }
    case 'policyChanged':
      return { ...state, policy: { ...state.policy, ...action.patch }, whatIfEdits: forgetEditsOf(state.whatIfEdits, action.patch) }
    case 'stealToggled':
      return { ...state, whatIfs: { ...state.whatIfs, stealRefresh: action.on } }
    case 'logoutMisuseToggled':
      return { ...state, ...logoutForWhatIf(state, action.on), whatIfs: { ...state.whatIfs, keepUsingAccessAfterLogout: action.on } }
    case 'clockSkewChanged':
      return { ...state, ...refreshForWhatIf(state, action.seconds !== 0), whatIfs: { ...state.whatIfs, clientClockSkew: action.seconds } }
    case 'horizonChanged':
      return { ...state, horizon: action.seconds, now: clamp(state.now, action.seconds) }
    case 'moved':
      return { ...state, now: clamp(action.to, state.horizon) }
    case 'ticked': {
      const now = clamp(state.now + action.seconds, state.horizon)
      return { ...state, now, playing: state.playing && now < state.horizon }
    }
    case 'playToggled':
      // Play at the end starts over from login.
      return state.playing ? { ...state, playing: false } : { ...state, playing: true, now: state.now >= state.horizon ? 0 : state.now }
    case 'speedChanged':
      return { ...state, speed: action.speed }
    case 'zoomChanged':
      return { ...state, zoom: action.span }
    case 'defaultsRestored':
      return { ...initialTimeline(state.start), now: clamp(state.now, 2 * 86400) }
  }
}

/** The person set these fields themselves: switching a what-if off must leave their values alone. */
function forgetEditsOf(edits: WhatIfEdits, patch: Partial<ClientPolicy>): WhatIfEdits {
  return {
    logoutAt: 'logoutAt' in patch ? null : edits.logoutAt,
    refresh: 'refresh' in patch ? null : edits.refresh,
  }
}

/** Keeping the access token after logout needs a logout: on, it adds one at +2 min if there is none; off, it removes the one it added. */
function logoutForWhatIf(state: TimelineState, on: boolean): Pick<TimelineState, 'policy' | 'whatIfEdits'> {
  const { policy, whatIfEdits: edits } = state
  if (on && policy.logoutAt === null)
    return { policy: { ...policy, logoutAt: WHAT_IF_LOGOUT_AT }, whatIfEdits: { ...edits, logoutAt: { before: policy.logoutAt } } }
  if (!on && edits.logoutAt !== null) return { policy: { ...policy, logoutAt: edits.logoutAt.before }, whatIfEdits: { ...edits, logoutAt: null } }
  return { policy, whatIfEdits: edits }
}

/** A skewed clock matters only to a client that reads it: on, an on-401 client turns proactive; back in sync, it turns back. */
function refreshForWhatIf(state: TimelineState, skewed: boolean): Pick<TimelineState, 'policy' | 'whatIfEdits'> {
  const { policy, whatIfEdits: edits } = state
  if (skewed && policy.refresh.kind === 'on-401')
    return { policy: { ...policy, refresh: { kind: 'proactive', secondsBeforeExpiry: WHAT_IF_PROACTIVE_LEAD } }, whatIfEdits: { ...edits, refresh: { before: policy.refresh } } }
  if (!skewed && edits.refresh !== null) return { policy: { ...policy, refresh: edits.refresh.before }, whatIfEdits: { ...edits, refresh: null } }
  return { policy, whatIfEdits: edits }
}

/** The model's WhatIfs for the panel's choices: the theft comes STEAL_AT s after login, the replay 1 s after the next refresh. */
export function toWhatIfs(choices: WhatIfChoices): WhatIfs {
  return {
    stealRefresh: choices.stealRefresh ? { stealAt: STEAL_AT, replayAt: 'after-next-refresh' } : null,
    keepUsingAccessAfterLogout: choices.keepUsingAccessAfterLogout,
    clientClockSkew: choices.clientClockSkew,
  }
}
