import { claimInfo, type ClaimInfo } from './claim-registry'

/**
 * The claims table: each claim named and explained, time claims judged at `now` (RFC 7519 sections
 * 4.1.4 to 4.1.6). It does not look at the signature.
 */

export type TimeStatus = 'valid' | 'expired' | 'not-yet-valid' | 'issued-in-future' | 'not-a-number'

export interface TimeClaim {
  /** Seconds since the epoch, as in the token. */
  seconds: number
  date: Date
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

function judgeTime(name: string, value: unknown, now: Date, leeway: number): TimeClaim {
  const seconds = typeof value === 'number' ? value : Number.NaN
  const nowSeconds = now.getTime() / 1000
  const fromNow = seconds - nowSeconds
  const date = new Date(seconds * 1000)
  if (!Number.isFinite(seconds) || Number.isNaN(date.getTime())) return { seconds, date, fromNow, status: 'not-a-number' }
  let status: TimeStatus = 'valid'
  // exp: "on or after" the time it is rejected (RFC 7519 §4.1.4); nbf: rejected "before" (§4.1.5).
  if (name === 'exp' && nowSeconds >= seconds + leeway) status = 'expired'
  if (name === 'nbf' && nowSeconds < seconds - leeway) status = 'not-yet-valid'
  if (name === 'iat' && nowSeconds < seconds - leeway) status = 'issued-in-future'
  return { seconds, date, fromNow, status }
}

/** The token's overall time verdict: the worst of exp and nbf (iat in the future is only a warning). */
export function timeVerdict({ exp, nbf }: ValidityClaims): TimeStatus | 'no-exp' {
  if (exp?.status === 'not-a-number' || nbf?.status === 'not-a-number') return 'not-a-number'
  if (exp?.status === 'expired') return 'expired'
  if (nbf?.status === 'not-yet-valid') return 'not-yet-valid'
  return exp ? 'valid' : 'no-exp'
}
