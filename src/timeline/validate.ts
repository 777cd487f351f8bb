/**
 * Checks simulate() inputs and says what is wrong in words a form can show. Does not correct
 * anything; of the SIGNING_KEY it checks only that there is one (its strength is the security review's).
 */
import { SIMPLEJWT_HMAC_ALGORITHMS, type ClientPolicy, type SimpleJwtSettings } from './policy'
import type { WhatIfs } from './schedule'

export type SimulateErrorCode = 'invalid-settings' | 'invalid-policy' | 'invalid-options'
export interface InputProblem {
  readonly code: SimulateErrorCode
  readonly message: string
}

/** The claims simplejwt sets itself; a USER_ID_CLAIM with one of these names would overwrite it. */
const RESERVED_CLAIMS = ['token_type', 'exp', 'iat', 'jti']

const isWhole = (value: number, min: number) => Number.isInteger(value) && value >= min
const isSeconds = (value: number) => Number.isFinite(value) && value >= 0

/**
 * Why the tokens cannot be signed with this SIGNING_KEY, in words for the field, or null. WebCrypto
 * refuses an empty HMAC key, and an empty Django SECRET_KEY stops Django from starting.
 */
export function signingKeyProblem(key: string): string | null {
  return key === '' ? "SIGNING_KEY can't be empty: every token is signed with it. Type a secret (Django's SECRET_KEY is the default)." : null
}

/** The first problem with the settings, or null. */
export function checkSettings(settings: SimpleJwtSettings): InputProblem | null {
  const bad = (message: string): InputProblem => ({ code: 'invalid-settings', message })
  if (!isWhole(settings.ACCESS_TOKEN_LIFETIME, 1)) return bad('ACCESS_TOKEN_LIFETIME must be a whole number of seconds, at least 1.')
  if (!isWhole(settings.REFRESH_TOKEN_LIFETIME, 1)) return bad('REFRESH_TOKEN_LIFETIME must be a whole number of seconds, at least 1.')
  if (!isSeconds(settings.LEEWAY)) return bad('LEEWAY must be zero or more seconds.')
  if (!(SIMPLEJWT_HMAC_ALGORITHMS as readonly string[]).includes(settings.ALGORITHM))
    return bad(`ALGORITHM must be one of ${SIMPLEJWT_HMAC_ALGORITHMS.join(', ')} (the model signs with a shared SIGNING_KEY).`)
  if (settings.USER_ID_CLAIM === '' || RESERVED_CLAIMS.includes(settings.USER_ID_CLAIM))
    return bad(`USER_ID_CLAIM must be a name other than ${RESERVED_CLAIMS.join(', ')}.`)
  // JavaScript objects list integer-like keys first, so the payload key order would differ from Python's.
  if (/^(0|[1-9]\d*)$/.test(settings.USER_ID_CLAIM)) return bad('USER_ID_CLAIM cannot be a number.')
  const keyProblem = signingKeyProblem(settings.SIGNING_KEY)
  return keyProblem === null ? null : bad(keyProblem)
}

/** The first problem with the client policy, or null. */
export function checkPolicy(policy: ClientPolicy): InputProblem | null {
  const bad = (message: string): InputProblem => ({ code: 'invalid-policy', message })
  if (!isWhole(policy.callEverySeconds, 1)) return bad('The call interval must be a whole number of seconds, at least 1.')
  for (const period of policy.idle)
    if (!isWhole(period.from, 0) || !Number.isInteger(period.to) || !(period.to > period.from)) return bad('Each idle period needs whole seconds from start, 0 <= from < to.')
  if (policy.refresh.kind === 'proactive' && !isSeconds(policy.refresh.secondsBeforeExpiry))
    return bad('Proactive refresh needs zero or more seconds before expiry.')
  if (policy.logoutAt !== null && !isWhole(policy.logoutAt, 0)) return bad('The logout time must be whole seconds from start.')
  return null
}

/** The first problem with start, horizon, seed and what-ifs, or null. */
export function checkOptions(options: {
  readonly start: number
  readonly horizon: number
  readonly seed: number
  readonly whatIfs: WhatIfs
}): InputProblem | null {
  const bad = (message: string): InputProblem => ({ code: 'invalid-options', message })
  if (!Number.isSafeInteger(options.start)) return bad('start must be whole epoch seconds.')
  if (!isWhole(options.horizon, 0)) return bad('horizon must be a whole number of seconds.')
  if (!Number.isSafeInteger(options.seed)) return bad('seed must be an integer.')
  const steal = options.whatIfs.stealRefresh
  if (steal !== null) {
    if (!isWhole(steal.stealAt, 0)) return bad('The theft time must be whole seconds from start.')
    if (steal.replayAt !== 'after-next-refresh' && !(Number.isInteger(steal.replayAt) && steal.replayAt >= steal.stealAt))
      return bad('The replay must come at or after the theft, in whole seconds.')
  }
  if (!Number.isFinite(options.whatIfs.clientClockSkew)) return bad('The client clock skew must be a number of seconds.')
  return null
}
