import { algorithmInfo, type AlgorithmFamily } from './algorithms'
import { decodeSegment, encodeSegment, findSegmentProblem } from './base64url'

/**
 * Learn mode: a compact JWS rebuilt step by step from the bytes of the token on screen (RFC 7515 section 5.1
 * and Appendix A.1), each step's output feeding the next. It re-signs nothing except an HMAC the user holds
 * the secret for, and it never verifies asymmetric signatures (it has no public key).
 */

/** Bytes shown three ways, as RFC 7515 Appendix A prints them (decimal array) and as hex. */
export interface ByteView {
  /** Lowercase, two digits per byte, no separators. */
  hex: string
  decimal: number[]
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
  /** BASE64URL(header) || '.' || BASE64URL(payload), RFC 7515 §5.1 step 8. */
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
  | (SignatureStepBase & { mode: 'hmac'; hash: HmacHash; computed: SignatureBytes; matches: boolean })
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
  const alg = header.json.ok ? readAlg(header.json.value) : null
  const signature = await signatureStep(alg, signingInputText, signatureSegment, key)
  const tokenStep = joinStep(header.output, payload.output, signature.output, split.trimmed)
  return { ok: true, alg, steps: [header, payload, signingInput, signature, tokenStep] }
}

// ---------------------------------------------------------------------------------------------------------
// Splitting, shared with tamperDemo

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
function splitCompact(token: string): Split | SplitError {
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
        message: `The ${name} has ${segments[index].length} characters; no bytes encode to a length of 4n+1.`,
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

function decodeUtf8(bytes: Uint8Array): { text: string; utf8: boolean } {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes), utf8: true }
  } catch {
    return { text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes), utf8: false }
  }
}

function parseJson(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) as unknown }
  } catch {
    return { ok: false }
  }
}

/** Hex and decimal views of bytes. */
export function byteView(bytes: Uint8Array): ByteView {
  const decimal = Array.from(bytes)
  return { hex: decimal.map((b) => b.toString(16).padStart(2, '0')).join(''), decimal, length: decimal.length }
}

/** Plain, padded base64 (RFC 4648 §4) through the platform's btoa, independent of the base64url codec. */
export function toBase64(bytes: Uint8Array): string {
  let binary = ''
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000))
  }
  return btoa(binary)
}

/** Compares plain base64 with the token's base64url, character by character. */
export function base64Differences(base64: string, base64url: string): Base64Difference[] {
  const differences: Base64Difference[] = []
  const unpadded = base64.replace(/=+$/, '')
  for (let i = 0; i < base64url.length; i++) {
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

function readAlg(header: unknown): string | null {
  if (header === null || typeof header !== 'object' || Array.isArray(header)) return null
  const alg = (header as Record<string, unknown>).alg
  return typeof alg === 'string' ? alg : null
}

function signatureBytes(bytes: Uint8Array): SignatureBytes {
  return { ...byteView(bytes), base64url: encodeSegment(bytes), bits: bytes.length * 8 }
}

const HASH_BY_ALG: Record<string, HmacHash> = { HS256: 'SHA-256', HS384: 'SHA-384', HS512: 'SHA-512' }

async function signatureStep(
  alg: string | null,
  signingInput: string,
  signatureSegment: string,
  key: LearnKey | undefined,
): Promise<SignatureStep> {
  const tokenSignature: SignatureBytes = { ...signatureBytes(decodeSegment(signatureSegment)), base64url: signatureSegment }
  const base = { kind: 'signature' as const, alg, tokenSignature, output: signatureSegment }

  if (alg !== null && alg.toLowerCase() === 'none') {
    const signaturePresent = signatureSegment !== ''
    return {
      ...base,
      mode: 'none',
      signaturePresent,
      explanation: signaturePresent
        ? 'alg is "none", yet the token has a signature segment: an unsecured JWS must end with an empty one ' +
          '(RFC 7515 Appendix A.5). Nothing here is checked by anyone.'
        : 'alg is "none": nobody signed this token, so the signature is the empty string and the token ends ' +
          'with a dot (RFC 7515 Appendix A.5, RFC 7519 §6). Anyone can change the claims.',
    }
  }

  const info = algorithmInfo(alg)
  if (info === undefined) {
    return {
      ...base,
      mode: 'unknown-alg',
      explanation:
        alg === null
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
  if (key === undefined || key.text === '') {
    return {
      ...base,
      mode: 'hmac-needs-key',
      hash,
      explanation:
        `${info.alg} is HMAC-${hash}(secret, signing input) (RFC 7518 §3.2). Enter the shared secret to ` +
        "compute it here and compare it with the token's signature.",
    }
  }
  const secret = secretBytes(key)
  if (!secret.ok) return { ...base, mode: 'hmac-bad-key', hash, explanation: secret.message }

  let mac: Uint8Array
  try {
    const cryptoKey = await crypto.subtle.importKey('raw', secret.bytes, { name: 'HMAC', hash }, false, ['sign'])
    mac = new Uint8Array(await crypto.subtle.sign('HMAC', cryptoKey, new TextEncoder().encode(signingInput)))
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
    output: computed.base64url,
    explanation: matches
      ? `HMAC-${hash}(secret, signing input) gives ${computed.length} bytes; their base64url is exactly ` +
        "the token's signature, so this secret signed it."
      : `HMAC-${hash}(secret, signing input) gives ${computed.length} bytes whose base64url differs from ` +
        "the token's signature: either the secret is different or the header or payload was changed after signing.",
  }
}

function secretBytes(key: LearnKey): { ok: true; bytes: Uint8Array<ArrayBuffer> } | { ok: false; message: string } {
  if (key.encoding === 'utf8') return { ok: true, bytes: new TextEncoder().encode(key.text) }
  const problem = findSegmentProblem(key.text)
  if (problem !== null) {
    return { ok: false, message: 'The secret is marked base64url but is not valid base64url (A–Z a–z 0–9 - _, no padding).' }
  }
  return { ok: true, bytes: Uint8Array.from(decodeSegment(key.text)) }
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

// ---------------------------------------------------------------------------------------------------------
// "Encoded, not encrypted": change one payload character and watch the signature stop matching

export interface TamperOptions {
  /** The top-level claim to change; default: sub, name, role, admin, user_id, email, else the first editable one. */
  claim?: string
  /** The character to put in; default: the next letter or digit (a→b, z→a, 9→0). */
  replacement?: string
}

export interface ChangedCharacter {
  /** Offset in the payload segment. */
  index: number
  /** Offset in the tampered token. */
  tokenIndex: number
  from: string
  to: string
}

export type TamperErrorCode =
  | SplitErrorCode
  | 'not-utf8'
  | 'not-json'
  | 'not-object'
  | 'claim-not-found'
  | 'claim-not-editable'
  | 'nothing-to-edit'
  | 'invalid-replacement'

export type TamperResult =
  | {
      ok: true
      /** The payload as anyone reads it, with no key at all. */
      readWithoutKey: { text: string; claims: Record<string, unknown> }
      claim: string
      before: unknown
      after: unknown
      /** The one character changed in the payload JSON text. */
      textChange: { index: number; from: string; to: string }
      tampered: { token: string; payloadText: string; payloadSegment: string }
      changedSegment: 'payload'
      changedCharacters: ChangedCharacter[]
      /** Header and signature segments are byte-for-byte the originals. */
      headerSegment: string
      signatureSegment: string
      /** Signed tokens: the old signature covers the old signing input, so it no longer matches. */
      verdict: 'signature-no-longer-matches' | 'unsigned-so-nothing-notices'
      explanation: string
    }
  | { ok: false; code: TamperErrorCode; segment: 0 | 1 | 2 | null; message: string }

const PREFERRED_CLAIMS = ['sub', 'name', 'role', 'admin', 'user_id', 'email']

/**
 * Changes ONE character of one claim in the payload text and re-encodes only the payload segment, keeping the
 * header and signature as they were. It does not re-sign and does not call a verifier: the point is that the
 * unchanged signature was computed over the old bytes.
 */
export function tamperDemo(token: string, options: TamperOptions = {}): TamperResult {
  const split = splitCompact(token)
  if (!split.ok) return { ok: false, code: split.code, segment: split.segment, message: split.message }
  const [headerSegment, payloadSegment, signatureSegment] = split.segments
  const fail = (code: TamperErrorCode, message: string): TamperResult => ({ ok: false, code, segment: 1, message })

  const decoded = decodeUtf8(decodeSegment(payloadSegment))
  if (!decoded.utf8) return fail('not-utf8', 'The payload is not UTF-8 text, so there is no claim to edit.')
  const text = decoded.text
  const parsed = parseJson(text)
  if (!parsed.ok) return fail('not-json', 'The payload is not JSON, so there is no claim to edit.')
  if (parsed.value === null || typeof parsed.value !== 'object' || Array.isArray(parsed.value)) {
    return fail('not-object', 'The payload is JSON but not an object of claims.')
  }
  const claims = parsed.value as Record<string, unknown>

  const members = topLevelMembers(text)
  const editable = (name: string) => {
    const member = members.findLast((m) => m.name === name)
    return member === undefined ? null : editableIndex(text, member)
  }
  let claim: string
  let index: number
  if (options.claim !== undefined) {
    if (!Object.hasOwn(claims, options.claim)) return fail('claim-not-found', `The payload has no "${options.claim}" claim.`)
    const at = editable(options.claim)
    if (at === null) {
      return fail('claim-not-editable', `"${options.claim}" holds no letter or digit to change (try a string or number claim).`)
    }
    claim = options.claim
    index = at
  } else {
    const names = [...PREFERRED_CLAIMS.filter((name) => Object.hasOwn(claims, name)), ...members.map((m) => m.name)]
    const found = names.map((name) => ({ name, at: editable(name) })).find((c) => c.at !== null)
    if (found === undefined || found.at === null) return fail('nothing-to-edit', 'No claim holds a letter or digit to change.')
    claim = found.name
    index = found.at
  }

  const from = text[index] ?? ''
  const to = options.replacement ?? nextCharacter(from)
  if ([...to].length !== 1 || to === from) return fail('invalid-replacement', 'The replacement must be one different character.')
  const tamperedText = text.slice(0, index) + to + text.slice(index + 1)
  const tamperedParsed = parseJson(tamperedText)
  if (!tamperedParsed.ok) return fail('invalid-replacement', `Putting "${to}" there would break the JSON.`)

  const tamperedSegment = encodeSegment(tamperedText)
  const payloadStart = headerSegment.length + 1
  const changedCharacters: ChangedCharacter[] = []
  for (let i = 0; i < Math.max(payloadSegment.length, tamperedSegment.length); i++) {
    const a = payloadSegment[i] ?? ''
    const b = tamperedSegment[i] ?? ''
    if (a !== b) changedCharacters.push({ index: i, tokenIndex: payloadStart + i, from: a, to: b })
  }
  const unsigned = signatureSegment === ''
  return {
    ok: true,
    readWithoutKey: { text, claims },
    claim,
    before: claims[claim],
    after: (tamperedParsed.value as Record<string, unknown>)[claim],
    textChange: { index, from, to },
    tampered: {
      token: `${headerSegment}.${tamperedSegment}.${signatureSegment}`,
      payloadText: tamperedText,
      payloadSegment: tamperedSegment,
    },
    changedSegment: 'payload',
    changedCharacters,
    headerSegment,
    signatureSegment,
    verdict: unsigned ? 'unsigned-so-nothing-notices' : 'signature-no-longer-matches',
    explanation: unsigned
      ? 'Anyone could read the payload without a key, and since this token has no signature, nothing shows that it was changed.'
      : 'Anyone could read the payload without a key. Changing one character changed ' +
        `${changedCharacters.length} character(s) of the payload segment; the signature segment is the same, ` +
        'but it was computed over the old bytes, so it no longer matches.',
  }
}

interface Member {
  name: string
  valueStart: number
  valueEnd: number
}

/** Top-level members of a JSON object text with their value offsets; expects text that JSON.parse accepted. */
function topLevelMembers(text: string): Member[] {
  const members: Member[] = []
  let i = skipSpace(text, 0)
  if (text[i] !== '{') return members
  i = skipSpace(text, i + 1)
  while (i < text.length && text[i] !== '}') {
    const nameEnd = skipString(text, i)
    const name = JSON.parse(text.slice(i, nameEnd)) as string
    i = skipSpace(text, skipSpace(text, nameEnd) + 1) // past ':'
    const valueStart = i
    const valueEnd = skipValue(text, i)
    members.push({ name, valueStart, valueEnd })
    i = skipSpace(text, valueEnd)
    if (text[i] === ',') i = skipSpace(text, i + 1)
  }
  return members
}

function skipSpace(text: string, i: number): number {
  while (i < text.length && ' \t\r\n'.includes(text[i] as string)) i++
  return i
}

/** From an opening quote to just past the closing one. */
function skipString(text: string, i: number): number {
  i++
  while (i < text.length && text[i] !== '"') i += text[i] === '\\' ? 2 : 1
  return i + 1
}

function skipValue(text: string, i: number): number {
  const first = text[i]
  if (first === '"') return skipString(text, i)
  if (first === '{' || first === '[') {
    let depth = 0
    while (i < text.length) {
      const c = text[i]
      if (c === '"') {
        i = skipString(text, i)
        continue
      }
      if (c === '{' || c === '[') depth++
      if (c === '}' || c === ']') depth--
      i++
      if (depth === 0) break
    }
    return i
  }
  while (i < text.length && !',}] \t\r\n'.includes(text[i] as string)) i++
  return i
}

/** A letter or digit inside a string value (escapes skipped), or a number's last digit; null otherwise. */
function editableIndex(text: string, member: Member): number | null {
  const raw = text.slice(member.valueStart, member.valueEnd)
  if (raw.startsWith('"')) {
    for (let i = member.valueStart + 1; i < member.valueEnd - 1; i++) {
      if (text[i] === '\\') {
        i += text[i + 1] === 'u' ? 5 : 1
        continue
      }
      if (/[A-Za-z0-9]/.test(text[i] as string)) return i
    }
    return null
  }
  if (/^-?\d/.test(raw)) {
    for (let i = member.valueEnd - 1; i >= member.valueStart; i--) if (/\d/.test(text[i] as string)) return i
  }
  return null
}

function nextCharacter(c: string): string {
  if (c === 'z') return 'a'
  if (c === 'Z') return 'A'
  if (c === '9') return '0'
  return String.fromCharCode(c.charCodeAt(0) + 1)
}
