/**
 * HTTP exchanges as the timeline records them. Tokens inside bodies are references to schedule
 * tokens (by jti), because signing is async (WebCrypto) and the schedule is computed synchronously;
 * `renderWire` swaps in the signed text.
 */

/** The URLs of the recorded Django project (scripts/simplejwt/record.py). */
export const ENDPOINTS = {
  obtain: '/api/token/',
  refresh: '/api/token/refresh/',
  verify: '/api/token/verify/',
  blacklist: '/api/token/blacklist/',
  me: '/api/me/',
} as const
export type Endpoint = keyof typeof ENDPOINTS
export type EndpointPath = (typeof ENDPOINTS)[Endpoint]

/** Who sent a request: the legitimate client or someone replaying a stolen token. */
export type Actor = 'client' | 'thief'

/** Stands for a schedule token's compact JWS; never holds the token text itself. */
export interface TokenRef {
  readonly $token: string
}

export type WireValue = string | number | boolean | null | TokenRef | readonly WireValue[] | WireObject
export interface WireObject {
  readonly [key: string]: WireValue
}

export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue }

/** One request and its response, in simplejwt's exact words. Does not carry signed token text. */
export interface HttpExchange {
  /** Position in the schedule's exchange log, from 0. */
  readonly index: number
  /** Server time, epoch seconds. */
  readonly at: number
  readonly actor: Actor
  readonly method: 'GET' | 'POST'
  readonly path: EndpointPath
  /** Sent as `Authorization: Bearer <token>`: a schedule token, raw text, or null when no header was sent. */
  readonly authorization: TokenRef | string | null
  readonly requestBody: WireObject | null
  readonly status: 200 | 400 | 401
  /** simplejwt answers every 401 with `WWW-Authenticate: Bearer realm="api"`. */
  readonly wwwAuthenticate: string | null
  readonly responseBody: WireObject
}

/** True for a token reference; does not check that the jti exists. */
export function isTokenRef(value: WireValue): value is TokenRef {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && typeof (value as TokenRef).$token === 'string'
}

/** Replaces token references with `tokenText(jti)`; does not sign anything itself. */
export function renderWire(value: WireValue, tokenText: (jti: string) => string): JsonValue {
  if (value === null || typeof value !== 'object') return value
  if (isTokenRef(value)) return tokenText(value.$token)
  if (Array.isArray(value)) return value.map((item: WireValue) => renderWire(item, tokenText))
  const out: { [key: string]: JsonValue } = {}
  for (const [key, item] of Object.entries(value as WireObject)) out[key] = renderWire(item, tokenText)
  return out
}

/**
 * The body as DRF's JSONRenderer writes it (compact separators, UTF-8 kept), which is what
 * JSON.stringify produces; does not pretty-print.
 */
export function wireText(value: WireValue, tokenText: (jti: string) => string): string {
  return JSON.stringify(renderWire(value, tokenText))
}
