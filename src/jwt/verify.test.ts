import { createHmac } from 'node:crypto'
import { CompactSign, type CompactJWSHeaderParameters } from 'jose'
import { describe, expect, it } from 'vitest'
import { SIGNING_ALGORITHMS } from './algorithms'
import jwtio from './fixtures/jwtio-e2e-jwt.json'
import openssl from './fixtures/openssl-keys.json'
import pyjwt from './fixtures/pyjwt.json'
import rfc from './fixtures/rfc-vectors.json'
import { createKeyCache } from './key-cache'
import { supportsAlgorithm } from './keys'
import { verifySignature, type VerifyOptions } from './verify'

const byAlg = jwtio.byAlgorithm as unknown as Record<string, JwtIoEntry>
type KeyPair = { publicKey: string | object; privateKey: string | object; jwt: string }
type JwtIoEntry = {
  type: 'unsecured' | 'hmac' | 'digital'
  jwt?: string
  withUtf8Secret?: { secret: string; jwt: string }
  withBase64urlSecret?: { secret: string; jwt: string }
  withPemKey?: KeyPair
  withJwkKey?: KeyPair
}
const keys = openssl.keys
const utf8: VerifyOptions = { encoding: 'utf8' }
const b64: VerifyOptions = { encoding: 'base64url' }
const text = (key: string | object) => (typeof key === 'string' ? key : JSON.stringify(key))

/**
 * Changes one character of the first string value in the payload (or of the payload itself when it
 * is not JSON) and re-encodes it, keeping the original header and signature.
 */
function tamper(token: string): string {
  const [header, payload, signature] = token.split('.') as [string, string, string]
  const decoded = Buffer.from(payload, 'base64url').toString('utf8')
  const at = /:\s*"[^"\\]/.exec(decoded)
  const index = at ? at.index + at[0].length - 1 : 0
  const replacement = decoded[index] === 'A' ? 'B' : 'A'
  const changed = decoded.slice(0, index) + replacement + decoded.slice(index + 1)
  return [header, Buffer.from(changed, 'utf8').toString('base64url'), signature].join('.')
}

const DIGITAL = SIGNING_ALGORITHMS.filter((info) => info.family !== 'HMAC').map((info) => info.alg).filter((alg) => byAlg[alg])
const support = Object.fromEntries(await Promise.all(DIGITAL.map(async (alg) => [alg, await supportsAlgorithm(alg)] as const)))
const lacking = DIGITAL.filter((alg) => !support[alg])

describe('jwt.io fixtures (jsonwebtoken/jsonwebtoken.github.io e2e/jwt.json)', () => {
  it('alg none is unsigned, with or without a key', async () => {
    const token = byAlg.none!.jwt!
    for (const key of ['', 'secret', byAlg.RS256!.withPemKey!.publicKey as string]) {
      const result = await verifySignature(token, key, utf8)
      expect(result.status).toBe('unsigned')
      expect(result.message).toMatch(/no signature/)
    }
  })

  describe.each(['HS256', 'HS384', 'HS512'])('%s', (alg) => {
    const entry = byAlg[alg]!
    const utf8Case = entry.withUtf8Secret!
    const b64Case = entry.withBase64urlSecret!

    it('verifies with its UTF-8 secret and with its base64url secret', async () => {
      expect(await verifySignature(utf8Case.jwt, utf8Case.secret, utf8)).toMatchObject({ status: 'verified', alg, warnings: [] })
      expect(await verifySignature(b64Case.jwt, b64Case.secret, b64)).toMatchObject({ status: 'verified', alg })
    })

    it('accepts the base64url secret written as standard base64 with padding (RFC 4648 §4)', async () => {
      const standard = Buffer.from(b64Case.secret, 'base64url').toString('base64')
      expect(standard).toMatch(/[+/=]/)
      expect((await verifySignature(b64Case.jwt, standard, b64)).status).toBe('verified')
    })

    it('is invalid with a payload character changed, with the other encoding, or with the other secret', async () => {
      expect((await verifySignature(tamper(utf8Case.jwt), utf8Case.secret, utf8)).status).toBe('invalid')
      expect((await verifySignature(tamper(b64Case.jwt), b64Case.secret, b64)).status).toBe('invalid')
      expect((await verifySignature(b64Case.jwt, b64Case.secret, utf8)).status).toBe('invalid')
      expect((await verifySignature(utf8Case.jwt, b64Case.secret, b64)).status).toBe('invalid')
    })
  })

  describe.each(DIGITAL)('%s', (alg) => {
    const entry = byAlg[alg]!
    const skip = !support[alg]
    const reason = skip ? ` (skipped: this Node's WebCrypto has no ${alg})` : ''

    it.skipIf(skip)(`verifies with its public key as PEM and as JWK${reason}`, async () => {
      for (const pair of [entry.withPemKey!, entry.withJwkKey!]) {
        const result = await verifySignature(pair.jwt, text(pair.publicKey), utf8)
        expect(result).toMatchObject({ status: 'verified', alg })
        expect(result.keyNote).toMatch(/public key/)
      }
    })

    it.skipIf(skip)(`is invalid with one payload character changed${reason}`, async () => {
      for (const pair of [entry.withPemKey!, entry.withJwkKey!]) {
        const tampered = tamper(pair.jwt)
        expect(tampered).not.toBe(pair.jwt)
        expect((await verifySignature(tampered, text(pair.publicKey), utf8)).status).toBe('invalid')
      }
    })

    it.skipIf(skip)(`verifies with the private key, saying it derived the public key${reason}`, async () => {
      for (const pair of [entry.withPemKey!, entry.withJwkKey!]) {
        const result = await verifySignature(pair.jwt, text(pair.privateKey), utf8)
        expect(result.status).toBe('verified')
        expect(result.keyNote).toMatch(/a private key was given; verifying needs the public key, so we derived it/)
      }
    })
  })

  it.runIf(lacking.length > 0)(`reports cannot-verify for algorithms this runtime lacks: ${lacking.join(', ')}`, async () => {
    for (const alg of lacking) {
      const pair = byAlg[alg]!.withPemKey!
      expect(await verifySignature(pair.jwt, text(pair.publicKey), utf8)).toMatchObject({ status: 'cannot-verify', code: 'unsupported-alg' })
    }
  })

  it('wrong key of the right type is invalid', async () => {
    const rs256 = byAlg.RS256!.withPemKey!
    expect((await verifySignature(rs256.jwt, byAlg.PS256!.withPemKey!.publicKey as string, utf8)).status).toBe('invalid')
    const es256 = byAlg.ES256!.withJwkKey!
    const otherP256 = JSON.stringify(pyjwt.tokens.find((t) => t.id === 'pyjwt-ES256')!.key.publicJwk)
    expect((await verifySignature(es256.jwt, otherP256, utf8)).status).toBe('invalid')
    const hs256 = byAlg.HS256!.withUtf8Secret!
    expect((await verifySignature(hs256.jwt, 'not the secret', utf8)).status).toBe('invalid')
  })
})

describe('RFC vectors', () => {
  it.each(rfc.vectors)('$section ($alg) verifies with its key and fails when tampered', async (vector) => {
    const key = JSON.stringify(vector.publicJwk ?? vector.privateJwk)
    expect(await verifySignature(vector.token, key, utf8)).toMatchObject({ status: 'verified', alg: vector.alg })
    expect((await verifySignature(tamper(vector.token), key, utf8)).status).toBe('invalid')
  })

  it('RFC 7515 A.1: the oct JWK\'s "k" also works as a base64url secret', async () => {
    const a1 = rfc.vectors[0]!
    expect((await verifySignature(a1.token, (a1.privateJwk as { k: string }).k, b64)).status).toBe('verified')
  })

  it.each(rfc.vectors.filter((v) => v.publicJwk))('$section also verifies with its private JWK', async (vector) => {
    const result = await verifySignature(vector.token, JSON.stringify(vector.privateJwk), utf8)
    expect(result.status).toBe('verified')
    expect(result.keyNote).toMatch(/derived/)
  })

  it('RFC 7515 A.2 is signature-only: its exp (2011) does not matter', async () => {
    const a2 = rfc.vectors.find((v) => v.id === 'rfc7515-a2')!
    const result = await verifySignature(a2.token, JSON.stringify(a2.publicJwk), { encoding: 'utf8', now: new Date('2030-01-01T00:00:00Z') })
    expect(result.status).toBe('verified')
  })
})

describe('key formats people paste', () => {
  const rs256 = byAlg.RS256!.withPemKey!.jwt
  it.each([
    ['PKCS#1 RSA public key (wrapped into SPKI)', rs256, keys['rs256-pkcs1-public'].text, /PKCS#1/],
    ['PKCS#1 RSA private key (wrapped into PKCS#8, public derived)', rs256, keys['rs256-pkcs1-private'].text, /derived/],
    ['X.509 certificate with an RSA key', rs256, keys['rs256-certificate'].text, /X\.509 certificate/],
    ['X.509 certificate with an EC key', byAlg.ES256!.withPemKey!.jwt, keys['es256-certificate'].text, /X\.509 certificate/],
    ['SEC1 EC P-256 private key', byAlg.ES256!.withPemKey!.jwt, keys['es256-sec1-private'].text, /SEC1, P-256.*derived/],
    ['SEC1 EC P-384 private key', byAlg.ES384!.withPemKey!.jwt, keys['es384-sec1-private'].text, /SEC1, P-384/],
    ['SEC1 EC P-521 private key', byAlg.ES512!.withPemKey!.jwt, keys['es512-sec1-private'].text, /SEC1, P-521/],
    ['SEC1 after an EC PARAMETERS block', byAlg.ES256!.withPemKey!.jwt, keys['p256-ec-parameters'].text + keys['es256-sec1-private'].text, /SEC1/],
    ['PEM with surrounding blank lines and CRLF', rs256, `\r\n\r\n${(byAlg.RS256!.withPemKey!.publicKey as string).replace(/\n/g, '\r\n')}\r\n`, /SPKI/],
  ])('%s verifies', async (_, token, key, note) => {
    const result = await verifySignature(token, key, utf8)
    expect(result.status).toBe('verified')
    expect(result.keyNote).toMatch(note)
  })

  it.each([
    ['an encrypted PKCS#8 key', keys['es256-pkcs8-encrypted'].text, /encrypted with a passphrase/],
    ['an encrypted PKCS#1 key', keys['rs256-pkcs1-private-encrypted'].text, /encrypted with a passphrase/],
    ['an OpenSSH public key', keys['rs256-openssh-public'].text, /ssh-keygen -e -m PKCS8/],
    ['a PEM cut short', (byAlg.RS256!.withPemKey!.publicKey as string).slice(0, 200) + '\n-----END PUBLIC KEY-----', /PEM does not parse: .*ends too early|PEM does not parse/],
    ['a PEM with no END line', (byAlg.RS256!.withPemKey!.publicKey as string).replace('-----END PUBLIC KEY-----', ''), /PEM does not parse: .*no matching/],
    ['JSON with a syntax error', '{"kty":"RSA","n":', /the JSON does not parse/],
    ['JSON that is not a JWK', '{"alg":"RS256"}', /not a JWK/],
    ['nothing', '', /no key given/],
    ['base64 DER without PEM lines', (byAlg.RS256!.withPemKey!.publicKey as string).replace(/-----[A-Z ]+-----/g, '').trim(), /without its "-----BEGIN/],
  ])('%s cannot verify, with a reason', async (_, key, message) => {
    const result = await verifySignature(rs256, key, utf8)
    expect(result.status).toBe('cannot-verify')
    expect(result.message).toMatch(message)
  })
})

describe('key does not fit the algorithm', () => {
  const hs256 = byAlg.HS256!.withUtf8Secret!.jwt

  it.each([
    ['an RSA public key PEM', byAlg.RS256!.withPemKey!.publicKey as string],
    ['an EC public JWK', JSON.stringify(byAlg.ES256!.withJwkKey!.publicKey)],
    ['a private key PEM', byAlg.ES256!.withPemKey!.privateKey as string],
    ['a JWKS of public keys', JSON.stringify({ keys: [byAlg.RS256!.withJwkKey!.publicKey] })],
  ])('HS256 with %s is refused as algorithm confusion (RFC 8725 §2.1, §3.1)', async (_, key) => {
    for (const encoding of ['utf8', 'base64url'] as const) {
      const result = await verifySignature(hs256, key, { encoding })
      expect(result).toMatchObject({ status: 'cannot-verify', code: 'alg-confusion' })
      expect(result.message).toMatch(/algorithm-confusion attack/)
      expect(result.message).toMatch(/RFC 8725/)
    }
  })

  it.each([
    ['RS256', byAlg.ES256!.withPemKey!.publicKey, 'this is an EC P-256 key; RS256 needs an RSA key'],
    ['RS256', byAlg.Ed25519!.withJwkKey!.publicKey, 'this is an Ed25519 key; RS256 needs an RSA key'],
    ['ES256', byAlg.RS256!.withPemKey!.publicKey, 'this is an RSA 2048-bit key; ES256 needs an EC P-256 key'],
    ['ES256', byAlg.ES384!.withPemKey!.publicKey, 'this is an EC P-384 key; ES256 needs an EC P-256 key'],
    ['ES512', byAlg.ES256!.withJwkKey!.publicKey, 'this is an EC P-256 key; ES512 needs an EC P-521 key'],
    ['Ed25519', byAlg.ES256!.withPemKey!.publicKey, 'this is an EC P-256 key; Ed25519 needs an Ed25519 key'],
    ['ES256', keys['secp256k1-public'].text, 'ES256K'],
    ['Ed25519', keys['ed448-public'].text, 'Ed448 is not supported'],
    ['Ed25519', keys['x25519-public'].text, 'key agreement'],
    ['RS256', JSON.stringify(rfc.vectors[0]!.privateJwk), 'this is an HMAC secret key'],
  ])('a %s token with the wrong key type says what is wrong', async (alg, key, message) => {
    const token = byAlg[alg]!.withPemKey!.jwt
    const result = await verifySignature(token, text(key), utf8)
    expect(result.status).toBe('cannot-verify')
    expect(result.message).toContain(message)
  })

  it('mentions algorithm confusion when the key family differs', async () => {
    const result = await verifySignature(byAlg.RS256!.withPemKey!.jwt, byAlg.ES256!.withPemKey!.publicKey as string, utf8)
    expect(result.message).toMatch(/algorithm-confusion/)
  })

  it('a plain-text secret for RS256 is refused', async () => {
    const result = await verifySignature(byAlg.RS256!.withPemKey!.jwt, 'my-secret', utf8)
    expect(result).toMatchObject({ status: 'cannot-verify', code: 'wrong-key-type' })
    expect(result.message).toMatch(/RS256 needs an RSA key/)
  })

  it('an RSA key under 2048 bits is refused (RFC 7518 §3.3)', async () => {
    for (const key of [keys['rsa1024-public'].text, keys['rsa1024-private'].text]) {
      const result = await verifySignature(byAlg.RS256!.withPemKey!.jwt, key, utf8)
      expect(result).toMatchObject({ status: 'cannot-verify', code: 'key-too-small' })
      expect(result.message).toMatch(/1024-bit; RS256 needs at least 2048/)
    }
  })

  it('a JWK whose "alg" or "use" rules it out is refused (RFC 7517 §4.2, §4.4)', async () => {
    const rs = byAlg.RS256!.withJwkKey!
    const forPs = await verifySignature(rs.jwt, JSON.stringify({ ...(rs.publicKey as object), alg: 'PS256' }), utf8)
    expect(forPs.message).toMatch(/"alg": "PS256", but the token uses RS256/)
    const forEnc = await verifySignature(rs.jwt, JSON.stringify({ ...(rs.publicKey as object), use: 'enc' }), utf8)
    expect(forEnc.message).toMatch(/"use": "enc"/)
    const signOnly = await verifySignature(rs.jwt, JSON.stringify({ ...(rs.publicKey as object), key_ops: ['sign'] }), utf8)
    expect(signOnly.message).toMatch(/key_ops/)
  })

  it('a private JWK marked key_ops ["sign"] still verifies through its public half', async () => {
    const rs = byAlg.RS256!.withJwkKey!
    const result = await verifySignature(rs.jwt, JSON.stringify({ ...(rs.privateKey as object), key_ops: ['sign'] }), utf8)
    expect(result.status).toBe('verified')
  })

  it('a JWK marked "EdDSA" serves an "Ed25519" token: both name Ed25519 signatures (RFC 9864)', async () => {
    const ed = byAlg.Ed25519!.withJwkKey!
    const result = await verifySignature(ed.jwt, JSON.stringify({ ...(ed.publicKey as object), alg: 'EdDSA' }), utf8)
    expect(result.status).toBe('verified')
  })
})

describe('JWKS (RFC 7517 §5)', () => {
  const ecToken = pyjwt.tokens.find((t) => t.id === 'pyjwt-ES256-jwks')!
  const jwks = ecToken.jwks!

  it("picks the key with the token's kid", async () => {
    const result = await verifySignature(ecToken.token, JSON.stringify(jwks), utf8)
    expect(result).toMatchObject({ status: 'verified', kid: 'pyjwt-jwks-ec' })
    expect(result.keyNote).toMatch(/JWKS with 3 keys: picked key "pyjwt-jwks-ec" \(EC P-256\) \(matches the token's kid\)/)
  })

  it('verifies with a JWKS of private keys, and warns that a published JWKS holds public keys only', async () => {
    const token = byAlg.RS256!.withJwkKey!.jwt
    const set = { keys: [{ ...(byAlg.RS256!.withJwkKey!.privateKey as object), kid: 'rsa-private' }] }
    const result = await verifySignature(token, JSON.stringify(set), utf8)
    expect(result.status).toBe('verified')
    expect(result.warnings).toEqual([expect.stringContaining('the JWKS holds private key members ("d"…) in "rsa-private" (RSA 2048-bit)')])
    const published = await verifySignature(ecToken.token, JSON.stringify(jwks), utf8)
    expect(published.warnings).toEqual([])
  })

  it('explains a kid the JWKS does not have, listing the kids it has', async () => {
    const without = { keys: jwks.keys.filter((k) => k.kid !== 'pyjwt-jwks-ec') }
    const result = await verifySignature(ecToken.token, JSON.stringify(without), utf8)
    expect(result).toMatchObject({ status: 'cannot-verify', code: 'no-matching-kid' })
    expect(result.message).toBe('the JWKS has no key with kid "pyjwt-jwks-ec" (it has: pyjwt-jwks-rsa, pyjwt-jwks-ed)')
  })

  it('explains a kid that names a key of the wrong type', async () => {
    const swapped = { keys: jwks.keys.map((k) => ({ ...k, kid: k.kty === 'RSA' ? 'pyjwt-jwks-ec' : `${k.kid}-old` })) }
    const result = await verifySignature(ecToken.token, JSON.stringify(swapped), utf8)
    expect(result.status).toBe('cannot-verify')
    expect(result.message).toMatch(/key "pyjwt-jwks-ec" \(RSA 2048-bit\) matches the token's kid, but this is an RSA 2048-bit key; ES256 needs an EC P-256 key/)
  })

  it('without a kid, tries every key that fits the algorithm', async () => {
    const token = byAlg.RS256!.withJwkKey!.jwt
    const set = {
      keys: [
        { ...(byAlg.ES256!.withJwkKey!.publicKey as object), kid: 'ec' },
        { ...(byAlg.PS256!.withJwkKey!.publicKey as object), kid: 'other-rsa' },
        { ...(byAlg.RS256!.withJwkKey!.publicKey as object), kid: 'right-rsa' },
      ],
    }
    const result = await verifySignature(token, JSON.stringify(set), utf8)
    expect(result).toMatchObject({ status: 'verified', kid: 'right-rsa' })
    expect(result.keyNote).toMatch(/the token has no kid; 2 keys fit RS256, trying each\. Verified with JWKS key "right-rsa"/)
    const wrongOnly = { keys: set.keys.slice(0, 2) }
    const invalid = await verifySignature(token, JSON.stringify(wrongOnly), utf8)
    expect(invalid.status).toBe('invalid')
    expect(invalid.keyNote).toMatch(/picked key "other-rsa".*only one that fits RS256/)
  })

  it('an empty JWKS cannot verify', async () => {
    expect(await verifySignature(ecToken.token, '{"keys":[]}', utf8)).toMatchObject({ status: 'cannot-verify', message: 'the JWKS has no keys' })
  })
})

describe('tokens that cannot be checked', () => {
  const rsKey = byAlg.RS256!.withPemKey!.publicKey as string
  it.each([
    ['', 'malformed-token', /no token/],
    ['abc', 'malformed-token', /3 parts.*this has 1/],
    ['a.b', 'malformed-token', /this has 2/],
    ['eyJhbGciOiJSU0EtT0FFUCIsImVuYyI6IkEyNTZHQ00ifQ.a.b.c.d', 'encrypted-token', /JWE/],
    ['!!!.e30.sig', 'malformed-token', /^the header has "!" at character 1, which is not a base64url character/],
    [`${Buffer.from('{"typ":"JWT"}').toString('base64url')}.e30.sig`, 'no-alg', /no "alg"/],
    [`${Buffer.from('{"alg":"HS999"}').toString('base64url')}.e30.sig`, 'unknown-alg', /HS999/],
  ])('%j -> %s', async (token, code, message) => {
    const result = await verifySignature(token, rsKey, utf8)
    expect(result).toMatchObject({ status: 'cannot-verify', code })
    expect(result.message).toMatch(message)
  })

  // jose says "Invalid Token or Protected Header formatting" for each of these; the person is told which part.
  it.each([
    ['a null header', `${Buffer.from('null').toString('base64url')}.e30.c2ln`, /^the header is null, but it must be a JSON object/],
    ['"=" padding', `${Buffer.from('{"alg":"RS256"}').toString('base64url')}=.e30.c2ln`, /^the header ends with "=" padding at character 21: JWTs use base64url without padding/],
    ['a "Bearer:" prefix', `Bearer:${Buffer.from('{"alg":"RS256"}').toString('base64url')}.e30.c2ln`, /^the header has ":" at character 7/],
    ['an empty header', '.e30.c2ln', /^the header is empty/],
    ['a padded signature', `${Buffer.from('{"alg":"RS256"}').toString('base64url')}.e30.c2ln==`, /^the signature ends with "=" padding/],
    ['a padded payload', `${Buffer.from('{"alg":"RS256"}').toString('base64url')}.e30=.c2ln`, /^the payload ends with "=" padding/],
  ])('%s: names the part at fault, not jose\'s words', async (_name, token, message) => {
    const result = await verifySignature(token, rsKey, utf8)
    expect(result).toMatchObject({ status: 'cannot-verify', code: 'malformed-token' })
    expect(result.message).toMatch(message)
    expect(result.message).not.toMatch(/Invalid Token|formatting/)
  })

  it('a JWE header in a 3-part token is called encrypted, not an unknown alg', async () => {
    const token = `${Buffer.from('{"alg":"RSA-OAEP","enc":"A256GCM"}').toString('base64url')}.e30.c2ln`
    const result = await verifySignature(token, rsKey, utf8)
    expect(result).toMatchObject({ status: 'cannot-verify', code: 'encrypted-token' })
    expect(result.message).toMatch(/"RSA-OAEP" is a JWE key-management algorithm \(RFC 7518 §4\.1\)/)
  })

  it('a JWE says its payload cannot be read without the private key', async () => {
    const result = await verifySignature('eyJhbGciOiJSU0EtT0FFUCIsImVuYyI6IkEyNTZHQ00ifQ.a.b.c.d', rsKey, utf8)
    expect(result.message).toMatch(/payload cannot be read without the recipient's private key/)
  })

  it('alg none with a signature says it has one, and that RFC 7518 §3.6 forbids it', async () => {
    const token = `${Buffer.from('{"alg":"none"}').toString('base64url')}.e30.c2lnbmF0dXJl`
    const result = await verifySignature(token, 'secret', utf8)
    expect(result.status).toBe('unsigned')
    expect(result.message).toMatch(/^alg "none", yet the token carries a 9-byte signature, which RFC 7518 §3\.6 forbids/)
    expect(result.message).not.toMatch(/no signature/)
  })

  it('"None" in any casing is unsigned, never verified', async () => {
    for (const alg of ['none', 'None', 'NONE', 'nOnE']) {
      const token = `${Buffer.from(JSON.stringify({ alg })).toString('base64url')}.e30.`
      expect((await verifySignature(token, 'secret', utf8)).status).toBe('unsigned')
    }
  })

  it('a signature that is not base64url is cannot-verify or invalid, never verified', async () => {
    const [h, p] = byAlg.RS256!.withPemKey!.jwt.split('.')
    const result = await verifySignature(`${h}.${p}.***`, rsKey, utf8)
    expect(['cannot-verify', 'invalid']).toContain(result.status)
  })
})

describe('signatures that are missing, detached or in the wrong form', () => {
  const a1 = rfc.vectors.find((v) => v.id === 'rfc7515-a1')!
  const a1Key = JSON.stringify(a1.privateJwk)

  it('an HS256 token with its signature cut off says it has none, even with the right secret', async () => {
    const [h, p] = a1.token.split('.')
    const result = await verifySignature(`${h}.${p}.`, a1Key, utf8)
    expect(result.status).toBe('invalid')
    expect(result.message).toBe('the token has no signature (its third part is empty): it may have been stripped, and a verifier must reject it (RFC 7515 §5.2)')
  })

  // RFC 7797 §4: HS256 with the RFC 7515 A.1 key over the unencoded payload "$.02", sent detached.
  const rfc7797 = 'eyJhbGciOiJIUzI1NiIsImI2NCI6ZmFsc2UsImNyaXQiOlsiYjY0Il19..A5dxf2s96_n5FLueVuW1Z_vh161FwXZC4YLPff6dmDY'

  it('RFC 7797 §4: a detached payload cannot be checked without it, and is not called a bad signature', async () => {
    const result = await verifySignature(rfc7797, a1Key, utf8)
    expect(result).toMatchObject({ status: 'cannot-verify', code: 'detached-payload' })
    expect(result.message).toMatch(/^the payload is detached/)
  })

  it('RFC 7797 §4: verifies once given the detached payload, and not with another one', async () => {
    expect((await verifySignature(rfc7797, a1Key, { ...utf8, detachedPayload: '$.02' })).status).toBe('verified')
    expect((await verifySignature(rfc7797, a1Key, { ...utf8, detachedPayload: '$.03' })).status).toBe('invalid')
  })

  it('an ES256 signature in DER form is invalid, with a hint that JWS wants 64-byte R‖S (RFC 7518 §3.4)', async () => {
    const a3 = rfc.vectors.find((v) => v.id === 'rfc7515-a3')!
    const [h, p, sig] = a3.token.split('.') as [string, string, string]
    const der = Buffer.from(toDer(Buffer.from(sig, 'base64url'))).toString('base64url')
    const result = await verifySignature(`${h}.${p}.${der}`, JSON.stringify(a3.publicJwk), utf8)
    expect(result.status).toBe('invalid')
    expect(result.message).toMatch(/looks DER-encoded .*the 64-byte R‖S form \(RFC 7518 §3\.4\)/)
    // A plain mismatch gets no such hint.
    expect((await verifySignature(tamper(a3.token), JSON.stringify(a3.publicJwk), utf8)).message).not.toMatch(/DER/)
  })
})

/** R‖S as an ASN.1 SEQUENCE of two INTEGERs, as OpenSSL writes an ECDSA signature. */
function toDer(raw: Uint8Array): Uint8Array {
  const half = raw.length / 2
  const integer = (bytes: Uint8Array) => {
    let start = 0
    while (start < bytes.length - 1 && bytes[start] === 0) start++
    const trimmed = bytes.subarray(start)
    const body = (trimmed[0] ?? 0) & 0x80 ? [0, ...trimmed] : [...trimmed]
    return [0x02, body.length, ...body]
  }
  const content = [...integer(raw.subarray(0, half)), ...integer(raw.subarray(half))]
  return Uint8Array.from([0x30, content.length, ...content])
}

describe('HMAC secrets', () => {
  it('a base64url secret with a character outside the alphabet is refused with its position', async () => {
    const result = await verifySignature(byAlg.HS256!.withBase64urlSecret!.jwt, 'abc!def', b64)
    expect(result).toMatchObject({ status: 'cannot-verify', code: 'bad-secret' })
    expect(result.message).toMatch(/"!" at position 4/)
  })

  it('an expired token with a good signature is verified: claims are judged elsewhere', async () => {
    const expired = pyjwt.tokens.find((t) => t.id === 'pyjwt-HS256-expired')!
    expect((await verifySignature(expired.token, expired.key.secret!, utf8)).status).toBe('verified')
  })
})

describe('key cache', () => {
  it('imports a key once for repeated verifications', async () => {
    const pair = byAlg.ES256!.withPemKey!
    const cache = createKeyCache(4)
    for (let i = 0; i < 3; i++) expect((await verifySignature(pair.jwt, pair.publicKey as string, { ...utf8, cache })).status).toBe('verified')
    expect(cache.size).toBe(1)
  })
})

describe('critical extensions (crit, RFC 7515 §4.1.11)', () => {
  const secret = 'a'.repeat(32)
  const sign = (header: Record<string, unknown>) =>
    new CompactSign(new TextEncoder().encode('{"sub":"x"}')).setProtectedHeader(header as CompactJWSHeaderParameters).sign(new TextEncoder().encode(secret))

  it('an unknown extension: the signature is still judged, and a warning says a verifier must reject the token', async () => {
    // jose refuses to sign with an unknown crit, so the token is put together by hand.
    const [, payload] = (await sign({ alg: 'HS256' })).split('.')
    const header = Buffer.from('{"alg":"HS256","crit":["foo"],"foo":1}').toString('base64url')
    const mac = createHmac('sha256', secret).update(`${header}.${payload}`).digest('base64url')
    const result = await verifySignature(`${header}.${payload}.${mac}`, secret, utf8)
    expect(result.status).toBe('verified')
    expect(result.message).not.toMatch(/does not support this algorithm/)
    expect(result.warnings).toContain(
      'the header marks "foo" as critical (crit): a verifier that does not implement the "foo" extension must reject this token, whatever its signature (RFC 7515 §4.1.11)',
    )
    const forged = await verifySignature(`${header}.${payload}.${mac.slice(0, -2)}AA`, secret, utf8)
    expect(forged.status).toBe('invalid')
  })

  it('"b64", which jose implements, gets no warning', async () => {
    const token = await sign({ alg: 'HS256', b64: true, crit: ['b64'] })
    expect(await verifySignature(token, secret, utf8)).toMatchObject({ status: 'verified', warnings: [] })
  })
})

describe('an HMAC secret that does not verify, and would read another way', () => {
  const secret = 'a-string-secret-at-least-256-bits-long'
  const token = () => new CompactSign(new TextEncoder().encode('{"sub":"x"}')).setProtectedHeader({ alg: 'HS256' }).sign(new TextEncoder().encode(secret))

  it('read as base64url, it says it verifies as UTF-8 text', async () => {
    const result = await verifySignature(await token(), secret, b64)
    expect(result.status).toBe('invalid')
    expect(result.message).toMatch(/\. It verifies when the secret is read as UTF-8 text: choose that under "Secret encoding"$/)
  })

  it('with a trailing newline or leading spaces, it says they are the difference', async () => {
    const result = await verifySignature(await token(), `  ${secret}\n`, utf8)
    expect(result.status).toBe('invalid')
    expect(result.message).toMatch(/\. It verifies without the spaces or line breaks around the secret, which a copy often brings along: remove them$/)
  })

  it('a secret that is simply wrong gets no such hint', async () => {
    const result = await verifySignature(await token(), 'another-secret-another-secret-another', utf8)
    expect(result.message).toBe('the signature does not match: the token was signed with another key, or changed after signing')
  })
})
