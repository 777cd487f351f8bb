import { claimInfo, type ClaimInfo } from './claim-registry'

/**
 * The claims table: each claim named and explained, time claims judged at `now` (RFC 7519 sections
 * 4.1.4 to 4.1.6). It does not look at the signature.
 */

export type TimeStatus = 'valid' | 'expired' | 'not-yet-valid' | 'issued-in-future' | 'not-a-number'

export interface TimeClaim {
  /** Seconds since the epoch, as in the token. */
  seconds: number
  /** An Invalid Date when the NumericDate is beyond what a Date holds (±8.64e15 ms, ECMA-262 §21.4.1.1). */
  date: Date
  /** False for a NumericDate too far from 1970 for a date to show; it is still judged against `now`. */
  inDateRange: boolean
  /** The value reads as a 2001–2286 time only when taken as milliseconds: a common issuer mistake. */
  looksLikeMilliseconds: boolean
  /** Seconds from `now` to the claim's time: negative means in the past. */
  fromNow: number
  status: TimeStatus
}

export interface ClaimRow {
  name: string
  value: unknown
  info: ClaimInfo | undefined
  time?: TimeClaim
}

export interface ClaimOptions {
  now: Date
  /** Clock skew allowed in seconds (jose's clockTolerance). */
  leeway?: number
}

/**
 * One row per claim, registered claims first in the order the token has them, then custom ones; only the
 * first `limit` rows are built (a payload of thousands of claims is judged on every keystroke).
 */
export function claimRows(payload: Record<string, unknown>, { now, leeway = 0, limit = Infinity }: ClaimOptions & { limit?: number }): ClaimRow[] {
  const registered: string[] = []
  // Only as many custom names as can be shown: a 64 KB payload's 1,400 names, copied into two arrays on
  // every keystroke, were 8% of what a keystroke allocated.
  const custom: string[] = []
  for (const name of Object.keys(payload)) {
    if (claimInfo(name)) registered.push(name)
    else if (custom.length < limit) custom.push(name)
  }
  return registered.concat(custom).slice(0, limit).map((name): ClaimRow => {
    const value = payload[name]
    const info = claimInfo(name)
    const row: ClaimRow = { name, value, info }
    if (info?.time) row.time = judgeTime(name, value, now, leeway)
    return row
  })
}

/** The two claims that decide whether a token may be used now, judged at `now`. */
export interface ValidityClaims {
  exp?: TimeClaim
  nbf?: TimeClaim
}

/** exp and nbf judged at `now`, looked up by name: no walk over the rest of the payload. */
export function validityClaims(payload: Record<string, unknown>, { now, leeway = 0 }: ClaimOptions): ValidityClaims {
  const judge = (name: 'exp' | 'nbf') => (Object.hasOwn(payload, name) ? judgeTime(name, payload[name], now, leeway) : undefined)
  return { exp: judge('exp'), nbf: judge('nbf') }
}

// 1e12 to 1e13: 2001-09-09 to 2286-11-20 in milliseconds, and years 33658 to 318857 in seconds.
const MILLISECOND_RANGE = [1e12, 1e13] as const

function judgeTime(name: string, value: unknown, now: Date, leeway: number): TimeClaim {
  const seconds = typeof value === 'number' ? value : Number.NaN
  const nowSeconds = now.getTime() / 1000
  const fromNow = seconds - nowSeconds
  const date = new Date(seconds * 1000)
  // Any finite JSON number is a NumericDate (RFC 7519 §2), even one a Date cannot hold: 1e20 is far future.
  const inDateRange = !Number.isNaN(date.getTime())
  const looksLikeMilliseconds = Math.abs(seconds) >= MILLISECOND_RANGE[0] && Math.abs(seconds) < MILLISECOND_RANGE[1]
  const judged = { seconds, date, inDateRange, looksLikeMilliseconds, fromNow }
  if (!Number.isFinite(seconds)) return { ...judged, status: 'not-a-number' }
  let status: TimeStatus = 'valid'
  // exp: "on or after" the time it is rejected (RFC 7519 §4.1.4); nbf: rejected "before" (§4.1.5).
  if (name === 'exp' && nowSeconds >= seconds + leeway) status = 'expired'
  if (name === 'nbf' && nowSeconds < seconds - leeway) status = 'not-yet-valid'
  if (name === 'iat' && nowSeconds < seconds - leeway) status = 'issued-in-future'
  return { ...judged, status }
}

export type TimeVerdict = TimeStatus | 'no-exp' | 'never-valid'

/**
 * The token's overall time verdict: the worst of exp and nbf (iat in the future is only a warning).
 * 'never-valid': nbf is not before exp, so no moment is both "not before" nbf and before exp (RFC 7519
 * §4.1.4, §4.1.5), whatever the clock says.
 */
export function timeVerdict({ exp, nbf }: ValidityClaims): TimeVerdict {
  if (exp?.status === 'not-a-number' || nbf?.status === 'not-a-number') return 'not-a-number'
  if (exp && nbf && nbf.seconds >= exp.seconds) return 'never-valid'
  if (exp?.status === 'expired') return 'expired'
  if (nbf?.status === 'not-yet-valid') return 'not-yet-valid'
  return exp ? 'valid' : 'no-exp'
}

/**
 * What a time claim's value needs said beside its date, or null: a NumericDate out of the range a date can
 * show, or one that looks like milliseconds. It does not judge validity (see `status`).
 */
export function numericDateNote(time: TimeClaim): string | null {
  if (time.status === 'not-a-number') return null
  if (time.looksLikeMilliseconds) return 'looks like milliseconds; NumericDate is seconds (RFC 7519 §2)'
  if (!time.inDateRange) return 'a NumericDate, but out of the range a date can show'
  return null
}
