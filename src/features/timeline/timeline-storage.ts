/**
 * Keeps the timeline's settings and clock in sessionStorage, so opening a token in the decoder and
 * coming back finds the same simulation (same start, same tokens). SIGNING_KEY is never stored, and
 * anything unreadable falls back to the given state field by field.
 */
import { SIMPLEJWT_HMAC_ALGORITHMS, type ClientPolicy, type IdlePeriod, type RefreshStrategy, type SimpleJwtSettings } from '@/timeline/policy'
import { NO_WHAT_IF_EDITS, SPEEDS, type Speed, type TimelineState, type WhatIfChoices, type WhatIfEdits } from './timeline-state'

/** The sessionStorage key (per tab, gone when the tab closes). */
export const TIMELINE_STORAGE_KEY = 'jwt-playground:timeline'

type Stored = Record<string, unknown>

/** The state to store: everything but SIGNING_KEY, and paused. */
export function serializeTimeline(state: TimelineState): string {
  const { SIGNING_KEY: _key, ...settings } = state.settings
  return JSON.stringify({ ...state, settings, playing: false })
}

const isRecord = (value: unknown): value is Stored => typeof value === 'object' && value !== null && !Array.isArray(value)
const num = (value: unknown, fallback: number) => (typeof value === 'number' && Number.isFinite(value) ? value : fallback)
const bool = (value: unknown, fallback: boolean) => (typeof value === 'boolean' ? value : fallback)
const str = (value: unknown, fallback: string) => (typeof value === 'string' ? value : fallback)

function readSettings(value: unknown, fallback: SimpleJwtSettings): SimpleJwtSettings {
  if (!isRecord(value)) return fallback
  const alg = SIMPLEJWT_HMAC_ALGORITHMS.find((name) => name === value.ALGORITHM) ?? fallback.ALGORITHM
  return {
    ACCESS_TOKEN_LIFETIME: num(value.ACCESS_TOKEN_LIFETIME, fallback.ACCESS_TOKEN_LIFETIME),
    REFRESH_TOKEN_LIFETIME: num(value.REFRESH_TOKEN_LIFETIME, fallback.REFRESH_TOKEN_LIFETIME),
    ROTATE_REFRESH_TOKENS: bool(value.ROTATE_REFRESH_TOKENS, fallback.ROTATE_REFRESH_TOKENS),
    BLACKLIST_AFTER_ROTATION: bool(value.BLACKLIST_AFTER_ROTATION, fallback.BLACKLIST_AFTER_ROTATION),
    LEEWAY: num(value.LEEWAY, fallback.LEEWAY),
    ALGORITHM: alg,
    SIGNING_KEY: fallback.SIGNING_KEY,
    USER_ID_CLAIM: str(value.USER_ID_CLAIM, fallback.USER_ID_CLAIM),
  }
}

function readRefresh<F extends RefreshStrategy | null>(value: unknown, fallback: F): RefreshStrategy | F {
  if (!isRecord(value)) return fallback
  if (value.kind === 'on-401') return { kind: 'on-401' }
  if (value.kind === 'proactive') return { kind: 'proactive', secondsBeforeExpiry: num(value.secondsBeforeExpiry, 30) }
  return fallback
}

function readPolicy(value: unknown, fallback: ClientPolicy): ClientPolicy {
  if (!isRecord(value)) return fallback
  const idle: IdlePeriod[] = Array.isArray(value.idle)
    ? value.idle.filter(isRecord).map((period) => ({ from: num(period.from, 0), to: num(period.to, 0) }))
    : [...fallback.idle]
  return {
    callEverySeconds: num(value.callEverySeconds, fallback.callEverySeconds),
    idle,
    refresh: readRefresh(value.refresh, fallback.refresh),
    reloginOnRefreshFailure: bool(value.reloginOnRefreshFailure, fallback.reloginOnRefreshFailure),
    logoutAt: value.logoutAt === null ? null : typeof value.logoutAt === 'number' && Number.isFinite(value.logoutAt) ? value.logoutAt : fallback.logoutAt,
  }
}

function readWhatIfs(value: unknown, fallback: WhatIfChoices): WhatIfChoices {
  if (!isRecord(value)) return fallback
  return {
    stealRefresh: bool(value.stealRefresh, fallback.stealRefresh),
    keepUsingAccessAfterLogout: bool(value.keepUsingAccessAfterLogout, fallback.keepUsingAccessAfterLogout),
    clientClockSkew: num(value.clientClockSkew, fallback.clientClockSkew),
  }
}

/**
 * What the what-ifs changed. An unreadable entry, or one of a what-if that is off, is dropped: that
 * what-if then leaves the field alone when switched off.
 */
function readWhatIfEdits(value: unknown, whatIfs: WhatIfChoices): WhatIfEdits {
  if (!isRecord(value)) return NO_WHAT_IF_EDITS
  const logout = isRecord(value.logoutAt) && whatIfs.keepUsingAccessAfterLogout ? value.logoutAt.before : undefined
  const refresh = isRecord(value.refresh) && whatIfs.clientClockSkew !== 0 ? readRefresh(value.refresh.before, null) : null
  return {
    logoutAt: logout === null || (typeof logout === 'number' && Number.isFinite(logout)) ? { before: logout } : null,
    refresh: refresh === null ? null : { before: refresh },
  }
}

/** The stored state over `fallback`; `fallback` itself when nothing (readable) is stored. Always paused. */
export function restoreTimeline(text: string | null, fallback: TimelineState): TimelineState {
  let parsed: unknown
  try {
    parsed = JSON.parse(text ?? 'null')
  } catch {
    return fallback
  }
  if (!isRecord(parsed)) return fallback
  const speed = SPEEDS.find((value) => value === parsed.speed) ?? fallback.speed
  const horizon = num(parsed.horizon, fallback.horizon)
  const whatIfs = readWhatIfs(parsed.whatIfs, fallback.whatIfs)
  return {
    settings: readSettings(parsed.settings, fallback.settings),
    policy: readPolicy(parsed.policy, fallback.policy),
    whatIfs,
    whatIfEdits: readWhatIfEdits(parsed.whatIfEdits, whatIfs),
    start: num(parsed.start, fallback.start),
    horizon,
    now: Math.min(Math.max(0, num(parsed.now, fallback.now)), horizon),
    playing: false,
    speed: speed as Speed,
    zoom: parsed.zoom === null ? null : num(parsed.zoom, fallback.zoom ?? 3600),
  }
}
