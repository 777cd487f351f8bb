/**
 * Turns key text into WebCrypto keys for one algorithm and one use (sign or verify), after checking
 * that the key fits the algorithm, so a mismatch gets a clear reason instead of a jose TypeError.
 * It does not sign or verify, and it does not cache: see key-cache.ts.
 */
import { importJWK, importPKCS8, importSPKI, importX509, type JWK } from 'jose'
import { algorithmInfo, type AlgorithmInfo } from './algorithms'
import { describeError } from './errors'
import { recognizeKey, type KeyType, type RecognizedJwk, type RecognizedKey } from './key-format'
import { derToPem, pkcs1PrivateToPkcs8, pkcs1PublicToSpki, rsaPssPkcs8ToPkcs8, rsaPssSpkiToSpki, sec1ToPkcs8, spkiOfCertificate } from './pem'
import { decodeSegment, findSegmentProblem } from './base64url'

export const SECRET_ENCODINGS = ['utf8', 'base64url'] as const
/** How an HMAC secret's text becomes bytes: as UTF-8, or decoded from base64url (standard base64 accepted). */
export type SecretEncoding = (typeof SECRET_ENCODINGS)[number]

export type KeyUsage = 'sign' | 'verify'

/** Why a key could not be prepared; cannot-verify results carry one of these as `code`. */
export const KEY_PROBLEMS = [
  'unknown-alg',
  'no-key',
  'malformed-key',
  'unsupported-key',
  'bad-secret',
  'alg-confusion',
  'wrong-key-type',
  'needs-private-key',
  'key-too-small',
  'jwk-not-for-this-use',
  'no-matching-kid',
  'no-matching-key',
  'ambiguous-key',
  'cannot-derive-public-key',
  'import-failed',
] as const
export type KeyProblem = (typeof KEY_PROBLEMS)[number]

/** A key ready for jose, and where it came from. */
export interface KeyCandidate {
  key: CryptoKey
  kid?: string
  /** "JWKS key \"k2\" (RSA 2048-bit)". */
  source: string
}

export type PrepareKeyResult =
  | {
      ok: true
      /** More than one only for a JWKS without a usable kid: verifiers try each. */
      candidates: readonly KeyCandidate[]
      /** What was recognised, which key was picked and why. */
      note: string
      warnings: readonly string[]
    }
  | { ok: false; code: KeyProblem; message: string; note?: string }

export interface PrepareKeyOptions {
  encoding: SecretEncoding
  /** The token header's kid, used to pick a key from a JWKS (RFC 7515 §4.1.4). */
  kid?: string
}

/** Recognises `keyText` and imports it for `alg` and `usage`; never throws, never caches. */
export async function prepareKey(keyText: string, alg: string, usage: KeyUsage, options: PrepareKeyOptions): Promise<PrepareKeyResult> {
  const info = algorithmInfo(alg)
  if (!info) return { ok: false, code: 'unknown-alg', message: `"${alg}" is not an algorithm this tool knows` }
  const recognized = recognizeKey(keyText)
  const early = refuseEarly(recognized, info)
  if (early) return early
  try {
    if (info.family === 'HMAC') return await prepareHmac(keyText, recognized, info, usage, options)
    return await prepareAsymmetric(keyText, recognized, info, usage, options)
  } catch (error) {
    // Expected failures are results already; this is the net for anything WebCrypto throws besides.
    return { ok: false, code: 'import-failed', message: `the key could not be used for ${alg}: ${describeError(error).message}`, note: recognized.label }
  }
}

function refuseEarly(recognized: RecognizedKey, info: AlgorithmInfo): PrepareKeyResult | undefined {
  switch (recognized.kind) {
    case 'empty':
      return { ok: false, code: 'no-key', message: info.family === 'HMAC' ? 'no key given: enter the shared secret' : 'no key given' }
    case 'malformed-pem':
      return { ok: false, code: 'malformed-key', message: `PEM does not parse: ${recognized.problem}` }
    case 'malformed-json':
      return { ok: false, code: 'malformed-key', message: `the JSON does not parse: ${recognized.problem}` }
    case 'not-a-key':
      return { ok: false, code: 'malformed-key', message: `this JSON is not a key: ${recognized.problem}` }
    case 'unsupported':
      return { ok: false, code: 'unsupported-key', message: `${recognized.label}: ${recognized.problem}` }
    default:
      return undefined
  }
}

// ---- HMAC (RFC 7518 §3.2) ----

async function prepareHmac(
  keyText: string,
  recognized: RecognizedKey,
  info: AlgorithmInfo,
  usage: KeyUsage,
  options: PrepareKeyOptions,
): Promise<PrepareKeyResult> {
  if (recognized.kind === 'jwk-secret' || recognized.kind === 'jwks') return prepareFromJwks(recognized, info, usage, options)
  if (recognized.kind !== 'secret') return { ok: false, code: 'alg-confusion', message: hmacConfusionMessage(recognized, info) }
  const decoded = decodeSecret(keyText, options.encoding)
  if (!decoded.ok) return { ok: false, code: 'bad-secret', message: decoded.message }
  const note = `HMAC secret: ${plural(decoded.bytes.length, 'byte')} (${options.encoding === 'utf8' ? 'UTF-8 text' : 'decoded from base64url'})`
  const hmac = await hmacKey(decoded.bytes, info, usage)
  if (!hmac.ok) return hmac
  return { ok: true, candidates: [{ key: hmac.key, source: note }], note, warnings: hmac.warnings }
}

const HMAC_HASH: Readonly<Record<number, string>> = { 32: 'SHA-256', 48: 'SHA-384', 64: 'SHA-512' }

/** Imports secret bytes as a WebCrypto HMAC key; WebCrypto takes any non-zero length (RFC 2104 §3). */
async function hmacKey(
  bytes: Uint8Array,
  info: AlgorithmInfo,
  usage: KeyUsage,
): Promise<{ ok: true; key: CryptoKey; warnings: string[] } | { ok: false; code: KeyProblem; message: string }> {
  if (bytes.length === 0) return { ok: false, code: 'no-key', message: 'the secret is empty (zero bytes)' }
  const hashBytes = info.hashBytes ?? 32
  const warnings =
    bytes.length < hashBytes
      ? [`the secret is ${plural(bytes.length, 'byte')}; ${info.alg} needs at least ${hashBytes} (RFC 7518 §3.2), so it is easier to guess`]
      : []
  const algorithm = { name: 'HMAC', hash: HMAC_HASH[hashBytes] ?? 'SHA-256' }
  const key = await crypto.subtle.importKey('raw', bytes as Uint8Array<ArrayBuffer>, algorithm, false, [usage])
  return { ok: true, key, warnings }
}

function hmacConfusionMessage(recognized: RecognizedKey, info: AlgorithmInfo): string {
  const what = recognized.visibility === 'private' ? 'a private key' : recognized.kind === 'jwks' ? 'a JWKS' : 'a public key'
  return (
    `${info.alg} needs a shared secret, but this is ${what} (${recognized.label}). ` +
    'Using a PEM or JWK key as an HMAC secret is the algorithm-confusion attack: anyone with the public key ' +
    'could forge tokens, so we refuse (RFC 8725 §2.1 and §3.1: the key decides the algorithm, not the token).'
  )
}

/** Text to secret bytes; base64url also accepts standard base64, with or without padding (RFC 4648 §4, §5). Does not judge the length. */
export function decodeSecret(text: string, encoding: SecretEncoding): { ok: true; bytes: Uint8Array } | { ok: false; message: string } {
  if (encoding === 'utf8') return { ok: true, bytes: new TextEncoder().encode(text) }
  const normalized = text.replace(/\s+/g, '').replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')
  const bad = /[^A-Za-z0-9_-]/.exec(normalized)
  if (bad) return { ok: false, message: `the secret is not base64url: "${bad[0]}" at position ${bad.index + 1} (switch the encoding to UTF-8 if it is plain text)` }
  if (normalized.length % 4 === 1) return { ok: false, message: 'the secret is not base64url: its length cannot come from any bytes (a character missing?)' }
  const binary = atob(normalized.replace(/-/g, '+').replace(/_/g, '/'))
  return { ok: true, bytes: Uint8Array.from(binary, (c) => c.charCodeAt(0)) }
}

// ---- asymmetric keys ----

async function prepareAsymmetric(keyText: string, recognized: RecognizedKey, info: AlgorithmInfo, usage: KeyUsage, options: PrepareKeyOptions): Promise<PrepareKeyResult> {
  if (recognized.kind === 'secret') {
    const derHint = /^MI[I-K]/.test(keyText.trim()) ? ' (it looks like base64 DER without its "-----BEGIN …-----" lines: paste the whole PEM)' : ''
    return { ok: false, code: 'wrong-key-type', message: `${info.alg} needs ${withArticle(info.keyLabel)} key (PEM or JWK); this is plain text, which only HMAC (HS256/384/512) uses as a secret${derHint}` }
  }
  if (recognized.kind === 'jwks') return prepareFromJwks(recognized, info, usage, options)
  const { keyType, visibility } = recognized
  if (!keyType || !visibility) return { ok: false, code: 'malformed-key', message: `${recognized.label} is not a key` }
  const mismatch = keyTypeProblem(keyType, info)
  if (mismatch) return { ok: false, code: mismatch.code, message: mismatch.message, note: recognized.label }
  if (usage === 'sign' && visibility === 'public') {
    return { ok: false, code: 'needs-private-key', message: `signing needs the private key; this is a public key (${recognized.label})`, note: recognized.label }
  }
  if (recognized.jwk) {
    const useProblem = jwkUseProblem(recognized.jwk, info, usage)
    if (useProblem) return useProblem
    const memberProblem = jwkMemberProblem(recognized.jwk)
    if (memberProblem) return { ok: false, code: 'malformed-key', message: memberProblem, note: recognized.label }
  }
  try {
    const imported = await importRecognized(recognized, info.alg, usage)
    const sized = sizeProblem(imported.key, info)
    if (sized) return { ...sized, note: recognized.label }
    const notes = [
      ...(keyType.pssOnly ? [`an RSASSA-PSS key (OID id-RSASSA-PSS): WebCrypto imports only plain RSA keys, so the same RSA key was re-wrapped as one for ${info.alg}`] : []),
      ...(imported.derived ? ['a private key was given; verifying needs the public key, so we derived it'] : []),
    ]
    const note = notes.length > 0 ? `${recognized.label}: ${notes.join('; ')}` : recognized.label
    const warnings = [...pssWarnings(keyType, info), ...(recognized.jwk ? kidWarnings(recognized.jwk, options.kid) : [])]
    return { ok: true, candidates: [{ key: imported.key, source: recognized.label }], note, warnings }
  } catch (error) {
    const { message } = describeError(error)
    return { ok: false, code: 'import-failed', message: `the key could not be imported for ${info.alg}: ${message}`, note: recognized.label }
  }
}

/** Why `keyType` cannot be used with `info.alg`, or undefined when it can (RFC 7518 §3, RFC 8037 §3.1); imports nothing. */
export function keyTypeProblem(keyType: KeyType, info: AlgorithmInfo): { code: KeyProblem; message: string } | undefined {
  const needs = `${info.alg} needs ${withArticle(info.keyLabel)} key`
  const confusion = ' Using a key with an algorithm it was not made for is what algorithm-confusion attacks exploit (RFC 8725 §2.1, §3.1).'
  const fits = (() => {
    switch (info.family) {
      case 'RSA':
      case 'RSA-PSS':
        return keyType.kty === 'RSA'
      case 'ECDSA':
        return keyType.kty === 'EC' && keyType.crv === info.curve
      case 'EdDSA':
        return keyType.kty === 'OKP' && keyType.crv === 'Ed25519'
      case 'ML-DSA':
        return keyType.kty === 'AKP' && keyType.crv === info.alg
      case 'HMAC':
        return keyType.kty === 'oct'
    }
  })()
  if (fits) {
    if (keyType.pssOnly && info.family === 'RSA') {
      return { code: 'wrong-key-type', message: `this RSA key is restricted to RSA-PSS (its OID is id-RSASSA-PSS); ${info.alg} uses PKCS#1 v1.5` }
    }
    const pinned = keyType.pssHashes?.hash
    if (pinned !== undefined && pinned !== PSS_HASH[info.alg]) {
      return { code: 'wrong-key-type', message: `this RSA-PSS key is restricted to ${pinned} by its parameters (RFC 4055 §3.1); ${info.alg} uses ${PSS_HASH[info.alg] ?? 'another hash'}` }
    }
    if (keyType.kty === 'RSA' && keyType.bits !== undefined && info.minModulusBits !== undefined && keyType.bits < info.minModulusBits) {
      return { code: 'key-too-small', message: tooSmall(keyType.bits, info) }
    }
    return undefined
  }
  if (keyType.kty === 'oct') {
    return { code: 'wrong-key-type', message: `this is an HMAC secret key (${keyType.label}); ${needs}.${confusion}` }
  }
  const sameFamily =
    (keyType.kty === 'EC' && info.family === 'ECDSA') || (keyType.kty === 'AKP' && info.family === 'ML-DSA')
  const special =
    keyType.crv === 'X25519' || keyType.crv === 'X448'
      ? ` (${keyType.crv} is for key agreement, not signatures)`
      : keyType.crv === 'Ed448'
        ? ' (Ed448 is not supported by WebCrypto in most browsers)'
        : keyType.crv === 'secp256k1'
          ? ' (secp256k1 belongs to ES256K, which WebCrypto does not support)'
          : ''
  return { code: 'wrong-key-type', message: `this is ${withArticle(keyType.label)} key; ${needs}${special}.${sameFamily ? '' : confusion}` }
}

/** The hash of each RSASSA-PSS alg; JWS uses it for MGF1 too (RFC 7518 §3.5). */
const PSS_HASH: Readonly<Record<string, string>> = { PS256: 'SHA-256', PS384: 'SHA-384', PS512: 'SHA-512' }

/**
 * An RSASSA-PSS key whose parameters name another MGF1 hash than JWS uses still verifies (keyTypeProblem
 * checked the main hash), but a strict signer such as OpenSSL would refuse it, so we say so.
 */
function pssWarnings(keyType: KeyType, info: AlgorithmInfo): string[] {
  const mgf1 = keyType.pssHashes?.mgf1Hash
  const hash = PSS_HASH[info.alg]
  if (mgf1 === undefined || hash === undefined || mgf1 === hash) return []
  return [
    `this RSA-PSS key's parameters name MGF1 with ${mgf1}, but ${info.alg} uses MGF1 with ${hash} (RFC 7518 §3.5); ` +
      `OpenSSL would refuse to sign ${info.alg} with this key (regenerate it with -pkeyopt rsa_pss_keygen_mgf1_md:${hash.replace('-', '').toLowerCase()})`,
  ]
}

function tooSmall(bits: number, info: AlgorithmInfo): string {
  return `this RSA key is ${bits}-bit; ${info.alg} needs at least ${info.minModulusBits} bits (RFC 7518 §3.3), and jose refuses smaller keys`
}

function sizeProblem(key: CryptoKey, info: AlgorithmInfo): { ok: false; code: KeyProblem; message: string } | undefined {
  const { modulusLength } = key.algorithm as Partial<RsaHashedKeyAlgorithm>
  if (modulusLength === undefined || info.minModulusBits === undefined || modulusLength >= info.minModulusBits) return undefined
  return { ok: false, code: 'key-too-small', message: tooSmall(modulusLength, info) }
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`
}

function withArticle(label: string): string {
  return `${/^(?:[AEIOU]|RSA|EC\b|Ed|ML|X\d|S\b)/i.test(label) ? 'an' : 'a'} ${label}`
}

/** Both names sign with Ed25519 keys (RFC 8037 §3.1, RFC 9864 §2.2), so a JWK marked with one serves the other. */
const ED25519_NAMES = new Set(['EdDSA', 'Ed25519'])

/** Refuses JWKs whose own "use", "key_ops" or "alg" rule out this operation (RFC 7517 §4.2–4.4). */
function jwkUseProblem(jwk: JWK, info: AlgorithmInfo, usage: KeyUsage): PrepareKeyResult | undefined {
  if (jwk.use !== undefined && jwk.use !== 'sig') {
    return { ok: false, code: 'jwk-not-for-this-use', message: `this JWK says "use": "${jwk.use}"; signatures need "sig" or no "use" (RFC 7517 §4.2)` }
  }
  // A private key marked "sign" still yields the public key that verifies.
  const isPrivate = typeof jwk.d === 'string' || typeof jwk.priv === 'string'
  const allowedOps = usage === 'verify' && isPrivate ? ['verify', 'sign'] : [usage]
  if (Array.isArray(jwk.key_ops) && !jwk.key_ops.some((op) => allowedOps.includes(op))) {
    return { ok: false, code: 'jwk-not-for-this-use', message: `this JWK's "key_ops" (${jwk.key_ops.join(', ')}) does not include "${usage}" (RFC 7517 §4.3)` }
  }
  if (jwk.alg !== undefined && jwk.alg !== info.alg && !(ED25519_NAMES.has(jwk.alg) && ED25519_NAMES.has(info.alg))) {
    return { ok: false, code: 'jwk-not-for-this-use', message: `this JWK is for "alg": "${jwk.alg}", but the token uses ${info.alg} (RFC 7517 §4.4)` }
  }
  return undefined
}

/** Members that hold key bytes as base64url (RFC 7518 §6, RFC 8037 §2, draft-ietf-cose-dilithium). */
const BYTE_MEMBERS = ['k', 'n', 'e', 'x', 'y', 'd', 'p', 'q', 'dp', 'dq', 'qi', 'pub', 'priv'] as const

/** Bytes in each coordinate and private key of a curve (RFC 7518 §6.2.1.2, §6.2.2.1; RFC 8037 §2). */
const CURVE_BYTES: Readonly<Record<string, number>> = { 'P-256': 32, 'P-384': 48, 'P-521': 66, Ed25519: 32 }

/**
 * Which member of a JWK cannot be key bytes, and why, in our words: WebCrypto's own ("could not be
 * base64url decoded", "Invalid keyData") vary by browser and do not name the member. Checks form and
 * curve sizes only, not the mathematics.
 */
function jwkMemberProblem(jwk: JWK): string | undefined {
  const size = typeof jwk.crv === 'string' ? CURVE_BYTES[jwk.crv] : undefined
  for (const member of BYTE_MEMBERS) {
    const value: unknown = (jwk as Record<string, unknown>)[member]
    if (value === undefined) continue
    const name = `the JWK member "${member}"`
    if (typeof value !== 'string') return `${name} must be a base64url string, not ${Array.isArray(value) ? 'an array' : value === null ? 'null' : `a ${typeof value}`}`
    const problem = findSegmentProblem(value)
    if (problem?.kind === 'padding') return `${name} ends with "=" padding (character ${problem.index + 1}): JWK members are base64url without padding (RFC 7515 §2)`
    if (problem?.kind === 'bad-char') {
      const plain = problem.char === '+' || problem.char === '/' ? ' (that is plain base64)' : ''
      return `${name} is not base64url: it has ${JSON.stringify(problem.char)} at character ${problem.index + 1}${plain}, and base64url uses only A-Z, a-z, 0-9, "-" and "_"`
    }
    if (problem?.kind === 'bad-length') return `${name} is not base64url: ${value.length} characters cannot come from any bytes (one missing or extra?)`
    if (size !== undefined && ['x', 'y', 'd'].includes(member)) {
      const bytes = decodeSegment(value).length
      if (bytes !== size) return `${name} holds ${plural(bytes, 'byte')}; on ${jwk.crv} it holds ${size} (RFC 7518 §6.2, RFC 8037 §2)`
    }
  }
  return undefined
}

/** JWK members that hold key material (RFC 7518 §6, RFC 8037 §2, draft-ietf-cose-dilithium); the rest is metadata. */
const PUBLIC_MEMBERS = ['kty', 'crv', 'n', 'e', 'x', 'y', 'pub', 'alg'] as const
const PRIVATE_MEMBERS = ['d', 'p', 'q', 'dp', 'dq', 'qi', 'priv'] as const

function keyMaterial(jwk: JWK, includePrivate: boolean): JWK {
  const members: readonly string[] = includePrivate ? [...PUBLIC_MEMBERS, ...PRIVATE_MEMBERS] : PUBLIC_MEMBERS
  const out: Record<string, unknown> = {}
  for (const member of members) {
    const value = (jwk as Record<string, unknown>)[member]
    if (value !== undefined) out[member] = value
  }
  // jose requires "alg" only on AKP keys; elsewhere it would be one more thing to disagree on.
  if (jwk.kty !== 'AKP') delete out.alg
  return out as JWK
}

async function importRecognized(recognized: RecognizedKey, alg: string, usage: KeyUsage): Promise<{ key: CryptoKey; derived: boolean }> {
  const der = recognized.der as Uint8Array
  const derivePublic = usage === 'verify' && recognized.visibility === 'private'
  // WebCrypto imports RSA keys only under rsaEncryption; an RSASSA-PSS key holds the same RSA key.
  const pss = recognized.keyType?.pssOnly === true
  switch (recognized.kind) {
    case 'pem-spki':
      return { key: await importSPKI(derToPem(pss ? rsaPssSpkiToSpki(der) : der, 'PUBLIC KEY'), alg), derived: false }
    case 'pem-pkcs1-public':
      return { key: await importSPKI(derToPem(pkcs1PublicToSpki(der), 'PUBLIC KEY'), alg), derived: false }
    case 'pem-x509':
      if (pss) return { key: await importSPKI(derToPem(rsaPssSpkiToSpki(spkiOfCertificate(der)), 'PUBLIC KEY'), alg), derived: false }
      return { key: await importX509(derToPem(der, 'CERTIFICATE'), alg), derived: false }
    case 'pem-pkcs8':
    case 'pem-pkcs1-private':
    case 'pem-sec1-private': {
      const pkcs8 =
        recognized.kind === 'pem-pkcs8' ? (pss ? rsaPssPkcs8ToPkcs8(der) : der) : recognized.kind === 'pem-pkcs1-private' ? pkcs1PrivateToPkcs8(der) : sec1ToPkcs8(der)
      const privateKey = await importPKCS8(derToPem(pkcs8, 'PRIVATE KEY'), alg, { extractable: derivePublic })
      if (!derivePublic) return { key: privateKey, derived: false }
      const exported = (await crypto.subtle.exportKey('jwk', privateKey)) as JWK
      return { key: await importPublicJwk(exported, alg), derived: true }
    }
    case 'jwk-public':
    case 'jwk-private': {
      const jwk = recognized.jwk as JWK
      if (derivePublic) return { key: await importPublicJwk(jwk, alg), derived: true }
      return { key: (await importJWK(keyMaterial(jwk, usage === 'sign'), alg)) as CryptoKey, derived: false }
    }
    default:
      throw new TypeError(`${recognized.label} cannot be imported`)
  }
}

/** The public half of a private JWK: every private key JWK also carries its public members. */
async function importPublicJwk(jwk: JWK, alg: string): Promise<CryptoKey> {
  return (await importJWK(keyMaterial(jwk, false), alg)) as CryptoKey
}

// ---- JWK Sets (RFC 7517 §5) ----

type PickResult = { ok: true; entries: readonly RecognizedJwk[]; note: string } | { ok: false; code: KeyProblem; message: string; note?: string }

/** Picks the JWKS entries for this token: by kid when it has one, else every entry that fits the alg. */
function pickJwk(recognized: RecognizedKey, info: AlgorithmInfo, usage: KeyUsage, kid: string | undefined): PickResult {
  if (recognized.kind !== 'jwks') {
    const entry = { jwk: recognized.jwk as JWK, visibility: recognized.visibility ?? 'public', keyType: recognized.keyType as KeyType }
    return { ok: true, entries: [entry], note: '' }
  }
  const all = recognized.keys ?? []
  const label = recognized.label
  if (all.length === 0) return { ok: false, code: 'no-matching-key', message: 'the JWKS has no keys', note: label }
  let pool = all
  let why: string
  if (kid !== undefined) {
    pool = all.filter((entry) => entry.kid === kid)
    if (pool.length === 0) return { ok: false, code: 'no-matching-kid', message: `the JWKS has no key with kid "${kid}" (${kidsOf(all)})`, note: label }
    why = "matches the token's kid"
  } else {
    why = 'the token has no kid'
  }
  const fitting = pool.filter((entry) => !keyTypeProblem(entry.keyType, info) && (usage === 'verify' || entry.visibility !== 'public'))
  if (fitting.length === 0) {
    const [first] = pool
    if (info.family === 'HMAC' && pool.every((entry) => entry.keyType.kty !== 'oct')) {
      return { ok: false, code: 'alg-confusion', message: hmacConfusionMessage(recognized, info), note: label }
    }
    if (first && pool.length === 1) {
      const problem = keyTypeProblem(first.keyType, info)
      const which = kid !== undefined ? `key ${describeEntry(first)} matches the token's kid, but` : `the token has no kid and the JWKS's only key ${describeEntry(first)} does not fit:`
      if (problem) return { ok: false, code: problem.code, message: `${which} ${problem.message}`, note: label }
      return { ok: false, code: 'needs-private-key', message: `signing needs the private key; key ${describeEntry(first)} is a public key`, note: label }
    }
    const needs = usage === 'sign' ? `a private ${info.keyLabel} key` : `${withArticle(info.keyLabel)} key`
    return { ok: false, code: 'no-matching-key', message: `the JWKS has no ${needs} for ${info.alg} (it has: ${all.map(describeEntry).join(', ')})`, note: label }
  }
  const picked =
    fitting.length === 1 ? `picked key ${describeEntry(fitting[0] as RecognizedJwk)} (${kid !== undefined ? why : `${why}; it is the only one that fits ${info.alg}`})` : `${why}; ${fitting.length} keys fit ${info.alg}, trying each`
  return { ok: true, entries: fitting, note: `${label}: ${picked}. ` }
}

/** "it has: k1, k2", and how many keys have no kid: a list of "(no kid)" says nothing. */
function kidsOf(entries: readonly RecognizedJwk[]): string {
  const kids = entries.flatMap((entry) => (entry.kid === undefined ? [] : [entry.kid]))
  const without = entries.length - kids.length
  if (kids.length === 0) return entries.length === 1 ? 'its only key has no kid' : `none of its ${entries.length} keys has a kid`
  return `it has: ${kids.join(', ')}${without > 0 ? `, and ${plural(without, 'key')} without one` : ''}`
}

/**
 * A single JWK is tried whatever its kid (only a JWKS is picked from by kid), so a kid that differs from
 * the token's does not stop it; it may still be the wrong key, so say so.
 */
function kidWarnings(jwk: JWK, tokenKid: string | undefined): string[] {
  if (tokenKid === undefined || typeof jwk.kid !== 'string' || jwk.kid === tokenKid) return []
  return [`the token's kid is "${tokenKid}" but this JWK's is "${jwk.kid}": a single key is tried whatever its kid, so check that it is the key you meant`]
}

function describeEntry(entry: RecognizedJwk): string {
  return entry.kid !== undefined ? `"${entry.kid}" (${entry.keyType.label})` : `(no kid, ${entry.keyType.label})`
}

async function prepareFromJwks(recognized: RecognizedKey, info: AlgorithmInfo, usage: KeyUsage, options: PrepareKeyOptions): Promise<PrepareKeyResult> {
  const picked = pickJwk(recognized, info, usage, options.kid)
  if (!picked.ok) return picked
  if (usage === 'sign' && picked.entries.length > 1) {
    return { ok: false, code: 'ambiguous-key', message: `${picked.entries.length} private keys in the JWKS fit ${info.alg}; add a "kid" to the header to choose one`, note: picked.note.trim() }
  }
  const single = recognized.kind !== 'jwks'
  const candidates: KeyCandidate[] = []
  const warnings: string[] = []
  const failures: { code: KeyProblem; message: string }[] = []
  for (const entry of picked.entries) {
    const imported = await importJwkEntry(entry, info, usage)
    if (!imported.ok) {
      failures.push({ code: imported.code, message: single ? imported.message : `key ${describeEntry(entry)}: ${imported.message}` })
      continue
    }
    const source = single ? recognized.label : `JWKS key ${describeEntry(entry)}`
    candidates.push({ key: imported.key, ...(entry.kid === undefined ? {} : { kid: entry.kid }), source })
    warnings.push(...imported.warnings)
  }
  if (single && recognized.jwk) warnings.push(...kidWarnings(recognized.jwk, options.kid))
  const note = picked.note.trim() || recognized.label
  // A JWKS is what an issuer publishes: private members in it would publish the private keys too.
  const privateEntries = recognized.kind === 'jwks' ? (recognized.keys ?? []).filter((entry) => entry.visibility === 'private') : []
  if (usage === 'verify' && privateEntries.length > 0) {
    warnings.push(`the JWKS holds private key members ("d"…) in ${privateEntries.map(describeEntry).join(', ')}: a published JWKS must hold public keys only (RFC 7517 §5)`)
  }
  const [firstFailure] = failures
  if (candidates.length === 0 && firstFailure) {
    if (failures.length === 1) return { ok: false, ...firstFailure, note }
    return { ok: false, code: 'import-failed', message: `no usable key in the JWKS: ${failures.map((f) => f.message).join('; ')}`, note }
  }
  return { ok: true, candidates, note, warnings: [...warnings, ...failures.map((f) => f.message)] }
}

/** Imports one JWK for `info.alg`: oct keys as HMAC keys, others through jose without their metadata. */
async function importJwkEntry(
  entry: RecognizedJwk,
  info: AlgorithmInfo,
  usage: KeyUsage,
): Promise<{ ok: true; key: CryptoKey; warnings: string[] } | { ok: false; code: KeyProblem; message: string }> {
  const useProblem = jwkUseProblem(entry.jwk, info, usage)
  if (useProblem && !useProblem.ok) return useProblem
  const memberProblem = jwkMemberProblem(entry.jwk)
  if (memberProblem) return { ok: false, code: 'malformed-key', message: memberProblem }
  try {
    if (entry.keyType.kty === 'oct') return await hmacKey(decodeSegment((entry.jwk as { k: string }).k), info, usage)
    // Verifying with a private JWK uses its public members: every private JWK carries them.
    const key = (await importJWK(keyMaterial(entry.jwk, usage === 'sign'), info.alg)) as CryptoKey
    const sized = sizeProblem(key, info)
    return sized ?? { ok: true, key, warnings: [] }
  } catch (error) {
    return { ok: false, code: 'import-failed', message: `the key could not be imported for ${info.alg}: ${describeError(error).message}` }
  }
}

// ---- feature detection ----

/** Families every WebCrypto has had since 2017; probing them would only cost time (RSA keygen is slow). */
const ALWAYS_SUPPORTED = new Set(['HMAC', 'RSA', 'RSA-PSS', 'ECDSA'])

// The one piece of module state here: support answers never change within a page, so they are
// cached for its lifetime. The Map holds promises so concurrent callers share one probe.
const supportProbes = new Map<string, Promise<boolean>>()

/** Whether this runtime's WebCrypto can sign and verify with `alg` (Ed25519 and ML-DSA vary); cached, never throws. */
export function supportsAlgorithm(alg: string): Promise<boolean> {
  const info = algorithmInfo(alg)
  if (!info) return Promise.resolve(false)
  if (ALWAYS_SUPPORTED.has(info.family)) return Promise.resolve(true)
  const name = info.family === 'EdDSA' ? 'Ed25519' : info.alg
  let probe = supportProbes.get(name)
  if (!probe) {
    probe = crypto.subtle.generateKey({ name }, false, ['sign', 'verify']).then(
      () => true,
      () => false,
    )
    supportProbes.set(name, probe)
  }
  return probe
}
