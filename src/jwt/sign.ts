/**
 * Signs a header and payload into a compact JWS (RFC 7515 §5.1) with the key a person pasted.
 * The header's "alg" picks the algorithm. It signs the payload's own text, compacted; it does not add or
 * check claims (no iat/exp is set for you).
 */
import { CompactSign, type CompactJWSHeaderParameters } from 'jose'
import { algorithmInfo } from './algorithms'
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
  return signParsed(header.value as Record<string, unknown>, compactJson(payloadText), payload.value, keyText, options)
}

/** Signs `json`, the compact text of `payload`, under `header`. */
async function signParsed(header: Readonly<Record<string, unknown>>, json: string, payload: unknown, keyText: string, options: SignOptions): Promise<SignResult> {
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
  if (typeof payload !== 'object' || payload === null || Array.isArray(payload)) {
    warnings.push('the payload is not a JSON object, so this is a JWS but not a JWT (RFC 7519 §7.2)')
  }
  const kid = header.kid
  const prepared = await (options.cache ?? sharedKeyCache).prepare(keyText, alg, 'sign', {
    encoding: options.encoding,
    ...(typeof kid === 'string' ? { kid } : {}),
  })
  if (!prepared.ok) return { ok: false, code: prepared.code, message: prepared.message, ...(prepared.note ? { keyNote: prepared.note } : {}) }
  const [candidate] = prepared.candidates
  if (!candidate) return { ok: false, code: 'no-key', message: 'no key to sign with' }
  try {
    const token = await new CompactSign(new TextEncoder().encode(json))
      .setProtectedHeader(header as CompactJWSHeaderParameters)
      .sign(candidate.key)
    return { ok: true, token, keyNote: prepared.note, warnings: [...prepared.warnings, ...warnings] }
  } catch (error) {
    const { code, message } = describeError(error)
    return { ok: false, code, message: `signing failed: ${message}`, keyNote: prepared.note }
  }
}
