/**
 * Checks a compact JWS signature (RFC 7515 §5.2) with the key a person pasted. The token's header
 * "alg" picks the algorithm; the key must fit it or we refuse and say why. Signature only: it never
 * judges exp/nbf/iat (see claims.ts), so an expired token with a good signature is "verified".
 */
import { compactVerify, decodeProtectedHeader, flattenedVerify, type CryptoKey, type KeyObject, type ProtectedHeaderParameters } from 'jose'
import { algorithmInfo, isSymmetric } from './algorithms'
import { decodeSegment, findSegmentProblem } from './base64url'
import { decodeToken, type SegmentIndex } from './decode'
import { derInsteadOfRaw } from './ecdsa-signature'
import { describeError, type DescribedError } from './errors'
import { isJweAlgorithm } from './jwe-algorithms'
import { sharedKeyCache, type KeyCache } from './key-cache'
import { recognizeKey } from './key-format'
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
  /**
   * For a token whose payload part is empty (detached, RFC 7515 Appendix F): the payload as it would stand
   * between the dots, base64url or, with "b64": false, the text itself (RFC 7797 §3). Without it, such a
   * token cannot be verified.
   */
  detachedPayload?: string
}

/** Verifies the signature of `token` with `keyText`; never checks claims, never throws. */
export async function verifySignature(token: string, keyText: string, options: VerifyOptions): Promise<VerifyResult> {
  const compact = token.trim()
  const parsed = readHeader(compact)
  if (!parsed.ok) return { status: 'cannot-verify', code: parsed.code, message: parsed.message, warnings: [] }
  const { alg, kid } = parsed.header
  const [protectedPart = '', payloadPart = '', signaturePart = ''] = compact.split('.')
  if (typeof alg !== 'string' || alg === '') {
    return { status: 'cannot-verify', code: 'no-alg', message: 'the header has no "alg", so there is no algorithm to verify with (RFC 7515 §4.1.1)', warnings: [] }
  }
  if (alg.toLowerCase() === 'none') return { status: 'unsigned', alg, message: unsignedMessage(alg, signaturePart), warnings: [] }
  if (!algorithmInfo(alg)) {
    if (isJweAlgorithm(alg)) {
      const message = `"${alg}" is a JWE key-management algorithm (RFC 7518 §4.1): this header is an encrypted token's, which has no signature to verify`
      return { status: 'cannot-verify', alg, code: 'encrypted-token', message, warnings: [] }
    }
    return { status: 'cannot-verify', alg, code: 'unknown-alg', message: `"${alg}" is not a JWS signing algorithm this tool knows`, warnings: [] }
  }
  // Checked before any key: an HS256 token with its signature cut off is refused whatever the key.
  if (signaturePart === '') {
    return { status: 'invalid', alg, message: 'the token has no signature (its third part is empty): it may have been stripped, and a verifier must reject it (RFC 7515 §5.2)', warnings: [] }
  }
  const detached = payloadPart === ''
  if (detached && options.detachedPayload === undefined) {
    const message = 'the payload is detached (its part is empty, RFC 7515 Appendix F): it travels apart from the token, so the signature cannot be checked here without it'
    return { status: 'cannot-verify', alg, code: 'detached-payload', message, warnings: [] }
  }
  // An unencoded payload (RFC 7797) is any text without dots; every other part must be base64url.
  const problem = segmentProblemMessage(compact, parsed.header.b64 === false || detached ? [2] : [1, 2])
  if (problem !== null) return { status: 'cannot-verify', alg, code: 'malformed-token', message: problem, warnings: [] }
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
  // Extensions the header marks critical that jose does not know: the signature is still checked (jose is told
  // they are understood), and a warning says a real verifier must reject the token (RFC 7515 §4.1.11).
  const unknownCrit = unknownCriticalNames(parsed.header)
  const verifyOptions = unknownCrit.length > 0 ? { crit: Object.fromEntries(unknownCrit.map((name) => [name, true])) } : {}
  const critWarnings = unknownCrit.map(
    (name) => `the header marks "${name}" as critical (crit): a verifier that does not implement the "${name}" extension must reject this token, whatever its signature (RFC 7515 §4.1.11)`,
  )
  const base = { alg, keyNote: prepared.note, warnings: [...prepared.warnings, ...critWarnings] }
  const check = (key: CryptoKey | KeyObject | Uint8Array) =>
    detached
      ? flattenedVerify({ protected: protectedPart, payload: options.detachedPayload ?? '', signature: signaturePart }, key, verifyOptions)
      : compactVerify(compact, key, verifyOptions)
  let failure: DescribedError = { code: 'no-key', message: 'no key to try' }
  for (const candidate of prepared.candidates) {
    try {
      await check(candidate.key)
      const keyNote = prepared.candidates.length > 1 ? `${prepared.note} Verified with ${candidate.source}.` : prepared.note
      return { ...base, status: 'verified', keyNote, ...(candidate.kid === undefined ? {} : { kid: candidate.kid }), message: `signature verified (${alg})` }
    } catch (error) {
      failure = describeError(error)
      if (failure.code !== 'ERR_JWS_SIGNATURE_VERIFICATION_FAILED') break
    }
  }
  if (failure.code === 'ERR_JWS_SIGNATURE_VERIFICATION_FAILED') {
    const tried = prepared.candidates.length > 1 ? ` (tried ${prepared.candidates.length} keys)` : ''
    const hint = detached ? DETACHED_MISMATCH : derHint(alg, signaturePart) || (await secretHint(keyText, alg, options.encoding, cache, check))
    return { ...base, status: 'invalid', message: `${failure.message}${tried}${hint}` }
  }
  return { ...base, status: 'cannot-verify', code: failure.code, message: failure.message }
}

/**
 * For an HMAC secret that does not verify: whether it would, read in the other encoding or without the spaces
 * and line breaks around it (a copy often brings them along). Both are easy mistakes, and silent ones: the
 * bytes differ, so the signature does.
 */
async function secretHint(
  keyText: string,
  alg: string,
  encoding: SecretEncoding,
  cache: KeyCache,
  check: (key: CryptoKey | KeyObject | Uint8Array) => Promise<unknown>,
): Promise<string> {
  if (!isSymmetric(alg) || recognizeKey(keyText).kind !== 'secret') return ''
  const verifiesWith = async (text: string, as: SecretEncoding) => {
    const prepared = await cache.prepare(text, alg, 'verify', { encoding: as })
    const key = prepared.ok ? prepared.candidates[0]?.key : undefined
    return key !== undefined && (await check(key).then(() => true, () => false))
  }
  const other: SecretEncoding = encoding === 'utf8' ? 'base64url' : 'utf8'
  if (await verifiesWith(keyText, other)) {
    return `. It verifies when the secret is read as ${other === 'utf8' ? 'UTF-8 text' : 'base64url'}: choose that under "Secret encoding"`
  }
  const trimmed = keyText.trim()
  if (trimmed !== keyText && (await verifiesWith(trimmed, encoding))) {
    return '. It verifies without the spaces or line breaks around the secret, which a copy often brings along: remove them'
  }
  return ''
}

/** Extensions jose implements itself: "b64" (RFC 7797). */
const KNOWN_CRITICAL = new Set(['b64'])

/** Names in a well-formed "crit" list that jose does not implement; a malformed list is jose's to refuse. */
function unknownCriticalNames(header: ProtectedHeaderParameters): string[] {
  const { crit } = header
  if (!Array.isArray(crit) || !crit.every((name) => typeof name === 'string' && name !== '')) return []
  return crit.filter((name) => !KNOWN_CRITICAL.has(name))
}

/** A detached payload that does not verify is most often other bytes than those signed. */
const DETACHED_MISMATCH = '. With a detached payload, this also happens when the payload given is not exactly the one signed: spaces, line ends and its form (content or base64url) all count'

/** alg none: no signature to check, and RFC 7518 §3.6 says there must be none at all. */
function unsignedMessage(alg: string, signaturePart: string): string {
  const casing = alg === 'none' ? '' : ` ("${alg}" is not even the registered spelling "none", a trick used to slip past filters)`
  if (signaturePart === '') {
    return `alg "none": the token has no signature, so nothing can vouch for it${casing}. Never accept unsigned tokens (RFC 8725 §3.1).`
  }
  const size = findSegmentProblem(signaturePart) === null ? `a ${decodeSegment(signaturePart).length}-byte signature` : 'a signature'
  return `alg "none", yet the token carries ${size}, which RFC 7518 §3.6 forbids: nothing checks those bytes${casing}. A signed token whose alg was changed to none looks like this; never accept it (RFC 8725 §3.1).`
}

/** Why a part is not base64url, in the decoder's words (which name the part and the character), or null. */
function segmentProblemMessage(compact: string, indexes: readonly SegmentIndex[]): string | null {
  const parts = compact.split('.')
  if (!indexes.some((index) => findSegmentProblem(parts[index] ?? '') !== null)) return null
  return decoderMessage(compact, indexes) ?? 'a part of the token is not base64url'
}

/** The decoder's first error about one of `indexes`, starting lower-case to follow "Cannot verify: ". */
function decoderMessage(compact: string, indexes: readonly SegmentIndex[]): string | null {
  const error = decodeToken(compact).errors.find((e) => e.segment !== null && indexes.includes(e.segment))
  return error ? error.message.charAt(0).toLowerCase() + error.message.slice(1) : null
}

/** For an ECDSA mismatch: a DER-encoded signature is the usual cause, and easy to fix once named. */
function derHint(alg: string, signaturePart: string): string {
  const raw = derInsteadOfRaw(alg, decodeSegment(signaturePart))
  if (raw === null) return ''
  return `. This ${alg} signature looks DER-encoded (an ASN.1 SEQUENCE, as OpenSSL and Java write it): JWS ECDSA signatures are the ${raw}-byte R‖S form (RFC 7518 §3.4)`
}

type HeaderRead =
  | { ok: true; header: ProtectedHeaderParameters }
  | { ok: false; code: 'malformed-token' | 'encrypted-token'; message: string }

/** Reads the protected header with jose (it does not verify anything); explains a failure in the decoder's words. */
function readHeader(compact: string): HeaderRead {
  if (compact === '') return { ok: false, code: 'malformed-token', message: 'no token given' }
  const parts = compact.split('.').length
  if (parts === 5) {
    const message = "this is an encrypted token (JWE, 5 parts, RFC 7516): it has no signature to verify, and its payload cannot be read without the recipient's private key"
    return { ok: false, code: 'encrypted-token', message }
  }
  if (parts !== 3) return { ok: false, code: 'malformed-token', message: `a signed token has 3 parts separated by dots; this has ${parts}` }
  // jose's own words ("Invalid Token or Protected Header formatting") name no part: the decoder's do.
  const problem = segmentProblemMessage(compact, [0])
  if (problem !== null) return { ok: false, code: 'malformed-token', message: problem }
  try {
    return { ok: true, header: decodeProtectedHeader(compact) }
  } catch {
    return { ok: false, code: 'malformed-token', message: decoderMessage(compact, [0]) ?? 'the header is not a JSON object' }
  }
}
