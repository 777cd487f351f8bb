import { base64url, CompactEncrypt, SignJWT, type JWTHeaderParameters } from 'jose'

/**
 * Test tokens built in Node with jose, for the cases no fixture covers (hostile claims, chosen times,
 * broken segments). It never decodes: what the page shows is compared with what went in.
 */

const SECRET = new TextEncoder().encode('e2e-test-secret-that-is-at-least-32-bytes-long')

/** An HS256 JWT with exactly these claims (no iat added). */
export async function signedToken(payload: Record<string, unknown>, header: Partial<JWTHeaderParameters> = {}): Promise<string> {
  return new SignJWT(payload).setProtectedHeader({ typ: 'JWT', ...header, alg: 'HS256' }).sign(SECRET)
}

/** base64url of a UTF-8 string, as a JWT segment (RFC 7515 section 2: no padding). */
export function segment(text: string): string {
  return base64url.encode(text)
}

/** header.payload.signature from raw texts, for malformed JSON the signers would refuse to produce. */
export function rawToken(headerText: string, payloadText: string, signature = 'c2lnbmF0dXJl'): string {
  return `${segment(headerText)}.${segment(payloadText)}.${signature}`
}

/** A five-part compact JWE (RFC 7516 section 7.1): `dir` + A256GCM with a random key. */
export async function encryptedToken(plaintext = '{"sub":"secret"}'): Promise<string> {
  const key = crypto.getRandomValues(new Uint8Array(32))
  return new CompactEncrypt(new TextEncoder().encode(plaintext)).setProtectedHeader({ alg: 'dir', enc: 'A256GCM' }).encrypt(key)
}

/** Splits a compact token into its three segments (throws on anything else: a test bug). */
export function segmentsOf(token: string): [string, string, string] {
  const parts = token.split('.')
  if (parts.length !== 3) throw new Error(`expected 3 parts, got ${parts.length}`)
  return parts as [string, string, string]
}
