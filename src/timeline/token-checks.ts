/**
 * Which error simplejwt 5.2.2 (with PyJWT 2.6) gives a presented token, in the order it checks.
 * Does not verify signatures: schedule tokens are always signed with the current settings, and an
 * undecodable or foreign token is passed as null.
 */
import type { SimpleJwtSettings } from './policy'
import { SIMPLEJWT_MESSAGES, type TokenProblem } from './responses'
import type { ScheduleToken } from './schedule'

/** simplejwt's token classes: AccessToken (API auth), RefreshToken (refresh, blacklist), UntypedToken (verify). */
export type TokenClass = 'AccessToken' | 'RefreshToken' | 'UntypedToken'

/**
 * The message simplejwt raises for `token` presented as `tokenClass` at server time `at`, or null
 * when it is accepted. Does not include the verify view's own blacklist check (see server.ts).
 */
export function tokenProblem(
  token: ScheduleToken | null,
  tokenClass: TokenClass,
  at: number,
  settings: Pick<SimpleJwtSettings, 'LEEWAY'>,
  isBlacklisted: (jti: string) => boolean,
): TokenProblem | null {
  // TokenBackend.decode -> jwt.decode: any InvalidTokenError (bad signature or format, iat in the
  // future, exp <= now - leeway) becomes "Token is invalid or expired".
  if (token === null) return SIMPLEJWT_MESSAGES.invalidOrExpired
  if (token.iat > at + settings.LEEWAY) return SIMPLEJWT_MESSAGES.invalidOrExpired
  if (!isAcceptedAt(token, at, settings)) return SIMPLEJWT_MESSAGES.invalidOrExpired
  // Token.verify: BlacklistMixin.check_blacklist runs before the type check (RefreshToken only);
  // Token.check_exp repeats PyJWT's comparison and cannot fail here.
  if (tokenClass === 'RefreshToken' && isBlacklisted(token.jti)) return SIMPLEJWT_MESSAGES.blacklisted
  const wanted = tokenClass === 'AccessToken' ? 'access' : tokenClass === 'RefreshToken' ? 'refresh' : null
  if (wanted !== null && token.kind !== wanted) return SIMPLEJWT_MESSAGES.wrongType
  return null
}

/** PyJWT: expired when `exp <= now - leeway` (RFC 7519 section 4.1.4 allows "some small leeway"). Ignores the blacklist. */
export function isAcceptedAt(token: Pick<ScheduleToken, 'exp'>, at: number, settings: Pick<SimpleJwtSettings, 'LEEWAY'>): boolean {
  return token.exp > at - settings.LEEWAY
}

/** The first server time at which the token is refused as expired (exp + LEEWAY); ignores the blacklist. */
export function refusedFrom(token: Pick<ScheduleToken, 'exp'>, settings: Pick<SimpleJwtSettings, 'LEEWAY'>): number {
  return token.exp + settings.LEEWAY
}
