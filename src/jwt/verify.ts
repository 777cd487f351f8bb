/**
 * Checks a compact JWS signature (RFC 7515 §5.2) with the key a person pasted. The token's header
 * "alg" picks the algorithm; the key must fit it or we refuse and say why. Signature only: it never
 * judges exp/nbf/iat (see claims.ts), so an expired token with a good signature is "verified".
 */
import { compactVerify, decodeProtectedHeader, type ProtectedHeaderParameters } from 'jose'
import { algorithmInfo } from './algorithms'
import { describeError, type DescribedError } from './errors'
import { sharedKeyCache, type KeyCache } from './key-cache'
import { supportsAlgorithm, type SecretEncoding } from './keys'

export const VERIFY_STATUSES = ['verified', 'invalid', 'cannot-verify', 'unsigned'] as const
export type VerifyStatus = (typeof VERIFY_STATUSES)[number]

export interface VerifyResult {
  status: VerifyStatus
  /** For people: why it is invalid, or why it cannot be verified. */
  message: string
  /** A stable reason for cannot-verify: a KeyProblem, a jose err.code, or one of the token codes below. */
  code?: string
  /** The header's alg, when the header could be read. */
  alg?: string
  /** What key was recognised, which JWKS key was picked and why. */
  keyNote?: string
  /** The kid of the JWKS key that verified, when there was one. */
  kid?: string
  warnings: readonly string[]
}

export interface VerifyOptions {
  encoding: SecretEncoding
  /** Accepted for symmetry with the claim checks; a signature does not depend on time, so it is unused. */
  now?: Date
  cache?: KeyCache
}

/** Verifies the signature of `token` with `keyText`; never checks claims, never throws. */
export async function verifySignature(token: string, keyText: string, options: VerifyOptions): Promise<VerifyResult> {
  const compact = token.trim()
  const parsed = readHeader(compact)
  if (!parsed.ok) return { status: 'cannot-verify', code: parsed.code, message: parsed.message, warnings: [] }
  const { alg, kid } = parsed.header
  if (typeof alg !== 'string' || alg === '') {
    return { status: 'cannot-verify', code: 'no-alg', message: 'the header has no "alg", so there is no algorithm to verify with (RFC 7515 §4.1.1)', warnings: [] }
  }
  if (alg.toLowerCase() === 'none') {
    const casing = alg === 'none' ? '' : ` ("${alg}" is not even the registered spelling "none", a trick used to slip past filters)`
    return {
      status: 'unsigned',
      alg,
      message: `alg "none": the token has no signature, so nothing can vouch for it${casing}. Never accept unsigned tokens (RFC 8725 §3.1).`,
      warnings: [],
    }
  }
  if (!algorithmInfo(alg)) {
    return { status: 'cannot-verify', alg, code: 'unknown-alg', message: `"${alg}" is not a JWS signing algorithm this tool knows`, warnings: [] }
  }
  if (!(await supportsAlgorithm(alg))) {
    return { status: 'cannot-verify', alg, code: 'unsupported-alg', message: `this browser's WebCrypto has no ${alg}, so it cannot be verified here`, warnings: [] }
  }
  const cache = options.cache ?? sharedKeyCache
  const prepared = await cache.prepare(keyText, alg, 'verify', {
    encoding: options.encoding,
    ...(typeof kid === 'string' ? { kid } : {}),
  })
  if (!prepared.ok) {
    return { status: 'cannot-verify', alg, code: prepared.code, message: prepared.message, ...(prepared.note ? { keyNote: prepared.note } : {}), warnings: [] }
  }
  const base = { alg, keyNote: prepared.note, warnings: prepared.warnings }
  let failure: DescribedError = { code: 'no-key', message: 'no key to try' }
  for (const candidate of prepared.candidates) {
    try {
      await compactVerify(compact, candidate.key)
      const keyNote = prepared.candidates.length > 1 ? `${prepared.note} Verified with ${candidate.source}.` : prepared.note
      return { ...base, status: 'verified', keyNote, ...(candidate.kid === undefined ? {} : { kid: candidate.kid }), message: `signature verified (${alg})` }
    } catch (error) {
      failure = describeError(error)
      if (failure.code !== 'ERR_JWS_SIGNATURE_VERIFICATION_FAILED') break
    }
  }
  if (failure.code === 'ERR_JWS_SIGNATURE_VERIFICATION_FAILED') {
    const tried = prepared.candidates.length > 1 ? ` (tried ${prepared.candidates.length} keys)` : ''
    return { ...base, status: 'invalid', message: `${failure.message}${tried}` }
  }
  return { ...base, status: 'cannot-verify', code: failure.code, message: failure.message }
}

type HeaderRead =
  | { ok: true; header: ProtectedHeaderParameters }
  | { ok: false; code: 'malformed-token' | 'encrypted-token'; message: string }

/** Reads the protected header with jose (it does not verify anything). */
function readHeader(compact: string): HeaderRead {
  if (compact === '') return { ok: false, code: 'malformed-token', message: 'no token given' }
  const parts = compact.split('.').length
  if (parts === 5) return { ok: false, code: 'encrypted-token', message: 'this is an encrypted token (JWE, 5 parts): it has no signature to verify' }
  if (parts !== 3) return { ok: false, code: 'malformed-token', message: `a signed token has 3 parts separated by dots; this has ${parts}` }
  try {
    return { ok: true, header: decodeProtectedHeader(compact) }
  } catch (error) {
    return { ok: false, code: 'malformed-token', message: `the header cannot be read: ${describeError(error).message}` }
  }
}
