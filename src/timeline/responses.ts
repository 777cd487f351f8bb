/**
 * simplejwt 5.2.2's response bodies, word for word (checked against
 * fixtures/simplejwt-recorded.json). Builds data only; does not decide which one applies.
 */
import type { WireObject } from './wire'

/** The user-facing messages, as in simplejwt's tokens.py, authentication.py and serializers.py. */
export const SIMPLEJWT_MESSAGES = {
  invalidOrExpired: 'Token is invalid or expired',
  blacklisted: 'Token is blacklisted',
  wrongType: 'Token has wrong type',
  notValidForAnyType: 'Given token not valid for any token type',
  noActiveAccount: 'No active account found with the given credentials',
  notAuthenticated: 'Authentication credentials were not provided.',
} as const
export type TokenProblem =
  | typeof SIMPLEJWT_MESSAGES.invalidOrExpired
  | typeof SIMPLEJWT_MESSAGES.blacklisted
  | typeof SIMPLEJWT_MESSAGES.wrongType

/** Sent with every 401 (TokenViewBase and JWTAuthentication use realm "api"). */
export const WWW_AUTHENTICATE = 'Bearer realm="api"'

/** 401 from the token views: InvalidToken(detail) with code token_not_valid. */
export function tokenViewError(problem: TokenProblem): WireObject {
  return { detail: problem, code: 'token_not_valid' }
}

/** 401 from JWTAuthentication: one message per AUTH_TOKEN_CLASSES entry (only AccessToken here). */
export function authenticationError(problem: TokenProblem): WireObject {
  return {
    detail: SIMPLEJWT_MESSAGES.notValidForAnyType,
    code: 'token_not_valid',
    messages: [{ token_class: 'AccessToken', token_type: 'access', message: problem }],
  }
}

/** 401 from DRF itself when no Authorization header came (NotAuthenticated; no code key). */
export const NOT_AUTHENTICATED: WireObject = { detail: SIMPLEJWT_MESSAGES.notAuthenticated }

/** 401 from TokenObtainPairView for a wrong password (DRF's AuthenticationFailed; no code key). */
export const NO_ACTIVE_ACCOUNT: WireObject = { detail: SIMPLEJWT_MESSAGES.noActiveAccount }

/** 400 from TokenVerifyView when BLACKLIST_AFTER_ROTATION is on and the jti is blacklisted (a ValidationError). */
export const VERIFY_BLACKLISTED: WireObject = { non_field_errors: [SIMPLEJWT_MESSAGES.blacklisted] }
