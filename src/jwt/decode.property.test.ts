import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { encodeSegment } from './base64url'
import { decodeToken, type DecodedToken } from './decode'
import { normalizeInput } from './normalize'
import jwtio from './fixtures/jwtio-e2e-jwt.json'

// Every input gets either a decoded result or an error that says where (a segment, or the token as a whole).
// A plain predicate rather than expect(): it runs 100,000 times.
function isResultOrLocatedError(decoded: DecodedToken): boolean {
  const located = decoded.errors.every((error) => [null, 0, 1, 2].includes(error.segment) && error.message.length > 10)
  const partErrorsReported = [decoded.header, decoded.payload, decoded.signature].every((part) => !part || part.ok || decoded.errors.includes(part.error))
  const cleanMeansDecoded = decoded.errors.length > 0 || Boolean(decoded.header?.ok && decoded.payload?.ok && decoded.signature?.ok)
  return located && partErrorsReported && cleanMeansDecoded
}

const REAL_TOKEN = jwtio.byAlgorithm.RS256.withPemKey.jwt
const TOKEN_CHARS = fc.constantFrom(...'ABCabc012-_.=+/ \n"{}:,'.split(''))

/** Mutations people and transports make: a character changed, inserted or dropped, a slice cut out. */
const mutated = fc
  .tuple(fc.nat(REAL_TOKEN.length - 1), fc.nat(REAL_TOKEN.length - 1), fc.string({ unit: 'grapheme', maxLength: 3 }), fc.integer({ min: 0, max: 3 }))
  .map(([at, to, text, kind]) => {
    const [from, end] = at < to ? [at, to] : [to, at]
    if (kind === 0) return REAL_TOKEN.slice(0, at) + text + REAL_TOKEN.slice(at + 1)
    if (kind === 1) return REAL_TOKEN.slice(0, at) + text + REAL_TOKEN.slice(at)
    if (kind === 2) return REAL_TOKEN.slice(0, from) + REAL_TOKEN.slice(end)
    return REAL_TOKEN.slice(from, end)
  })

describe('decodeToken never throws (fast-check)', () => {
  it('on 100,000 random and mutated inputs', () => {
    const anyText = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 200 }),
      fc.string({ unit: TOKEN_CHARS, maxLength: 120 }),
      mutated,
      fc.array(fc.string({ unit: fc.constantFrom(...'AZaz09-_'.split('')), maxLength: 40 }), { maxLength: 6 }).map((parts) => parts.join('.')),
    )
    fc.assert(
      fc.property(anyText, (text) => isResultOrLocatedError(decodeToken(normalizeInput(text).token))),
      { numRuns: 100_000 },
    )
  }, 180_000)

  it('decodes any JSON object header and payload back to the same values', () => {
    const json = fc.dictionary(fc.string({ unit: 'grapheme' }), fc.jsonValue({ maxDepth: 4 }))
    fc.assert(
      fc.property(json, json, fc.uint8Array({ maxLength: 80 }), (header, payload, signature) => {
        const token = [encodeSegment(JSON.stringify(header)), encodeSegment(JSON.stringify(payload)), encodeSegment(signature)].join('.')
        const decoded = decodeToken(token)
        expect(decoded.errors).toEqual([])
        expect(decoded.header?.ok && decoded.header.value).toEqual(JSON.parse(JSON.stringify(header)))
        expect(decoded.payload?.ok && decoded.payload.value).toEqual(JSON.parse(JSON.stringify(payload)))
        expect(decoded.signature?.ok && Array.from(decoded.signature.bytes)).toEqual(Array.from(signature))
      }),
      { numRuns: 2_000 },
    )
  }, 60_000)

  it('handles hostile payloads: 10,000 nested arrays, lone surrogates, control characters', () => {
    const deep = '['.repeat(10_000) + ']'.repeat(10_000)
    const header = encodeSegment('{"alg":"HS256"}')
    const deepToken = `${header}.${encodeSegment(`{"a":${deep}}`)}.c2ln`
    expect(isResultOrLocatedError(decodeToken(deepToken))).toBe(true)
    const surrogate = `${header}.${encodeSegment('{"a":"\\ud800 and \\u0001\\u001f"}')}.c2ln`
    const decoded = decodeToken(surrogate)
    expect(decoded.payload?.ok && decoded.payload.value.a).toBe('\ud800 and \u0001\u001f')
  })
})

describe('decodeToken given the token before it', () => {
  it('decodes exactly as a fresh decode does, whatever changed between the two', () => {
    const anyText = fc.oneof(fc.string({ unit: TOKEN_CHARS, maxLength: 120 }), mutated)
    fc.assert(
      fc.property(anyText, anyText, (before, after) => {
        const previous = decodeToken(normalizeInput(before).token)
        const token = normalizeInput(after).token
        expect(decodeToken(token, previous)).toEqual(decodeToken(token))
      }),
      { numRuns: 5_000 },
    )
  }, 60_000)

  it('reuses the unchanged segments, the same objects, and decodes the changed one', () => {
    const [header, payload, signature] = REAL_TOKEN.split('.') as [string, string, string]
    const previous = decodeToken(REAL_TOKEN)
    const newPayload = encodeSegment('{"sub":"changed"}')
    const decoded = decodeToken(`${header}.${newPayload}.${signature}`, previous)
    expect(decoded.header).toBe(previous.header)
    expect(decoded.signature).toBe(previous.signature)
    expect(decoded.payload).not.toBe(previous.payload)
    expect(decoded.payload?.ok && decoded.payload.value).toEqual({ sub: 'changed' })
    // A segment that moves to another place is decoded as what it is there.
    const shifted = decodeToken(`${payload}.${header}`, previous)
    expect(shifted).toEqual(decodeToken(`${payload}.${header}`))
  })
})
