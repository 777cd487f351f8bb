import { base64url } from 'jose'
import { describe, expect, it } from 'vitest'
import fixtures from './fixtures/jwtio-e2e-jwt.json'
import {
  A1_HEADER_OCTETS,
  A1_HEADER_B64U,
  A1_PAYLOAD_OCTETS,
  A1_PAYLOAD_B64U,
  A1_SIGNING_INPUT_OCTETS,
  A1_JWK,
  A1_SIGNATURE_OCTETS,
  A1_SIGNATURE_B64U,
  A1_JWS,
} from './fixtures/rfc7515-a1'
import { base64Differences, buildLearnSteps, toBase64, type LearnResult, type LearnSteps } from './learn'

// Hex of the RFC's decimal octets, written independently of byteView.
const hex = (octets: number[]) => octets.map((b) => (b + 0x100).toString(16).slice(1)).join('')

function steps(result: LearnResult): LearnSteps {
  if (!result.ok) throw new Error(`expected steps, got ${result.code}: ${result.message}`)
  return result.steps
}

describe('RFC 7515 Appendix A.1', async () => {
  const result = await buildLearnSteps(A1_JWS, { text: A1_JWK.k, encoding: 'base64url' })
  const [header, payload, signingInput, signature, token] = steps(result)

  it('step 1: the header bytes, kept exactly (CRLF and the leading space)', () => {
    expect(header.bytes.decimal).toEqual(A1_HEADER_OCTETS)
    expect(header.bytes.hex).toBe(hex(A1_HEADER_OCTETS))
    expect(header.text).toBe('{"typ":"JWT",\r\n "alg":"HS256"}')
    expect(header.output).toBe(A1_HEADER_B64U)
    expect(header.json).toEqual({ ok: true, value: { typ: 'JWT', alg: 'HS256' } })
  })

  it('step 2: the payload bytes and base64url', () => {
    expect(payload.bytes.decimal).toEqual(A1_PAYLOAD_OCTETS)
    expect(payload.bytes.length).toBe(A1_PAYLOAD_OCTETS.length)
    expect(payload.output).toBe(A1_PAYLOAD_B64U)
  })

  it('steps 1–2: plain base64 next to base64url', () => {
    // Neither segment has - or _, so plain base64 is the same text, padded to a multiple of 4 (RFC 4648 §4, §5):
    // 30 header bytes fill 40 characters exactly; 70 payload bytes need 2 padding characters.
    expect(header.base64).toBe(A1_HEADER_B64U)
    expect(payload.base64).toBe(`${A1_PAYLOAD_B64U}==`)
    expect(header.differences).toEqual([])
    expect(payload.differences).toEqual([{ kind: 'padding-removed', index: 94, count: 2 }])
  })

  it('step 3: the signing input ASCII bytes', () => {
    expect(signingInput.text).toBe(`${A1_HEADER_B64U}.${A1_PAYLOAD_B64U}`)
    expect(signingInput.bytes.decimal).toEqual(A1_SIGNING_INPUT_OCTETS)
    expect(signingInput.bytes.hex).toBe(hex(A1_SIGNING_INPUT_OCTETS))
  })

  it('step 4: HMAC SHA-256 with the A.1.1 key', () => {
    expect(signature.mode).toBe('hmac')
    if (signature.mode !== 'hmac') return
    expect(signature.hash).toBe('SHA-256')
    expect(signature.computed.decimal).toEqual(A1_SIGNATURE_OCTETS)
    expect(signature.computed.hex).toBe(hex(A1_SIGNATURE_OCTETS))
    expect(signature.computed.base64url).toBe(A1_SIGNATURE_B64U)
    expect(signature.computed.bits).toBe(256)
    expect(signature.matches).toBe(true)
    expect(signature.output).toBe(A1_SIGNATURE_B64U)
  })

  it('step 5: the complete JWS, parts tagged', () => {
    expect(token.output).toBe(A1_JWS)
    expect(token.matchesInput).toBe(true)
    expect(token.parts.map((p) => [p.role, token.output.slice(p.start, p.end)])).toEqual([
      ['header', A1_HEADER_B64U],
      ['payload', A1_PAYLOAD_B64U],
      ['signature', A1_SIGNATURE_B64U],
    ])
  })

  it('each step feeds the next', () => {
    expect(signingInput.text).toBe(`${header.output}.${payload.output}`)
    expect(token.output).toBe(`${signingInput.output}.${signature.output}`)
  })
})

describe('step 4 without or with the wrong secret', () => {
  it('without a key says what is needed and shows the token signature', async () => {
    const [, , , signature, token] = steps(await buildLearnSteps(A1_JWS))
    expect(signature.mode).toBe('hmac-needs-key')
    expect(signature.tokenSignature.decimal).toEqual(A1_SIGNATURE_OCTETS)
    expect(signature.explanation).toMatch(/secret/)
    expect(token.output).toBe(A1_JWS)
  })
  it('with a different secret the MAC does not match and the rebuilt token differs', async () => {
    const [, , , signature, token] = steps(await buildLearnSteps(A1_JWS, { text: 'another secret', encoding: 'utf8' }))
    expect(signature.mode === 'hmac' && signature.matches).toBe(false)
    expect(token.matchesInput).toBe(false)
    expect(token.parts[2].text).not.toBe(A1_SIGNATURE_B64U)
  })
  it('a secret marked base64url that is not', async () => {
    const [, , , signature] = steps(await buildLearnSteps(A1_JWS, { text: 'not base64url!', encoding: 'base64url' }))
    expect(signature.mode).toBe('hmac-bad-key')
  })
})

// jwt.io signed these with its own code; our HMAC must reproduce each signature.
const hmacFixtures = (['HS256', 'HS384', 'HS512'] as const).flatMap((alg) => {
  const f = fixtures.byAlgorithm[alg]
  return [
    [alg, 'utf8', f.withUtf8Secret.jwt, f.withUtf8Secret.secret],
    [alg, 'base64url', f.withBase64urlSecret.jwt, f.withBase64urlSecret.secret],
  ] as const
})

describe.each(hmacFixtures)('jwt.io %s token, %s secret', (alg, encoding, jwt, secret) => {
  it('recomputes the signature', async () => {
    const [, , , signature, token] = steps(await buildLearnSteps(jwt, { text: secret, encoding }))
    expect(signature.mode === 'hmac' && signature.matches).toBe(true)
    expect(signature.alg).toBe(alg)
    expect(token.output).toBe(jwt)
  })
})

// Signature lengths are facts of each algorithm: RSA = the modulus length (RFC 8017 §8.1.1, §8.2.1), read from
// the fixture's public JWK "n"; ECDSA R||S (RFC 7518 §3.4); Ed25519 (RFC 8032 §5.1.6); ML-DSA (FIPS 204 Table 2).
const modulusBytes = (alg: 'RS256' | 'PS512') => base64url.decode(fixtures.byAlgorithm[alg].withJwkKey.publicKey.n).length
const signatureSizes = [
  ['RS256', modulusBytes('RS256')],
  ['PS512', modulusBytes('PS512')],
  ['ES256', 64],
  ['ES384', 96],
  ['ES512', 132],
  ['Ed25519', 64],
  ['ML-DSA-44', 2420],
  ['ML-DSA-65', 3309],
  ['ML-DSA-87', 4627],
] as const

describe.each(signatureSizes)('jwt.io %s token', (alg, bytes) => {
  it(`describes the signature: ${bytes} bytes, private key signs, public key verifies`, async () => {
    const jwt = fixtures.byAlgorithm[alg].withJwkKey.jwt
    const [, , signingInput, signature, token] = steps(await buildLearnSteps(jwt))
    expect(signature.mode).toBe('asymmetric')
    if (signature.mode !== 'asymmetric') return
    expect(signature.tokenSignature.length).toBe(bytes)
    expect(signature.tokenSignature.bits).toBe(bytes * 8)
    expect(signature.tokenSignature.base64url).toBe(jwt.split('.')[2])
    expect(signature.signedWith).toMatch(/private key/)
    expect(signature.verifiedWith).toMatch(/public key/)
    expect(signature.explanation).toMatch(/signing input/)
    expect(signingInput.text).toBe(jwt.split('.').slice(0, 2).join('.'))
    expect(token.output).toBe(jwt)
  })
})

describe('alg none', () => {
  it('has an empty signature, explained', async () => {
    const jwt = fixtures.byAlgorithm.none.jwt
    const [, , , signature, token] = steps(await buildLearnSteps(jwt))
    expect(signature.mode).toBe('none')
    expect(signature.mode === 'none' && signature.signaturePresent).toBe(false)
    expect(signature.tokenSignature.length).toBe(0)
    expect(token.parts[2]).toEqual({ role: 'signature', text: '', start: jwt.length, end: jwt.length })
    expect(token.output).toBe(jwt)
  })
  it('"None" is not the registered "none": alg values are case-sensitive', async () => {
    const [, , , signature] = steps(await buildLearnSteps(`${Buffer.from('{"alg":"None"}').toString('base64url')}.e30.`))
    expect(signature.explanation).toMatch(/^alg is "None", not the registered "none" \(alg values are case-sensitive/)
    const [, , , registered] = steps(await buildLearnSteps(fixtures.byAlgorithm.none.jwt))
    expect(registered.explanation).toMatch(/^alg is "none": nobody signed/)
  })
  it('notices a signature where none is allowed', async () => {
    const [, , , signature] = steps(await buildLearnSteps(`${fixtures.byAlgorithm.none.jwt}AAAA`))
    expect(signature.mode === 'none' && signature.signaturePresent).toBe(true)
  })
})

describe('base64 vs base64url', () => {
  it('finds + → - and / → _ where plain base64 has them', () => {
    // RFC 4648 alphabets: 0x7e7e7e = 011111 100111 111001 111110 → "fn5+" (base64) / "fn5-" (base64url);
    // 0x3f3f3f = 001111 110011 111100 111111 → "Pz8/" / "Pz8_".
    const bytes = new TextEncoder().encode('~~~???')
    expect(toBase64(bytes)).toBe('fn5+Pz8/')
    expect(base64url.encode(bytes)).toBe('fn5-Pz8_')
    expect(base64Differences('fn5+Pz8/', 'fn5-Pz8_')).toEqual([
      { kind: 'plus-to-minus', index: 3, base64: '+', base64url: '-' },
      { kind: 'slash-to-underscore', index: 7, base64: '/', base64url: '_' },
    ])
  })
  it('finds every difference in a long segment, at block edges and at its end', async () => {
    // 3,000 bytes of 0xfb 0xff: base64 "+/" everywhere, so base64url differs at every character.
    const bytes = new Uint8Array(3_000).map((_, i) => (i % 3 === 2 ? 0xff : 0xfb))
    const base64 = toBase64(bytes)
    const expected = [...base64.replace(/=+$/, '')].flatMap((c, index) => (c === '+' || c === '/' ? [index] : []))
    expect(expected.length).toBeGreaterThan(1_000)
    const found = base64Differences(base64, base64url.encode(bytes)).map((d) => d.index)
    expect(found).toEqual(expected)
    // Mostly alike: a first block with no difference, then "+" at 1024 (right after it), 2047 and the last index.
    const alike = 'A'.repeat(3_000).split('')
    for (const index of [1024, 2047, 2999]) alike[index] = '+'
    const plain = alike.join('')
    expect(base64Differences(plain, plain.replaceAll('+', '-')).map((d) => d.index)).toEqual([1024, 2047, 2999])
  })
  it('reports padding with its position and count', () => {
    expect(base64Differences('YQ==', 'YQ')).toEqual([{ kind: 'padding-removed', index: 2, count: 2 }])
  })
  it('reports a non-canonical last character', async () => {
    // "YR" decodes to the same byte as "YQ" ("a"), but its unused low bits are not zero.
    const [header] = steps(await buildLearnSteps('YR.e30.'))
    expect(header.differences).toContainEqual({ kind: 'non-canonical', index: 1, base64: 'Q', base64url: 'R' })
  })
  it('toBase64 handles more than one chunk', () => {
    const big = new Uint8Array(100_000).map((_, i) => i % 251)
    // jose's base64url, mapped back to the base64 alphabet and padded (RFC 4648 §5), is an independent codec.
    const viaJose = base64url.encode(big).replaceAll('-', '+').replaceAll('_', '/')
    expect(toBase64(big)).toBe(viaJose.padEnd(Math.ceil(viaJose.length / 4) * 4, '='))
  })
})

describe('located errors', () => {
  it.each([
    ['', 'empty', null, undefined],
    ['abc.def', 'part-count', null, undefined],
    ['a.b.c.d.e', 'jwe', null, undefined],
    ['eyJhbGciOiJub25lIn0.e30=.', 'padding', 1, 23],
    ['eyJhbGciOiJub25lIn0.e3+0.', 'bad-char', 1, 22],
    ['  eyJhbGciOiJub25lIn0.e3 0.  ', 'bad-char', 1, 24],
    ['eyJhbGciOiJub25lIn0.e30.abcde', 'bad-length', 2, undefined],
  ])('%j → %s', async (token, code, segment, tokenIndex) => {
    const result = await buildLearnSteps(token)
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect([result.code, result.segment, result.tokenIndex]).toEqual([code, segment, tokenIndex])
    if (tokenIndex !== undefined) expect(token[tokenIndex]).toMatch(/[=+ ]/)
  })
  it('trims surrounding whitespace', async () => {
    expect((await buildLearnSteps(`\n ${A1_JWS} \n`)).ok).toBe(true)
  })
  it('still builds steps when the header is not JSON', async () => {
    const [header, , , signature] = steps(await buildLearnSteps('bm90IGpzb24.e30.'))
    expect(header.text).toBe('not json')
    expect(header.json.ok).toBe(false)
    expect(signature.mode).toBe('unknown-alg')
    // It has no JSON at all, not a JSON header missing "alg".
    expect(signature.explanation).toMatch(/does not decode to JSON/)
  })
  it('counts a one-character segment in the singular', async () => {
    const result = await buildLearnSteps('e30.e30.a')
    expect(!result.ok && result.message).toBe('The signature has 1 character; no bytes encode to a length of 4n+1.')
  })
  it('shows bytes that are not UTF-8', async () => {
    const [, payload] = steps(await buildLearnSteps('e30.__79.')) // 0xff 0xfe 0xfd
    expect(payload.utf8).toBe(false)
    expect(payload.bytes.decimal).toEqual([0xff, 0xfe, 0xfd])
  })
})

// The decoder reads an oct JWK's "k" as the secret's bytes (keys.ts); learn mode must read it the same way,
// or it calls a verified token's signature wrong.
describe('step 4 with the key field holding a JWK, as the decoder reads it', () => {
  const { jwt, secret } = fixtures.byAlgorithm.HS256.withUtf8Secret
  const k = Buffer.from(secret, 'utf8').toString('base64url')
  it.each([
    ['an oct JWK', JSON.stringify({ kty: 'oct', k })],
    ['a JWKS holding one oct key', JSON.stringify({ keys: [fixtures.byAlgorithm.RS256.withJwkKey.publicKey, { kty: 'oct', k }] })],
  ])('%s: the HMAC uses its k and matches', async (_, text) => {
    const [, , , signature, token] = steps(await buildLearnSteps(jwt, { text, encoding: 'utf8' }))
    expect(signature.mode === 'hmac' && signature.matches).toBe(true)
    expect(signature.mode === 'hmac' && signature.secretSource).toMatch(/"k"/)
    expect(token.matchesInput).toBe(true)
  })
  it('an RSA key: says it cannot recompute an HMAC with it, and leaves the token as it is', async () => {
    const text = fixtures.byAlgorithm.RS256.withPemKey.publicKey
    const [, , , signature, token] = steps(await buildLearnSteps(jwt, { text, encoding: 'utf8' }))
    expect(signature.mode).toBe('hmac-bad-key')
    expect(signature.explanation).toMatch(/not a shared secret/)
    expect(token.output).toBe(jwt)
  })
})
