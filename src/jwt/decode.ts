import { decodeSegment, findSegmentProblem } from './base64url'
import { parseJson } from './json-text'
import { describeInvisible, isInvisible } from './invisible-chars'

/**
 * Splits a compact JWS (RFC 7515 section 7.1) into its three parts and decodes each one on its own, so a
 * broken signature never hides a good header and payload. It never verifies anything and never throws.
 */

export const SEGMENTS = ['header', 'payload', 'signature'] as const
export type SegmentIndex = 0 | 1 | 2

export type DecodeErrorCode =
  | 'empty'
  | 'part-count'
  | 'jwe'
  | 'padding'
  | 'bad-char'
  | 'bad-length'
  | 'not-utf8'
  | 'not-json'
  | 'not-object'

export interface DecodeError {
  code: DecodeErrorCode
  /** The segment at fault; null when the token as a whole is wrong. */
  segment: SegmentIndex | null
  message: string
  /** Offset inside the segment's base64url text (bad-char, padding) or decoded JSON (not-json). */
  position?: number
}

/**
 * How a payload that is not base64url JSON is carried, where the token is right to carry it so:
 * `unencoded`, the header's "b64": false (RFC 7797 §3) makes the payload part the payload's own text;
 * `nested`, the payload is another compact JWS or JWE (RFC 7519 §5.2).
 */
export type PayloadForm = 'unencoded' | 'nested'

/**
 * A decoded header or payload. `ok` means a JSON object was read. A payload with a `form` that is not ok (text
 * under "b64": false, a nested JWT) is not broken: its error says only why it has no claims, and the token's
 * `errors` leave it out.
 */
export type JsonSegment =
  | { ok: true; text: string; value: Record<string, unknown>; form?: 'unencoded' }
  | { ok: false; text?: string; error: DecodeError; form?: PayloadForm }

export type SignatureSegment =
  | { ok: true; bytes: Uint8Array; base64url: string }
  | { ok: false; error: DecodeError }

export interface DecodedToken {
  /** The raw base64url segments, as many as the input has (split on "."). */
  parts: string[]
  header: JsonSegment | null
  payload: JsonSegment | null
  signature: SignatureSegment | null
  /** `alg: none` with an empty signature: readable, but nobody signed it (RFC 7519 section 6). */
  unsecured: boolean
  errors: DecodeError[]
}

/**
 * Decodes `token`. Given the result for the token before it (`previous`, e.g. the keystroke before), the
 * segments that did not change are not decoded again: their results are reused, the same objects, so a view
 * that shows an unchanged header can skip its work. The result equals a fresh decode either way.
 */
export function decodeToken(token: string, previous?: DecodedToken): DecodedToken {
  const result: DecodedToken = { parts: [], header: null, payload: null, signature: null, unsecured: false, errors: [] }
  if (token === '') {
    result.errors.push({ code: 'empty', segment: null, message: 'Paste a token to decode it.' })
    return result
  }
  const parts = token.split('.')
  result.parts = parts
  if (parts.length === 5) {
    result.errors.push({
      code: 'jwe',
      segment: null,
      message:
        'This token has five parts: it is an encrypted JWE (RFC 7516), not a signed JWS. Its payload cannot be read without the recipient\'s private key, so it is not decoded here. Only its header is shown.',
    })
    result.header = decodeJsonSegment(parts[0] as string, 0)
    if (!result.header.ok) result.errors.push(result.header.error)
    return result
  }
  if (parts.length !== 3) {
    result.errors.push({
      code: 'part-count',
      segment: null,
      message: `A JWT has three parts separated by dots (header.payload.signature); this one has ${parts.length} part${parts.length === 1 ? '' : 's'}.`,
    })
  }
  const unchanged = (index: SegmentIndex) => previous !== undefined && previous.parts[index] === parts[index]
  result.header = unchanged(0) && previous?.header ? previous.header : decodeJsonSegment(parts[0] as string, 0)
  // How the payload is read depends on the header too: an unchanged payload part is reused only under the same reading.
  const reading = payloadReading(result.header)
  if (parts.length >= 2) {
    const reusable = unchanged(1) && payloadReading(previous?.header ?? null) === reading ? previous?.payload : null
    result.payload = reusable ?? decodePayload(parts[1] as string, reading)
  }
  if (parts.length >= 3) result.signature = unchanged(2) && previous?.signature ? previous.signature : decodeSignature(parts[2] as string)
  for (const segment of [result.header, result.payload, result.signature]) {
    if (segment && !segment.ok && !('form' in segment && segment.form)) result.errors.push(segment.error)
  }
  const alg = result.header?.ok ? result.header.value.alg : undefined
  result.unsecured = alg === 'none' && parts.length === 3 && parts[2] === ''
  return result
}

type PayloadReading = 'base64url' | 'unencoded' | 'cty-jwt'

/** What the header says about reading the payload part: "b64": false (RFC 7797 §3), or "cty": "JWT" (RFC 7519 §5.2). */
function payloadReading(header: JsonSegment | null): PayloadReading {
  if (!header?.ok) return 'base64url'
  if (header.value.b64 === false) return 'unencoded'
  const { cty } = header.value
  return typeof cty === 'string' && cty.toUpperCase() === 'JWT' ? 'cty-jwt' : 'base64url'
}

function decodePayload(part: string, reading: PayloadReading): JsonSegment {
  if (reading === 'unencoded') {
    // An empty part is a detached payload, under "b64": false as under base64url.
    if (part === '') return decodeJsonSegment(part, 1)
    // The part is the payload itself (compact form keeps '.' out of it): JSON when it parses, else plain text.
    return { ...objectFromText(part, 1), form: 'unencoded' }
  }
  const decoded = decodeJsonSegment(part, 1)
  // Only a payload that is not JSON is looked at again: an ordinary token pays nothing for this.
  if (decoded.ok || decoded.error.code !== 'not-json' || decoded.text === undefined) return decoded
  const ctyJwt = reading === 'cty-jwt'
  if (!isNestedToken(decoded.text, ctyJwt)) {
    if (!ctyJwt) return decoded
    // The header promised a token: say that the payload is neither that nor JSON, or "not JSON" misleads.
    const message = `${decoded.error.message} The header's "cty" says it is a nested JWT (RFC 7519 §5.2), but it is not a compact token either.`
    return { ...decoded, error: { ...decoded.error, message } }
  }
  const message = 'The payload is a nested JWT (RFC 7519 §5.2): its claims are in the inner token.'
  return { ok: false, text: decoded.text, form: 'nested', error: { code: 'not-json', segment: 1, message } }
}

// Exactly a compact JWS (three parts) or JWE (five parts): base64url between the dots, a header first.
const COMPACT_TOKEN = /^[A-Za-z0-9_-]+(?:\.[A-Za-z0-9_-]*){2}(?:(?:\.[A-Za-z0-9_-]*){2})?$/

/**
 * Whether a payload's text is a token in its own right. With "cty": "JWT" its shape is enough; without it the
 * inner header must also be a JSON object, so that three dotted words are not taken for a token.
 */
function isNestedToken(text: string, ctyJwt: boolean): boolean {
  if (!COMPACT_TOKEN.test(text)) return false
  return ctyJwt || decodeJsonSegment(text.slice(0, text.indexOf('.')), 0).ok
}

/** An empty payload is how a JWS looks when its payload travels apart, so it is not simply called broken. */
const EMPTY_PAYLOAD =
  'The payload is empty. A JWS leaves it out when the payload travels apart (detached, RFC 7515 Appendix F): paste it under "Verify and sign" to check the signature.'

function segmentProblem(segment: string, index: SegmentIndex): DecodeError | null {
  const name = SEGMENTS[index]
  if (segment === '' && index === 1) return { code: 'bad-length', segment: index, message: EMPTY_PAYLOAD }
  if (segment === '' && index !== 2) return { code: 'bad-length', segment: index, message: `The ${name} is empty.` }
  const problem = findSegmentProblem(segment)
  if (!problem) return null
  switch (problem.kind) {
    case 'padding':
      return {
        code: 'padding',
        segment: index,
        position: problem.index,
        message: `The ${name} ends with "=" padding at character ${problem.index + 1}: JWTs use base64url without padding (RFC 7515 section 2). Remove the "=".`,
      }
    case 'bad-char': {
      const hint = problem.char === '+' || problem.char === '/' ? ' (that is plain base64: base64url uses "-" and "_")' : ''
      return {
        code: 'bad-char',
        segment: index,
        position: problem.index,
        message: `The ${name} has ${quoteChar(problem.char)} at character ${problem.index + 1}, which is not a base64url character${hint}.`,
      }
    }
    case 'bad-length':
      return {
        code: 'bad-length',
        segment: index,
        message: `The ${name} is ${segment.length} characters long, which no byte string encodes to: it looks truncated.`,
      }
  }
}

/** The character as a person can read it: an invisible one (a zero-width space from a chat app) by its code point. */
function quoteChar(char: string): string {
  if (!isInvisible(char)) return JSON.stringify(char)
  const { label, name } = describeInvisible(char)
  return `an invisible character, ${label} (${name}),`
}

const UTF8 = new TextDecoder('utf-8', { fatal: true })

/** One header (0) or payload (1) segment, decoded and parsed as the decoder does, with its located error. */
export function decodeJsonSegment(segment: string, index: 0 | 1): JsonSegment {
  const name = SEGMENTS[index]
  const problem = segmentProblem(segment, index)
  if (problem) return { ok: false, error: problem }
  let text: string
  try {
    text = UTF8.decode(decodeSegment(segment))
  } catch {
    return { ok: false, error: { code: 'not-utf8', segment: index, message: `The ${name} decodes to bytes that are not UTF-8 text.` } }
  }
  return objectFromText(text, index)
}

/** The decoded text of a header or payload, parsed: a JSON object, or the located reason it is not one. */
function objectFromText(text: string, index: 0 | 1): JsonSegment {
  const name = SEGMENTS[index]
  const parsed = parseJson(text)
  if (!parsed.ok) {
    return {
      ok: false,
      text,
      error: { code: 'not-json', segment: index, position: parsed.position, message: `The ${name} is not valid JSON: ${parsed.message}.` },
    }
  }
  const value = parsed.value
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    const kind = Array.isArray(value) ? 'an array' : value === null ? 'null' : `a ${typeof value}`
    return {
      ok: false,
      text,
      error: { code: 'not-object', segment: index, message: `The ${name} is ${kind}, but it must be a JSON object (RFC 7519 section 7.2).` },
    }
  }
  return { ok: true, text, value: value as Record<string, unknown> }
}

function decodeSignature(segment: string): SignatureSegment {
  const problem = segmentProblem(segment, 2)
  if (problem) return { ok: false, error: problem }
  return { ok: true, bytes: decodeSegment(segment), base64url: segment }
}
