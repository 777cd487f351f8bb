import { decodeSegment, encodeSegment } from './base64url'
import { objectMembers, type MemberSpan } from './json-text'
import { decodeUtf8, parseJson, splitCompact, type SplitErrorCode } from './learn'

/**
 * "Encoded, not encrypted", the tamper demo of learn mode: change one payload character and watch the
 * signature stop matching.
 */

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
      /**
       * From the header's alg and the signature part: a signature over the old bytes no longer matches; alg
       * "none" has nothing that notices; a token a verifier rejects anyway (no alg, or no signature for a
       * signing alg) is rejected before and after the change.
       */
      verdict: TamperVerdict
      explanation: string
    }
  | { ok: false; code: TamperErrorCode; segment: 0 | 1 | 2 | null; message: string }

export type TamperVerdict = 'signature-no-longer-matches' | 'unsigned-so-nothing-notices' | 'rejected-before-and-after'

const PREFERRED_CLAIMS = ['sub', 'name', 'role', 'admin', 'user_id', 'email']

/** A top-level claim and whether the demo can change one of its characters (and why not). */
export type ClaimChoice = { name: string; editable: true } | { name: string; editable: false; reason: string }

/**
 * The payload's top-level claims in order, each marked editable or not with the reason, so a menu can offer
 * only the ones tamperDemo accepts. Empty when the payload is not a JSON object. It changes nothing.
 */
export function claimChoices(token: string): ClaimChoice[] {
  const read = readClaims(token)
  if (!read.ok) return []
  return [...new Set(read.members.map((m) => m.name))].map((name) => {
    if (read.editable(name) !== null) return { name, editable: true }
    return { name, editable: false, reason: notEditableReason(read.claims[name]) }
  })
}

/**
 * Changes ONE character of one claim in the payload text and re-encodes only the payload segment, keeping the
 * header and signature as they were. It does not re-sign and does not call a verifier: the point is that the
 * unchanged signature was computed over the old bytes.
 */
export function tamperDemo(token: string, options: TamperOptions = {}): TamperResult {
  const read = readClaims(token)
  if (!read.ok) return read
  const { text, claims, members, editable } = read
  const [headerSegment, payloadSegment, signatureSegment] = read.segments
  const fail = (code: TamperErrorCode, message: string): TamperResult => ({ ok: false, code, segment: 1, message })

  let claim: string
  let index: number
  if (options.claim !== undefined) {
    if (!Object.hasOwn(claims, options.claim)) return fail('claim-not-found', `The payload has no "${options.claim}" claim.`)
    const at = editable(options.claim)
    if (at === null) {
      return fail('claim-not-editable', `"${options.claim}" is ${notEditableReason(claims[options.claim])}; pick a string or number claim.`)
    }
    claim = options.claim
    index = at
  } else {
    const names = [...PREFERRED_CLAIMS.filter((name) => Object.hasOwn(claims, name)), ...members.map((m) => m.name)]
    const found = names.map((name) => ({ name, at: editable(name) })).find((c) => c.at !== null)
    if (found === undefined || found.at === null) {
      return fail('nothing-to-edit', 'No claim is a string with a letter or digit in it, or a number, so there is no character to change.')
    }
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
  const { verdict, explanation } = judge(headerAlg(headerSegment), signatureSegment, changedCharacters.length)
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
    verdict,
    explanation,
  }
}

/** The header's alg when it is JSON with a string alg, else null. */
function headerAlg(segment: string): string | null {
  const decoded = decodeUtf8(decodeSegment(segment))
  const parsed = decoded.utf8 ? parseJson(decoded.text) : null
  if (!parsed?.ok || parsed.value === null || typeof parsed.value !== 'object') return null
  const alg = (parsed.value as Record<string, unknown>).alg
  return typeof alg === 'string' ? alg : null
}

/** What a verifier makes of the tampered token, told from alg as well as from whether a signature is there. */
function judge(alg: string | null, signature: string, changed: number): { verdict: TamperVerdict; explanation: string } {
  const read = 'Anyone could read the payload without a key. '
  if (alg === 'none') {
    return {
      verdict: 'unsigned-so-nothing-notices',
      explanation:
        signature === ''
          ? `${read}The header says alg "none" and the token has no signature, so nothing shows that it was changed.`
          : `${read}The header says alg "none", so nobody computed the signature part over these bytes and nothing checks it ` +
            '(an unsecured JWS must end with an empty one, RFC 7515 Appendix A.5): nothing shows that the token was changed.',
    }
  }
  if (alg === null) {
    return {
      verdict: 'rejected-before-and-after',
      explanation: `${read}The header names no algorithm ("alg", RFC 7515 §4.1.1), so a verifier rejects this token before the change and after it.`,
    }
  }
  if (alg.toLowerCase() === 'none') {
    return {
      verdict: 'rejected-before-and-after',
      explanation:
        `${read}The header says alg "${alg}", which is not the registered "none" (alg values are case-sensitive, ` +
        'RFC 7515 §4.1.1) nor any signing algorithm, so a verifier rejects this token before the change and after it ' +
        '(unless it ignores case: the bug this spelling probes for).',
    }
  }
  if (signature === '') {
    return {
      verdict: 'rejected-before-and-after',
      explanation:
        `${read}The header says alg "${alg}" but the token has no signature, so a verifier rejects it before the ` +
        'change and after it: the change goes unseen only because the token was never valid.',
    }
  }
  return {
    verdict: 'signature-no-longer-matches',
    explanation:
      `${read}Changing one character changed ${changed} ${changed === 1 ? 'character' : 'characters'} of the payload segment; ` +
      'the signature segment is the same, but it was computed over the old bytes, so it no longer matches.',
  }
}

type ReadClaims =
  | {
      ok: true
      segments: [string, string, string]
      text: string
      claims: Record<string, unknown>
      members: MemberSpan[]
      /** Where the demo would change `name`'s value, or null when it cannot. */
      editable: (name: string) => number | null
    }
  | { ok: false; code: TamperErrorCode; segment: 0 | 1 | 2 | null; message: string }

/** The payload read with no key, as text, claims and member spans; fails when it is not a JSON object. */
function readClaims(token: string): ReadClaims {
  const split = splitCompact(token)
  if (!split.ok) return { ok: false, code: split.code, segment: split.segment, message: split.message }
  const fail = (code: TamperErrorCode, message: string): ReadClaims => ({ ok: false, code, segment: 1, message })
  const decoded = decodeUtf8(decodeSegment(split.segments[1]))
  if (!decoded.utf8) return fail('not-utf8', 'The payload is not UTF-8 text, so there is no claim to edit.')
  const text = decoded.text
  const parsed = parseJson(text)
  if (!parsed.ok) return fail('not-json', 'The payload is not JSON, so there is no claim to edit.')
  if (parsed.value === null || typeof parsed.value !== 'object' || Array.isArray(parsed.value)) {
    return fail('not-object', 'The payload is JSON but not an object of claims.')
  }
  const members = objectMembers(text)
  const editable = (name: string) => {
    // JSON.parse keeps the last of duplicate names, so the demo changes that one.
    const member = members.findLast((m) => m.name === name)
    return member === undefined ? null : editableIndex(text, member)
  }
  return { ok: true, segments: split.segments, text, claims: parsed.value as Record<string, unknown>, members, editable }
}

/** Why a claim's value has no character the demo can change, in words that are true of it. */
function notEditableReason(value: unknown): string {
  if (value === null) return 'null: changing one of its letters would no longer be JSON'
  if (typeof value === 'boolean') return `${String(value)}, a boolean: changing one of its letters would no longer be JSON`
  if (Array.isArray(value)) return 'an array: the demo changes only a top-level string or number'
  if (typeof value === 'object') return 'an object: the demo changes only a top-level string or number'
  return 'a string with no letter or digit in it to change'
}

/** A letter or digit inside a string value (escapes skipped), or a number's last digit; null otherwise. */
function editableIndex(text: string, member: MemberSpan): number | null {
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
