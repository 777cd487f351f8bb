/**
 * A pure model of the recorded Django project: simplejwt 5.2.2's four views plus a protected
 * GET /api/me/, with the token_blacklist app installed. Holds its own state (tokens, blacklist,
 * jti generator); time is passed in with each request. Does not sign tokens (tokens.ts does).
 */
import type { SimpleJwtSettings } from './policy'
import { createJtiSource } from './prng'
import {
  SIMPLEJWT_MESSAGES,
  NO_ACTIVE_ACCOUNT,
  NOT_AUTHENTICATED,
  VERIFY_BLACKLISTED,
  WWW_AUTHENTICATE,
  authenticationError,
  tokenViewError,
} from './responses'
import type { ScheduleToken, SimpleJwtPayload } from './schedule'
import { tokenProblem, type TokenClass } from './token-checks'
import { ENDPOINTS, type Actor, type HttpExchange, type TokenRef, type WireObject } from './wire'

/** A token as sent: one the server minted (by jti), or text it cannot decode. */
export type Presented = { readonly jti: string } | { readonly garbage: string }

export type ServerRequest =
  | { readonly endpoint: 'obtain'; readonly username: string; readonly password: string }
  | { readonly endpoint: 'refresh'; readonly refresh: Presented }
  | { readonly endpoint: 'verify'; readonly token: Presented }
  | { readonly endpoint: 'blacklist'; readonly refresh: Presented }
  | { readonly endpoint: 'me'; readonly bearer: Presented | null }

/** The one user of the project (GET /api/me/ answers with id and username). */
export interface SimUser {
  readonly id: number | string
  readonly username: string
  readonly password: string
}

export const DEFAULT_USER: SimUser = { id: 1, username: 'alice', password: 'correct horse battery staple' }

/** An exchange plus what it changed on the server. */
export interface ServerReply {
  readonly exchange: HttpExchange
  /** New tokens, in the order simplejwt drew their jti. */
  readonly minted: readonly ScheduleToken[]
  /** jti blacklisted by this request, if any. */
  readonly blacklisted: string | null
}

type MutableToken = { -readonly [K in keyof ScheduleToken]: ScheduleToken[K] }

export interface SimpleJwtServer {
  handle(request: ServerRequest, context: { readonly at: number; readonly actor: Actor; readonly index: number }): ServerReply
  readonly tokens: readonly ScheduleToken[]
  token(jti: string): ScheduleToken | undefined
}

const ref = (jti: string): TokenRef => ({ $token: jti })
const presentedRef = (presented: Presented): TokenRef | string =>
  'jti' in presented ? ref(presented.jti) : presented.garbage

/** A fresh server with an empty database; does not validate the settings (simulate.ts does). */
export function createSimpleJwtServer(
  settings: SimpleJwtSettings,
  options: { readonly seed: number; readonly user?: SimUser },
): SimpleJwtServer {
  const user = options.user ?? DEFAULT_USER
  const nextJti = createJtiSource(options.seed)
  const tokens: MutableToken[] = []
  const byJti = new Map<string, MutableToken>()
  const isBlacklisted = (jti: string) => byJti.get(jti)?.blacklistedAt != null
  const lookup = (presented: Presented) => ('jti' in presented ? (byJti.get(presented.jti) ?? null) : null)
  const check = (presented: Presented, tokenClass: TokenClass, at: number) => {
    const token = lookup(presented)
    const problem = tokenProblem(token, tokenClass, at, settings, isBlacklisted)
    return problem === null && token !== null
      ? ({ ok: true, token } as const)
      : ({ ok: false, problem: problem ?? SIMPLEJWT_MESSAGES.invalidOrExpired } as const)
  }

  function mint(
    kind: 'access' | 'refresh',
    fields: { exp: number; iat: number; userId: string | number },
    meta: Pick<ScheduleToken, 'mintedAt' | 'mintedBy' | 'holder' | 'origin' | 'parentJti'>,
  ): MutableToken {
    const jti = nextJti()
    // Key order as simplejwt builds it: Token.__init__ sets token_type, exp, iat, jti; the user
    // claim is added afterwards (for_user, or copied from the refresh token).
    const payload: SimpleJwtPayload = {
      token_type: kind,
      exp: fields.exp,
      iat: fields.iat,
      jti,
      [settings.USER_ID_CLAIM]: fields.userId,
    }
    const token: MutableToken = { kind, jti, iat: fields.iat, exp: fields.exp, payload, ...meta, blacklistedAt: null }
    tokens.push(token)
    byJti.set(jti, token)
    return token
  }

  /** RefreshToken.access_token: exp from now, iat and user claim copied from the refresh token. */
  function accessFrom(refresh: ScheduleToken, at: number, meta: Pick<ScheduleToken, 'mintedBy' | 'holder'>, origin: 'login' | 'refresh') {
    const userId = refresh.payload[settings.USER_ID_CLAIM] ?? user.id
    return mint(
      'access',
      { exp: at + settings.ACCESS_TOKEN_LIFETIME, iat: refresh.iat, userId },
      { ...meta, mintedAt: at, origin, parentJti: origin === 'login' ? null : refresh.jti },
    )
  }

  function blacklist(token: MutableToken, at: number): string | null {
    if (token.blacklistedAt !== null) return null
    token.blacklistedAt = at
    return token.jti
  }

  function handle(request: ServerRequest, { at, actor, index }: { at: number; actor: Actor; index: number }): ServerReply {
    const meta = { mintedBy: index, holder: actor }
    const reply = (
      parts: Pick<HttpExchange, 'method' | 'path' | 'authorization' | 'requestBody' | 'status' | 'responseBody'>,
      minted: ScheduleToken[] = [],
      blacklisted: string | null = null,
    ): ServerReply => ({
      exchange: { index, at, actor, ...parts, wwwAuthenticate: parts.status === 401 ? WWW_AUTHENTICATE : null },
      minted,
      blacklisted,
    })
    const post = (path: HttpExchange['path'], requestBody: WireObject) =>
      ({ method: 'POST', path, authorization: null, requestBody }) as const

    switch (request.endpoint) {
      case 'obtain': {
        const base = post(ENDPOINTS.obtain, { username: request.username, password: request.password })
        if (request.username !== user.username || request.password !== user.password)
          return reply({ ...base, status: 401, responseBody: NO_ACTIVE_ACCOUNT })
        const refresh = mint(
          'refresh',
          { exp: at + settings.REFRESH_TOKEN_LIFETIME, iat: at, userId: user.id },
          { ...meta, mintedAt: at, origin: 'login', parentJti: null },
        )
        const access = accessFrom(refresh, at, meta, 'login')
        return reply({ ...base, status: 200, responseBody: { refresh: ref(refresh.jti), access: ref(access.jti) } }, [refresh, access])
      }
      case 'refresh': {
        const base = post(ENDPOINTS.refresh, { refresh: presentedRef(request.refresh) })
        const checked = check(request.refresh, 'RefreshToken', at)
        if (!checked.ok) return reply({ ...base, status: 401, responseBody: tokenViewError(checked.problem) })
        const token = checked.token
        // TokenRefreshSerializer: access first, then (rotation) blacklist the old one, then a new jti/exp/iat.
        const access = accessFrom(token, at, meta, 'refresh')
        if (!settings.ROTATE_REFRESH_TOKENS)
          return reply({ ...base, status: 200, responseBody: { access: ref(access.jti) } }, [access])
        const blacklisted = settings.BLACKLIST_AFTER_ROTATION ? blacklist(token, at) : null
        const rotated = mint(
          'refresh',
          { exp: at + settings.REFRESH_TOKEN_LIFETIME, iat: at, userId: token.payload[settings.USER_ID_CLAIM] ?? user.id },
          { ...meta, mintedAt: at, origin: 'rotation', parentJti: token.jti },
        )
        return reply(
          { ...base, status: 200, responseBody: { access: ref(access.jti), refresh: ref(rotated.jti) } },
          [access, rotated],
          blacklisted,
        )
      }
      case 'verify': {
        const base = post(ENDPOINTS.verify, { token: presentedRef(request.token) })
        const checked = check(request.token, 'UntypedToken', at)
        if (!checked.ok) return reply({ ...base, status: 401, responseBody: tokenViewError(checked.problem) })
        const token = checked.token
        // TokenVerifySerializer looks at the blacklist only when BLACKLIST_AFTER_ROTATION is on.
        if (settings.BLACKLIST_AFTER_ROTATION && isBlacklisted(token.jti))
          return reply({ ...base, status: 400, responseBody: VERIFY_BLACKLISTED })
        return reply({ ...base, status: 200, responseBody: {} })
      }
      case 'blacklist': {
        const base = post(ENDPOINTS.blacklist, { refresh: presentedRef(request.refresh) })
        const checked = check(request.refresh, 'RefreshToken', at)
        if (!checked.ok) return reply({ ...base, status: 401, responseBody: tokenViewError(checked.problem) })
        const token = checked.token
        return reply({ ...base, status: 200, responseBody: {} }, [], blacklist(token, at))
      }
      case 'me': {
        const base = {
          method: 'GET',
          path: ENDPOINTS.me,
          authorization: request.bearer === null ? null : presentedRef(request.bearer),
          requestBody: null,
        } as const
        if (request.bearer === null) return reply({ ...base, status: 401, responseBody: NOT_AUTHENTICATED })
        // JWTAuthentication never consults the blacklist: AccessToken has no BlacklistMixin.
        const checked = check(request.bearer, 'AccessToken', at)
        if (!checked.ok) return reply({ ...base, status: 401, responseBody: authenticationError(checked.problem) })
        return reply({ ...base, status: 200, responseBody: { id: user.id, username: user.username } })
      }
    }
  }

  return { handle, tokens, token: (jti) => byJti.get(jti) }
}
