/**
 * Schedule tokens as real JWTs, byte for byte what simplejwt 5.2.2 + PyJWT 2.6 send: header
 * `{"alg":…,"typ":"JWT"}` (PyJWT sorts header keys), payload in simplejwt's key order written
 * like Python's json.dumps(separators=(",", ":")), HMAC over both (RFC 7515 section 5.1).
 */
import { CompactSign } from 'jose'
import type { SimpleJwtSettings } from './policy'
import type { ScheduleToken } from './schedule'

export type SignTokenResult = { ok: true; jwt: string } | { ok: false; code: string; message: string }

/**
 * Python's json.dumps with compact separators and ensure_ascii (its default): like JSON.stringify
 * except that every character outside space..tilde becomes \uXXXX. Does not handle floats the way
 * Python prints them; payloads here hold only integers and strings.
 */
export function pythonJsonDumps(value: unknown): string {
  return JSON.stringify(value).replace(/[\u007f-\uffff]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`)
}

/** Signs one token with SIGNING_KEY (UTF-8 bytes, as PyJWT uses it); does not check its claims. */
export async function signScheduleToken(
  token: Pick<ScheduleToken, 'payload'>,
  settings: Pick<SimpleJwtSettings, 'ALGORITHM' | 'SIGNING_KEY'>,
): Promise<SignTokenResult> {
  const encoder = new TextEncoder()
  try {
    const jwt = await new CompactSign(encoder.encode(pythonJsonDumps(token.payload)))
      .setProtectedHeader({ alg: settings.ALGORITHM, typ: 'JWT' })
      .sign(encoder.encode(settings.SIGNING_KEY))
    return { ok: true, jwt }
  } catch (error) {
    const code = typeof (error as { code?: unknown }).code === 'string' ? (error as { code: string }).code : 'ERR_SIGN_FAILED'
    return { ok: false, code, message: error instanceof Error ? error.message : String(error) }
  }
}

/** Signs every token; stops at the first failure (they share one key, so all would fail alike). */
export async function signScheduleTokens(
  tokens: readonly Pick<ScheduleToken, 'jti' | 'payload'>[],
  settings: Pick<SimpleJwtSettings, 'ALGORITHM' | 'SIGNING_KEY'>,
): Promise<{ ok: true; jwts: ReadonlyMap<string, string> } | { ok: false; code: string; message: string }> {
  const jwts = new Map<string, string>()
  for (const token of tokens) {
    const signed = await signScheduleToken(token, settings)
    if (!signed.ok) return signed
    jwts.set(token.jti, signed.jwt)
  }
  return { ok: true, jwts }
}
