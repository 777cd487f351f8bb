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

/** One row per claim, registered claims first in the order the token has them, then custom ones. */
export function claimRows(payload: Record<string, unknown>, { now, leeway = 0 }: ClaimOptions): ClaimRow[] {
  const rows = Object.entries(payload).map(([name, value]): ClaimRow => {
    const info = claimInfo(name)
    const row: ClaimRow = { name, value, info }
    if (info?.time) row.time = judgeTime(name, value, now, leeway)
    return row
  })
  return [...rows.filter((row) => row.info), ...rows.filter((row) => !row.info)]
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
export function timeVerdict(rows: readonly ClaimRow[]): TimeStatus | 'no-exp' {
  const status = (name: string) => rows.find((row) => row.name === name)?.time?.status
  const exp = status('exp')
  const nbf = status('nbf')
  if (exp === 'not-a-number' || nbf === 'not-a-number') return 'not-a-number'
  if (exp === 'expired') return 'expired'
  if (nbf === 'not-yet-valid') return 'not-yet-valid'
  return exp ? 'valid' : 'no-exp'
}
