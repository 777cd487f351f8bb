/**
 * simplejwt 5.2.2's response bodies, word for word (checked against
 * fixtures/simplejwt-recorded.json). Builds data only; does not decide which one applies.
 */
import type { HttpExchange, WireObject, WireValue } from './wire'

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

/** The user-facing message in a simplejwt error body, whichever view wrote it; "HTTP <status>" when there is none. */
export function problemOf(exchange: Pick<HttpExchange, 'status' | 'responseBody'>): string {
  const body = exchange.responseBody
  const messages = body.messages
  if (Array.isArray(messages)) {
    const first = messages[0] as { readonly message?: WireValue } | undefined
    if (typeof first?.message === 'string') return first.message
  }
  if (typeof body.detail === 'string') return body.detail
  const errors = body.non_field_errors
  if (Array.isArray(errors) && typeof errors[0] === 'string') return errors[0]
  return `HTTP ${exchange.status}`
}
