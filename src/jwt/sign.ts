/**
 * Signs a header and payload into a compact JWS (RFC 7515 §5.1) with the key a person pasted.
 * The header's "alg" picks the algorithm. It signs the payload's own text, compacted; it does not add or
 * check claims (no iat/exp is set for you).
 */
import { FlattenedSign, type JWSHeaderParameters } from 'jose'
import { algorithmInfo } from './algorithms'
import { decodeSegment, findSegmentProblem } from './base64url'
import { decodeJsonSegment } from './decode'
import { describeError } from './errors'
import { compactJson, parseJson } from './json-text'
import { sharedKeyCache, type KeyCache } from './key-cache'
import { supportsAlgorithm, type KeyProblem, type SecretEncoding } from './keys'

/** Why signing did not happen: a KeyProblem, one of these, or a jose err.code / `webcrypto:<name>` from errors.ts. */
export type SignProblem = KeyProblem | 'no-alg' | 'alg-none' | 'unsupported-alg' | 'bad-header' | 'bad-payload'

export type SignResult =
  | { ok: true; token: string; keyNote: string; warnings: readonly string[] }
  | { ok: false; code: SignProblem | (string & {}); message: string; keyNote?: string }

export interface SignOptions {
  encoding: SecretEncoding
  cache?: KeyCache
}

/**
 * Signs the payload's JSON text exactly as written, only compacted, so claims nobody edited keep their
 * bytes (a 64-bit id, 1.10, an escape) where JSON.parse then JSON.stringify would change them. jose writes
 * the protected header itself (JSON.stringify), so the header keeps its values but not an unusual spelling.
 * Never throws, never adds claims.
 */
export async function signJsonText(headerText: string, payloadText: string, keyText: string, options: SignOptions): Promise<SignResult> {
  const header = parseJson(headerText)
  if (!header.ok || typeof header.value !== 'object' || header.value === null || Array.isArray(header.value)) {
    return { ok: false, code: 'bad-header', message: 'the header is not a JSON object (RFC 7515 §4)' }
  }
  const payload = parseJson(payloadText)
  if (!payload.ok) return { ok: false, code: 'bad-payload', message: 'the payload is not JSON' }
  return signBytes(header.value as Record<string, unknown>, new TextEncoder().encode(compactJson(payloadText)), keyText, options)
}

/**
 * Signs a compact token's payload bytes exactly as they stand, whatever they hold: a JSON object, an array,
 * text, a nested JWT, or an unencoded ("b64": false, RFC 7797) payload. Only the header must decode, to a
 * JSON object. Never throws.
 */
export async function signCompact(compact: string, keyText: string, options: SignOptions): Promise<SignResult> {
  const [headerPart = '', payloadPart = ''] = compact.split('.')
  const header = decodeJsonSegment(headerPart, 0)
  if (!header.ok) return { ok: false, code: 'bad-header', message: 'the header does not decode to a JSON object, so there is no "alg" to sign with' }
  // RFC 7797 §3: with "b64": false the payload part is the payload itself.
  const unencoded = header.value.b64 === false
  if (!unencoded && findSegmentProblem(payloadPart) !== null) {
    return { ok: false, code: 'bad-payload', message: 'the payload part is not base64url, so it holds no bytes to sign' }
  }
  const bytes = unencoded ? new TextEncoder().encode(payloadPart) : decodeSegment(payloadPart)
  const signed = await signBytes(header.value, bytes, keyText, options)
  if (!signed.ok || !unencoded) return signed
  // jose gives an unencoded payload back empty (detached); it goes between the dots as it is.
  const [signedHeader, , signature] = signed.token.split('.')
  return { ...signed, token: `${signedHeader}.${payloadPart}.${signature}` }
}

/** Signs `payload`'s bytes under `header`. */
async function signBytes(header: Readonly<Record<string, unknown>>, payload: Uint8Array, keyText: string, options: SignOptions): Promise<SignResult> {
  const { alg } = header
  if (typeof alg !== 'string' || alg === '') return { ok: false, code: 'no-alg', message: 'the header needs an "alg" to sign with (RFC 7515 §4.1.1)' }
  if (alg.toLowerCase() === 'none') {
    return { ok: false, code: 'alg-none', message: 'alg "none" means no signature; pick a signing algorithm such as HS256 or ES256 (RFC 8725 §3.1)' }
  }
  if (!algorithmInfo(alg)) return { ok: false, code: 'unknown-alg', message: `"${alg}" is not a JWS signing algorithm this tool knows` }
  if (!(await supportsAlgorithm(alg))) {
    return { ok: false, code: 'unsupported-alg', message: `this browser's WebCrypto has no ${alg}, so it cannot sign with it here` }
  }
  const warnings: string[] = []
  // RFC 7519 §7.2 step 10: a JWT's payload is a JSON object; anything else makes a JWS that is not a JWT.
  if (!isJsonObject(payload)) warnings.push('the payload is not a JSON object, so this is a JWS but not a JWT (RFC 7519 §7.2)')
  const kid = header.kid
  const prepared = await (options.cache ?? sharedKeyCache).prepare(keyText, alg, 'sign', {
    encoding: options.encoding,
    ...(typeof kid === 'string' ? { kid } : {}),
  })
  if (!prepared.ok) return { ok: false, code: prepared.code, message: prepared.message, ...(prepared.note ? { keyNote: prepared.note } : {}) }
  const [candidate] = prepared.candidates
  if (!candidate) return { ok: false, code: 'no-key', message: 'no key to sign with' }
  try {
    // Flattened, not compact: jose's compact signer refuses "b64": false. An unencoded payload comes back empty.
    const jws = await new FlattenedSign(payload).setProtectedHeader(header as JWSHeaderParameters).sign(candidate.key)
    const token = `${jws.protected ?? ''}.${jws.payload}.${jws.signature}`
    return { ok: true, token, keyNote: prepared.note, warnings: [...prepared.warnings, ...warnings] }
  } catch (error) {
    const { code, message } = describeError(error)
    return { ok: false, code, message: `signing failed: ${message}`, keyNote: prepared.note }
  }
}

const UTF8 = new TextDecoder('utf-8', { fatal: true })

/** Whether the bytes are UTF-8 JSON text of an object. */
function isJsonObject(bytes: Uint8Array): boolean {
  let text: string
  try {
    text = UTF8.decode(bytes)
  } catch {
    return false
  }
  const parsed = parseJson(text)
  return parsed.ok && typeof parsed.value === 'object' && parsed.value !== null && !Array.isArray(parsed.value)
}
