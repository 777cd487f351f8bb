import { CompactSign } from 'jose'
import { describe, expect, it } from 'vitest'
import { algorithmInfo } from './algorithms'
import jwtio from './fixtures/jwtio-e2e-jwt.json'
import openssl from './fixtures/openssl-keys.json'
import pyjwt from './fixtures/pyjwt.json'
import rfc from './fixtures/rfc-vectors.json'
import rsaPss from './fixtures/rsa-pss.json'
import { recognizeKey } from './key-format'
import { decodeSecret, keyTypeProblem, prepareKey, supportsAlgorithm, type PrepareKeyResult } from './keys'
import { signJsonText } from './sign'
import { verifySignature } from './verify'

const byAlg = jwtio.byAlgorithm
const utf8 = { encoding: 'utf8' } as const

function onlyKey(result: PrepareKeyResult): CryptoKey {
  if (!result.ok) throw new Error(result.message)
  expect(result.candidates).toHaveLength(1)
  return result.candidates[0]!.key
}

describe('decodeSecret', () => {
  it.each([
    ['utf8', 'héllo', [104, 195, 169, 108, 108, 111]],
    ['utf8', ' a ', [32, 97, 32]],
    ['base64url', 'aGVsbG8', [104, 101, 108, 108, 111]],
    ['base64url', 'aGVsbG8=', [104, 101, 108, 108, 111]],
    ['base64url', '-_8', [251, 255]],
    ['base64url', '+/8=', [251, 255]],
    ['base64url', 'aGVs\nbG8', [104, 101, 108, 108, 111]],
  ] as const)('%s %j', (encoding, text, bytes) => {
    const decoded = decodeSecret(text, encoding)
    expect(decoded.ok && [...decoded.bytes]).toEqual(bytes)
  })

  it.each([
    ['abc$', /"\$" at position 4/],
    ['a', /length/],
    ['ab=c', /"=" at position 3/],
  ])('refuses %j as base64url', (text, message) => {
    const decoded = decodeSecret(text, 'base64url')
    expect(!decoded.ok && decoded.message).toMatch(message)
  })
})

describe('RFC keys import to the exact keys the RFCs used', () => {
  // Deterministic algorithms: signing the RFC's signing input must give the RFC's signature.
  it.each(rfc.vectors.filter((v) => v.deterministic))('$section ($alg)', async (vector) => {
    const prepared = await prepareKey(JSON.stringify(vector.privateJwk), vector.alg, 'sign', utf8)
    const key = onlyKey(prepared)
    const [header, payload, signature] = vector.token.split('.') as [string, string, string]
    const bytes = await crypto.subtle.sign(key.algorithm.name, key, new TextEncoder().encode(`${header}.${payload}`))
    expect(Buffer.from(bytes).toString('base64url')).toBe(signature)
  })

  it('RFC 7515 A.2 and RFC 8037 A.4 come out byte for byte through jose CompactSign', async () => {
    for (const id of ['rfc7515-a2', 'rfc8037-a4']) {
      const vector = rfc.vectors.find((v) => v.id === id)!
      const key = onlyKey(await prepareKey(JSON.stringify(vector.privateJwk), vector.alg, 'sign', utf8))
      const token = await new CompactSign(new TextEncoder().encode(vector.payload)).setProtectedHeader(JSON.parse(vector.protectedHeader)).sign(key)
      expect(token).toBe(vector.token)
    }
  })
})

describe('prepareKey', () => {
  it.each([
    ['RS256', byAlg.RS256.withPemKey.publicKey, 'RSASSA-PKCS1-v1_5'],
    ['PS256', byAlg.RS256.withPemKey.publicKey, 'RSA-PSS'],
    ['RS256', openssl.keys['rs256-pkcs1-public'].text, 'RSASSA-PKCS1-v1_5'],
    ['ES384', byAlg.ES384.withPemKey.publicKey, 'ECDSA'],
    ['EdDSA', byAlg.Ed25519.withPemKey.publicKey, 'Ed25519'],
    ['Ed25519', JSON.stringify(byAlg.Ed25519.withJwkKey.publicKey), 'Ed25519'],
  ])('%s with %#: a public %s key for verifying', async (alg, text, name) => {
    const key = onlyKey(await prepareKey(text, alg, 'verify', utf8))
    expect(key.type).toBe('public')
    expect(key.algorithm.name).toBe(name)
    expect(key.usages).toEqual(['verify'])
  })

  it.each([
    ['RS256', byAlg.RS256.withPemKey.privateKey],
    ['RS256', openssl.keys['rs256-pkcs1-private'].text],
    ['ES256', openssl.keys['es256-sec1-private'].text],
    ['ES256', JSON.stringify(byAlg.ES256.withJwkKey.privateKey)],
  ])('%s %#: a private key stays private for signing and becomes public for verifying', async (alg, text) => {
    const signing = onlyKey(await prepareKey(text, alg, 'sign', utf8))
    expect([signing.type, signing.extractable]).toEqual(['private', false])
    const verifying = onlyKey(await prepareKey(text, alg, 'verify', utf8))
    expect(verifying.type).toBe('public')
  })

  it.each([
    ['HS256', 'SHA-256'],
    ['HS384', 'SHA-384'],
    ['HS512', 'SHA-512'],
  ])('%s secrets become HMAC %s keys', async (alg, hash) => {
    const key = onlyKey(await prepareKey('x'.repeat(64), alg, 'verify', utf8))
    expect(key.algorithm).toEqual({ name: 'HMAC', hash: { name: hash }, length: 512 })
  })

  it('an unknown alg is refused before the key is read', async () => {
    expect(await prepareKey('secret', 'XS256', 'verify', utf8)).toMatchObject({ ok: false, code: 'unknown-alg' })
  })
})

describe('RSA-PSS keys from `openssl genpkey -algorithm RSA-PSS` (id-RSASSA-PSS, RFC 4055)', () => {
  const pssKeys = rsaPss.keys
  const pssToken = (id: string) => rsaPss.tokens.find((t) => t.id === id)!
  const tampered = (token: string) => token.replace(/\.(.)/, (_, c: string) => `.${c === 'e' ? 'f' : 'e'}`)

  it.each([
    ['rsa-pss-PS256', pssKeys['rsa-pss-public'].text],
    ['rsa-pss-PS256', pssKeys['rsa-pss-private'].text],
    ['rsa-pss-PS256', pssKeys['rsa-pss-certificate'].text],
    ['rsa-pss-PS384', pssKeys['rsa-pss-public'].text],
    ['rsa-pss-sha256-PS256', pssKeys['rsa-pss-sha256-public'].text],
    ['rsa-pss-sha256-PS256', pssKeys['rsa-pss-sha256-private'].text],
  ])('%s verifies with key %#, and the note says it was an RSASSA-PSS key', async (id, key) => {
    const { token, alg } = pssToken(id)
    const result = await verifySignature(token, key, utf8)
    expect(result).toMatchObject({ status: 'verified', alg })
    expect(result.keyNote).toContain(`an RSASSA-PSS key (OID id-RSASSA-PSS): WebCrypto imports only plain RSA keys, so the same RSA key was re-wrapped as one for ${alg}`)
    expect((await verifySignature(tampered(token), key, utf8)).status).toBe('invalid')
  })

  it('a key whose parameters pin SHA-256 is refused for PS384, naming both hashes', async () => {
    const result = await verifySignature(pssToken('rsa-pss-sha256-PS384').token, pssKeys['rsa-pss-sha256-public'].text, utf8)
    expect(result).toMatchObject({ status: 'cannot-verify', code: 'wrong-key-type' })
    expect(result.message).toBe('this RSA-PSS key is restricted to SHA-256 by its parameters (RFC 4055 §3.1); PS384 uses SHA-384')
  })

  it("warns when the parameters' MGF1 hash is not the alg's (OpenSSL 3.0 leaves it SHA-1)", async () => {
    const result = await verifySignature(pssToken('rsa-pss-sha256-PS256').token, pssKeys['rsa-pss-sha256-public'].text, utf8)
    expect(result.warnings).toEqual([
      "this RSA-PSS key's parameters name MGF1 with SHA-1, but PS256 uses MGF1 with SHA-256 (RFC 7518 §3.5); OpenSSL would refuse to sign PS256 with this key (regenerate it with -pkeyopt rsa_pss_keygen_mgf1_md:sha256)",
    ])
  })

  it('its private key signs PS512 tokens that its public key verifies', async () => {
    const signed = await signJsonText('{"alg":"PS512"}', '{"sub":"pss"}', pssKeys['rsa-pss-private'].text, utf8)
    if (!signed.ok) throw new Error(signed.message)
    expect((await verifySignature(signed.token, pssKeys['rsa-pss-public'].text, utf8)).status).toBe('verified')
  })
})

describe('PEM keys whose line breaks were lost or escaped on the way', () => {
  const { jwt, publicKey } = byAlg.PS256.withPemKey
  it.each([
    ['flattened to one line with spaces', publicKey.replace(/\n/g, ' ')],
    ['with literal \\n escapes', publicKey.replace(/\n/g, '\\n')],
    ['from a legacy jwt.io link ("+" became " ")', new URLSearchParams(`k=${publicKey.replace(/\n/g, '%0A')}`).get('k') ?? ''],
  ])('jwt.io\'s PS256 token verifies with its public key %s', async (_, key) => {
    expect(await verifySignature(jwt, key, utf8)).toMatchObject({ status: 'verified', keyNote: 'PEM public key (SPKI, RSA 2048-bit)' })
  })
})

describe('a JWK member that cannot be key bytes is named, in our words', () => {
  const rsa = byAlg.RS256.withJwkKey.publicKey
  const ec = byAlg.ES256.withJwkKey.publicKey
  const shortX = Buffer.from(ec.x, 'base64url').subarray(1).toString('base64url')
  it.each([
    ['RS256', { ...rsa, e: '!!' }, 'the JWK member "e" is not base64url: it has "!" at character 1, and base64url uses only A-Z, a-z, 0-9, "-" and "_"'],
    ['RS256', { ...rsa, e: 'AQA=' }, 'the JWK member "e" ends with "=" padding (character 4): JWK members are base64url without padding (RFC 7515 §2)'],
    ['ES256', { ...ec, y: `a+${ec.y.slice(2)}` }, 'the JWK member "y" is not base64url: it has "+" at character 2 (that is plain base64), and base64url uses only A-Z, a-z, 0-9, "-" and "_"'],
    ['ES256', { ...ec, x: `${ec.x}AA` }, `the JWK member "x" is not base64url: ${ec.x.length + 2} characters cannot come from any bytes (one missing or extra?)`],
    ['ES256', { ...ec, x: shortX }, 'the JWK member "x" holds 31 bytes; on P-256 it holds 32 (RFC 7518 §6.2, RFC 8037 §2)'],
    ['HS256', { kty: 'oct', k: 'ab$' }, 'the JWK member "k" is not base64url: it has "$" at character 3, and base64url uses only A-Z, a-z, 0-9, "-" and "_"'],
  ])('%s %#', async (alg, jwk, message) => {
    expect(await prepareKey(JSON.stringify(jwk), alg, 'verify', utf8)).toMatchObject({ ok: false, code: 'malformed-key', message })
  })

  it('in a JWKS, with the key it is in', async () => {
    const result = await prepareKey(JSON.stringify({ keys: [{ ...rsa, e: '!!', kid: 'k1' }] }), 'RS256', 'verify', utf8)
    expect(result).toMatchObject({ ok: false, message: 'key "k1" (RSA 2048-bit): the JWK member "e" is not base64url: it has "!" at character 1, and base64url uses only A-Z, a-z, 0-9, "-" and "_"' })
  })
})

describe('kids', () => {
  const rsa = byAlg.RS256.withJwkKey.publicKey
  const ec = byAlg.ES256.withJwkKey.publicKey
  it.each([
    [[rsa, ec], 'the JWKS has no key with kid "k9" (none of its 2 keys has a kid)'],
    [[rsa], 'the JWKS has no key with kid "k9" (its only key has no kid)'],
    [[{ ...rsa, kid: 'a' }, ec, rsa], 'the JWKS has no key with kid "k9" (it has: a, and 2 keys without one)'],
  ])('a token kid against a JWKS whose keys lack it: %#', async (keys, message) => {
    expect(await prepareKey(JSON.stringify({ keys }), 'RS256', 'verify', { ...utf8, kid: 'k9' })).toMatchObject({ ok: false, code: 'no-matching-kid', message })
  })

  it("a single JWK whose kid is not the token's still verifies, with a warning", async () => {
    const fixture = pyjwt.tokens.find((t) => t.id === 'pyjwt-RS256')!
    expect(fixture.header.kid).toBe('pyjwt-rs256-1')
    const result = await verifySignature(fixture.token, JSON.stringify({ ...fixture.key.publicJwk, kid: 'other' }), utf8)
    expect(result.status).toBe('verified')
    expect(result.warnings).toEqual(['the token\'s kid is "pyjwt-rs256-1" but this JWK\'s is "other": a single key is tried whatever its kid, so check that it is the key you meant'])
  })

  it('the same for a single secret JWK', async () => {
    const result = await prepareKey(JSON.stringify({ ...rfc.vectors[0]!.privateJwk, kid: 'other' }), 'HS256', 'verify', { ...utf8, kid: 'k1' })
    expect(result.ok && result.warnings).toEqual(['the token\'s kid is "k1" but this JWK\'s is "other": a single key is tried whatever its kid, so check that it is the key you meant'])
  })
})

describe('keyTypeProblem', () => {
  const type = (text: string) => recognizeKey(text).keyType!
  it.each([
    ['RS256', byAlg.RS256.withPemKey.publicKey, undefined],
    ['PS512', byAlg.RS256.withPemKey.publicKey, undefined],
    ['ES256', byAlg.ES256.withPemKey.publicKey, undefined],
    ['EdDSA', byAlg.Ed25519.withPemKey.publicKey, undefined],
    ['ML-DSA-44', byAlg['ML-DSA-44'].withPemKey.publicKey, undefined],
    ['ML-DSA-65', byAlg['ML-DSA-44'].withPemKey.publicKey, 'this is an ML-DSA-44 key; ML-DSA-65 needs an ML-DSA-65 key.'],
    ['ES384', byAlg.ES256.withPemKey.publicKey, 'this is an EC P-256 key; ES384 needs an EC P-384 key.'],
    ['RS256', openssl.keys['rsa1024-public'].text, 'this RSA key is 1024-bit; RS256 needs at least 2048 bits (RFC 7518 §3.3), and jose refuses smaller keys'],
  ])('%s with %#', (alg, text, problem) => {
    expect(keyTypeProblem(type(text), algorithmInfo(alg)!)?.message).toBe(problem)
  })
})

describe('supportsAlgorithm', () => {
  it('knows the baseline algorithms without probing, and nothing it does not know', async () => {
    for (const alg of ['HS256', 'RS512', 'PS384', 'ES512']) expect(await supportsAlgorithm(alg)).toBe(true)
    for (const alg of ['none', 'ES256K', 'HS999', '']) expect(await supportsAlgorithm(alg)).toBe(false)
  })

  it('probes Ed25519 once for both of its names and caches the answer', async () => {
    const eddsa = supportsAlgorithm('EdDSA')
    expect(supportsAlgorithm('Ed25519')).toBe(eddsa)
    expect(supportsAlgorithm('EdDSA')).toBe(eddsa)
    expect(typeof (await eddsa)).toBe('boolean')
  })

  it('answers ML-DSA without throwing, whatever the runtime has', async () => {
    for (const alg of ['ML-DSA-44', 'ML-DSA-65', 'ML-DSA-87']) expect(typeof (await supportsAlgorithm(alg))).toBe('boolean')
  })
})
