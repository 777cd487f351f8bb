import { algorithmInfo, type AlgorithmFamily } from './algorithms'
import { decodeSegment, encodeSegment, findSegmentProblem } from './base64url'
import { readHmacSecret } from './hmac-secret'
import { toHex } from '@/lib/hex'

/**
 * Learn mode: a compact JWS rebuilt step by step from the bytes of the token on screen (RFC 7515 section 5.1
 * and Appendix A.1), each step's output feeding the next. It re-signs nothing except an HMAC the user holds
 * the secret for, and it never verifies asymmetric signatures (it has no public key).
 */

/**
 * Bytes shown three ways, as RFC 7515 Appendix A prints them (decimal array) and as hex. The hex and decimal
 * forms are made when read: a 1 MB token's would be megabytes of strings, of which learn mode shows the start.
 */
export interface ByteView {
  bytes: Uint8Array
  /** Lowercase, two digits per byte, no separators. */
  readonly hex: string
  readonly decimal: number[]
  length: number
}

/** Where plain base64 (RFC 4648 §4) and base64url (RFC 4648 §5, unpadded per RFC 7515 §2) differ. */
export type Base64Difference =
  | { kind: 'plus-to-minus'; index: number; base64: '+'; base64url: '-' }
  | { kind: 'slash-to-underscore'; index: number; base64: '/'; base64url: '_' }
  | { kind: 'padding-removed'; index: number; count: number }
  /** The token's last character carries unused bits that a canonical encoder sets to zero. */
  | { kind: 'non-canonical'; index: number; base64: string; base64url: string }

export interface EncodedPartStep {
  kind: 'header' | 'payload'
  /** The segment's bytes read as UTF-8, exactly as signed: CRLF, spaces and key order kept. */
  text: string
  /** False when the bytes are not valid UTF-8 (text then shows U+FFFD where they break). */
  utf8: boolean
  json: { ok: true; value: unknown } | { ok: false }
  bytes: ByteView
  /** Standard base64 of the same bytes: with padding, + and /. */
  base64: string
  /** The segment as it appears in the token. */
  base64url: string
  differences: Base64Difference[]
  output: string
}

export interface SigningInputStep {
  kind: 'signing-input'
  /** ASCII(BASE64URL(UTF8(JWS Protected Header)) || '.' || BASE64URL(JWS Payload)), RFC 7515 §5.1 step 5. */
  text: string
  /** Its ASCII bytes: these, not the JSON, are what gets signed. */
  bytes: ByteView
  output: string
}

export interface SignatureBytes extends ByteView {
  base64url: string
  bits: number
}

interface SignatureStepBase {
  kind: 'signature'
  alg: string | null
  /** The token's own signature segment, decoded. */
  tokenSignature: SignatureBytes
  explanation: string
  /** The computed signature when there is one (HMAC with a key), else the token's. */
  output: string
}

export type HmacHash = 'SHA-256' | 'SHA-384' | 'SHA-512'

export type SignatureStep =
  | (SignatureStepBase & {
      mode: 'hmac'
      hash: HmacHash
      computed: SignatureBytes
      matches: boolean
      /** Where the secret's bytes came from: the key field's text, or a JWK's "k". */
      secretSource: string
    })
  | (SignatureStepBase & { mode: 'hmac-needs-key'; hash: HmacHash })
  | (SignatureStepBase & { mode: 'hmac-bad-key'; hash: HmacHash })
  | (SignatureStepBase & {
      mode: 'asymmetric'
      family: Exclude<AlgorithmFamily, 'HMAC'>
      signedWith: string
      verifiedWith: string
    })
  | (SignatureStepBase & { mode: 'none'; signaturePresent: boolean })
  | (SignatureStepBase & { mode: 'unknown-alg' })

export interface TokenPart {
  role: 'header' | 'payload' | 'signature'
  text: string
  /** Offsets in `output`, end exclusive, so the UI can colour each part. */
  start: number
  end: number
}

export interface TokenStep {
  kind: 'token'
  parts: [TokenPart, TokenPart, TokenPart]
  output: string
  /** True when the rebuilt token is the token that came in (false when a computed HMAC differs). */
  matchesInput: boolean
}

export type LearnSteps = [EncodedPartStep, EncodedPartStep, SigningInputStep, SignatureStep, TokenStep]

export type SplitErrorCode = 'empty' | 'part-count' | 'jwe' | 'padding' | 'bad-char' | 'bad-length'

export interface SplitError {
  ok: false
  code: SplitErrorCode
  /** The segment at fault; null when the token as a whole is wrong. */
  segment: 0 | 1 | 2 | null
  /** Offset inside the segment, for padding and bad-char. */
  position?: number
  /** The same place as an offset in the string that was passed in. */
  tokenIndex?: number
  message: string
}

export type LearnResult = { ok: true; alg: string | null; steps: LearnSteps } | SplitError

/** The key field as the decoder has it: its text and how a plain-text secret is encoded (a JWK says itself). */
export interface LearnKey {
  text: string
  encoding: 'utf8' | 'base64url'
}

/**
 * Builds the five steps for `token`. With an HMAC alg and a key it recomputes the MAC with crypto.subtle;
 * it does not verify RSA/ECDSA/EdDSA/ML-DSA signatures and does not check claims.
 */
export async function buildLearnSteps(token: string, key?: LearnKey): Promise<LearnResult> {
  const split = splitCompact(token)
  if (!split.ok) return split
  const [headerSegment, payloadSegment, signatureSegment] = split.segments
  const header = encodedPartStep('header', headerSegment)
  const payload = encodedPartStep('payload', payloadSegment)
  const signingInputText = `${header.output}.${payload.output}`
  const signingInput: SigningInputStep = {
    kind: 'signing-input',
    text: signingInputText,
    bytes: byteView(new TextEncoder().encode(signingInputText)),
    output: signingInputText,
  }
  const alg = header.json.ok ? readMember(header.json.value, 'alg') : null
  const kid = header.json.ok ? readMember(header.json.value, 'kid') : null
  const signature = await signatureStep({ alg, headerIsJson: header.json.ok, kid }, signingInput.bytes.bytes, signatureSegment, key)
  const tokenStep = joinStep(header.output, payload.output, signature.output, split.trimmed)
  return { ok: true, alg, steps: [header, payload, signingInput, signature, tokenStep] }
}

// ---------------------------------------------------------------------------------------------------------
// Splitting, shared with tamperDemo (tamper.ts)

interface Split {
  ok: true
  segments: [string, string, string]
  /** The token without surrounding whitespace. */
  trimmed: string
  /** Where `trimmed` starts in the input. */
  offset: number
  /** Where each segment starts in `trimmed`. */
  starts: [number, number, number]
}

/** Splits a compact JWS into three base64url segments (RFC 7515 §7.1); does not decode them. */
export function splitCompact(token: string): Split | SplitError {
  const trimmed = token.trim()
  const offset = token.length - token.trimStart().length
  if (trimmed === '') return { ok: false, code: 'empty', segment: null, message: 'Paste a token first.' }
  const parts = trimmed.split('.')
  if (parts.length === 5) {
    return {
      ok: false,
      code: 'jwe',
      segment: null,
      message: 'Five parts: this is an encrypted JWE (RFC 7516), not a signed JWS. Learn mode follows signed tokens.',
    }
  }
  if (parts.length !== 3) {
    return {
      ok: false,
      code: 'part-count',
      segment: null,
      message: `A signed JWT has 3 parts separated by dots; this has ${parts.length}.`,
    }
  }
  const segments = parts as [string, string, string]
  const starts: [number, number, number] = [0, segments[0].length + 1, segments[0].length + segments[1].length + 2]
  for (const index of [0, 1, 2] as const) {
    const problem = findSegmentProblem(segments[index])
    if (problem === null) continue
    const name = SEGMENT_NAMES[index]
    if (problem.kind === 'bad-length') {
      return {
        ok: false,
        code: 'bad-length',
        segment: index,
        message: `The ${name} has ${segments[index].length} character${segments[index].length === 1 ? '' : 's'}; no bytes encode to a length of 4n+1.`,
      }
    }
    const position = problem.index
    const what = problem.kind === 'padding' ? "padding '=' (base64url in JWS has none, RFC 7515 §2)" : `'${problem.char}'`
    return {
      ok: false,
      code: problem.kind,
      segment: index,
      position,
      tokenIndex: offset + starts[index] + position,
      message: `The ${name} has ${what} at position ${position}; base64url allows only A–Z a–z 0–9 - _.`,
    }
  }
  return { ok: true, segments, trimmed, offset, starts }
}

const SEGMENT_NAMES = ['header', 'payload', 'signature'] as const

// ---------------------------------------------------------------------------------------------------------
// Steps 1–2

function encodedPartStep(kind: 'header' | 'payload', segment: string): EncodedPartStep {
  const bytes = decodeSegment(segment)
  const { text, utf8 } = decodeUtf8(bytes)
  const base64 = toBase64(bytes)
  return {
    kind,
    text,
    utf8,
    json: utf8 ? parseJson(text) : { ok: false },
    bytes: byteView(bytes),
    base64,
    base64url: segment,
    differences: base64Differences(base64, segment),
    output: segment,
  }
}

export function decodeUtf8(bytes: Uint8Array): { text: string; utf8: boolean } {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes), utf8: true }
  } catch {
    return { text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes), utf8: false }
  }
}

export function parseJson(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) as unknown }
  } catch {
    return { ok: false }
  }
}

/** Hex and decimal views of bytes, each made when it is read. */
export function byteView(bytes: Uint8Array): ByteView {
  return {
    bytes,
    length: bytes.length,
    get hex() {
      return toHex(bytes)
    },
    get decimal() {
      return Array.from(bytes)
    },
  }
}

/** Plain, padded base64 (RFC 4648 §4) through the platform's btoa, independent of the base64url codec. */
export function toBase64(bytes: Uint8Array): string {
  let binary = ''
  // apply, not spread: spreading a typed array walks its iterator, 10× slower on a 750 KB payload (~80 ms).
  for (let i = 0; i < bytes.length; i += 0x1000) {
    binary += String.fromCharCode.apply(null, bytes.subarray(i, i + 0x1000) as unknown as number[])
  }
  return btoa(binary)
}

/** Compares plain base64 with the token's base64url, character by character. */
export function base64Differences(base64: string, base64url: string): Base64Difference[] {
  const differences: Base64Difference[] = []
  const unpadded = base64.replace(/=+$/, '')
  const BLOCK = 1024
  for (let i = 0; i < base64url.length; i++) {
    // Skip alike blocks whole: a character loop over a 1 MB payload took ~40 ms in Chromium.
    if (i % BLOCK === 0 && unpadded.slice(i, i + BLOCK) === base64url.slice(i, i + BLOCK)) {
      i += BLOCK - 1
      continue
    }
    const a = unpadded[i] ?? ''
    const b = base64url[i] ?? ''
    if (a === b) continue
    if (a === '+' && b === '-') differences.push({ kind: 'plus-to-minus', index: i, base64: '+', base64url: '-' })
    else if (a === '/' && b === '_') differences.push({ kind: 'slash-to-underscore', index: i, base64: '/', base64url: '_' })
    else differences.push({ kind: 'non-canonical', index: i, base64: a, base64url: b })
  }
  const padding = base64.length - unpadded.length
  if (padding > 0) differences.push({ kind: 'padding-removed', index: unpadded.length, count: padding })
  return differences
}

// ---------------------------------------------------------------------------------------------------------
// Step 4

function readMember(header: unknown, name: 'alg' | 'kid'): string | null {
  if (header === null || typeof header !== 'object' || Array.isArray(header)) return null
  const value = (header as Record<string, unknown>)[name]
  return typeof value === 'string' ? value : null
}

function signatureBytes(bytes: Uint8Array): SignatureBytes {
  return { ...byteView(bytes), base64url: encodeSegment(bytes), bits: bytes.length * 8 }
}

const HASH_BY_ALG: Record<string, HmacHash> = { HS256: 'SHA-256', HS384: 'SHA-384', HS512: 'SHA-512' }

interface HeaderFacts {
  alg: string | null
  headerIsJson: boolean
  kid: string | null
}

async function signatureStep(
  { alg, headerIsJson, kid }: HeaderFacts,
  signingInput: Uint8Array,
  signatureSegment: string,
  key: LearnKey | undefined,
): Promise<SignatureStep> {
  const tokenSignature: SignatureBytes = { ...signatureBytes(decodeSegment(signatureSegment)), base64url: signatureSegment }
  const base = { kind: 'signature' as const, alg, tokenSignature, output: signatureSegment }

  if (alg !== null && alg.toLowerCase() === 'none') {
    const signaturePresent = signatureSegment !== ''
    // alg values are case-sensitive (RFC 7515 §4.1.1); the decoder's verdict names the same trick.
    const said =
      alg === 'none'
        ? 'alg is "none"'
        : `alg is "${alg}", not the registered "none" (alg values are case-sensitive, RFC 7515 §4.1.1; ` +
          'this spelling is a trick to slip past filters that look for "none")'
    return {
      ...base,
      mode: 'none',
      signaturePresent,
      explanation: signaturePresent
        ? `${said}, yet the token has a signature segment: an unsecured JWS must end with an empty one ` +
          '(RFC 7515 Appendix A.5). Nothing here is checked by anyone.'
        : `${said}: nobody signed this token, so the signature is the empty string and the token ends ` +
          'with a dot (RFC 7515 Appendix A.5, RFC 7519 §6). Anyone can change the claims.',
    }
  }

  const info = algorithmInfo(alg)
  if (info === undefined) {
    return {
      ...base,
      mode: 'unknown-alg',
      explanation:
        !headerIsJson
          ? 'The header does not decode to JSON (see step 1), so it names no algorithm and there is no way to tell how the signature was made.'
          : alg === null
          ? 'The header has no "alg", so there is no way to tell how the signature was made (RFC 7515 §4.1.1).'
          : `"${alg}" is not a JWS algorithm this page knows, so it cannot say how the signature was made.`,
    }
  }

  if (info.family !== 'HMAC') {
    return {
      ...base,
      mode: 'asymmetric',
      family: info.family,
      signedWith: `the issuer's ${info.keyLabel} private key`,
      verifiedWith: `the matching ${info.keyLabel} public key`,
      explanation:
        `${info.label} (${info.spec}): the issuer signs the ASCII bytes of the signing input (step 3) with its ` +
        'private key, which never leaves the issuer. Anyone can verify with the public key, but nobody can ' +
        "recompute the signature without the private key, so here are the token's " +
        `${tokenSignature.length} signature bytes (${tokenSignature.bits} bits).`,
    }
  }

  const hash = HASH_BY_ALG[info.alg] ?? 'SHA-256'
  // The decoder's reading of the key field (a JWK's "k", not its JSON text), so the two never disagree.
  const secret = key === undefined ? null : readHmacSecret(key.text, key.encoding, kid ?? undefined)
  if (secret === null || (!secret.ok && secret.code === 'empty')) {
    return {
      ...base,
      mode: 'hmac-needs-key',
      hash,
      explanation:
        `${info.alg} is HMAC-${hash}(secret, signing input) (RFC 7518 §3.2). Enter the shared secret to ` +
        "compute it here and compare it with the token's signature.",
    }
  }
  if (!secret.ok) return { ...base, mode: 'hmac-bad-key', hash, explanation: secret.message }

  let mac: Uint8Array
  try {
    const cryptoKey = await crypto.subtle.importKey('raw', secret.bytes, { name: 'HMAC', hash }, false, ['sign'])
    mac = new Uint8Array(await crypto.subtle.sign('HMAC', cryptoKey, signingInput as Uint8Array<ArrayBuffer>))
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error)
    return { ...base, mode: 'hmac-bad-key', hash, explanation: `The browser could not use this secret: ${detail}` }
  }
  const computed = signatureBytes(mac)
  const matches = computed.base64url === signatureSegment
  return {
    ...base,
    mode: 'hmac',
    hash,
    computed,
    matches,
    secretSource: secret.label,
    output: computed.base64url,
    explanation: matches
      ? `HMAC-${hash}(secret, signing input) gives ${computed.length} bytes; their base64url is exactly ` +
        "the token's signature, so this secret signed it."
      : `HMAC-${hash}(secret, signing input) gives ${computed.length} bytes whose base64url differs from ` +
        "the token's signature: either the secret is different or the header or payload was changed after signing.",
  }
}

// ---------------------------------------------------------------------------------------------------------
// Step 5

function joinStep(header: string, payload: string, signature: string, input: string): TokenStep {
  const output = `${header}.${payload}.${signature}`
  const payloadStart = header.length + 1
  const signatureStart = payloadStart + payload.length + 1
  return {
    kind: 'token',
    output,
    matchesInput: output === input,
    parts: [
      { role: 'header', text: header, start: 0, end: header.length },
      { role: 'payload', text: payload, start: payloadStart, end: payloadStart + payload.length },
      { role: 'signature', text: signature, start: signatureStart, end: output.length },
    ],
  }
}
