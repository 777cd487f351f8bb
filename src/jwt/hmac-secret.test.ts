import { describe, expect, it } from 'vitest'
import { A1_JWK } from './fixtures/rfc7515-a1'
import fixtures from './fixtures/jwtio-e2e-jwt.json'
import { readHmacSecret } from './hmac-secret'

const bytesOf = (text: string) => [...new TextEncoder().encode(text)]
// Node's codec, independent of the one under test.
const b64u = (text: string) => Buffer.from(text, 'utf8').toString('base64url')
const secret = 'a-string-secret-at-least-256-bits-long'

describe('readHmacSecret reads the key field as the decoder does', () => {
  it('plain text: its UTF-8 bytes, or its base64url (standard base64 accepted, as keys.ts decodeSecret)', () => {
    const utf8 = readHmacSecret(secret, 'utf8')
    expect(utf8.ok && [...utf8.bytes]).toEqual(bytesOf(secret))
    const b64 = readHmacSecret(Buffer.from('~~~???').toString('base64'), 'base64url') // "fn5+Pz8/"
    expect(b64.ok && [...b64.bytes]).toEqual(bytesOf('~~~???'))
  })

  it('an oct JWK: the bytes of its "k", whatever the secret encoding says', () => {
    for (const encoding of ['utf8', 'base64url'] as const) {
      const read = readHmacSecret(JSON.stringify({ kty: 'oct', k: b64u(secret) }), encoding)
      expect(read.ok && [...read.bytes]).toEqual(bytesOf(secret))
      expect(read.ok && read.label).toMatch(/JWK secret key.*"k"/)
    }
  })

  it('a JWKS: its one oct key, or the one the kid names', () => {
    const rsa = fixtures.byAlgorithm.RS256.withJwkKey.publicKey
    const one = readHmacSecret(JSON.stringify({ keys: [rsa, { kty: 'oct', k: b64u(secret) }] }), 'utf8')
    expect(one.ok && [...one.bytes]).toEqual(bytesOf(secret))
    const two = JSON.stringify({ keys: [{ kty: 'oct', kid: 'a', k: b64u('first') }, { kty: 'oct', kid: 'b', k: A1_JWK.k }] })
    const byKid = readHmacSecret(two, 'utf8', 'a')
    expect(byKid.ok && [...byKid.bytes]).toEqual(bytesOf('first'))
    expect(readHmacSecret(two, 'utf8')).toMatchObject({ ok: false, code: 'ambiguous-key' })
    expect(readHmacSecret(two, 'utf8', 'c')).toMatchObject({ ok: false, code: 'no-matching-kid' })
  })

  it.each([
    ['an RSA public JWK', JSON.stringify(fixtures.byAlgorithm.RS256.withJwkKey.publicKey), 'not-a-secret'],
    ['a PEM public key', fixtures.byAlgorithm.RS256.withPemKey.publicKey, 'not-a-secret'],
    ['a JWKS without a secret', JSON.stringify({ keys: [fixtures.byAlgorithm.RS256.withJwkKey.publicKey] }), 'not-a-secret'],
    ['JSON that does not parse', '{"kty":"oct",', 'malformed-key'],
    ['an oct JWK whose k is not base64url', '{"kty":"oct","k":"a+b="}', 'malformed-key'],
    ['text that is not base64url', 'not base64url!', 'bad-secret'],
    ['nothing but spaces', '   ', 'empty'],
  ])('refuses %s, saying why', (_, text, code) => {
    const read = readHmacSecret(text, 'base64url')
    expect(read).toMatchObject({ ok: false, code })
    if (!read.ok) expect(read.message).not.toBe('')
  })

  it('says plainly why a key pair cannot be used for the HMAC walk-through', () => {
    const read = readHmacSecret(fixtures.byAlgorithm.RS256.withPemKey.publicKey, 'utf8')
    expect(!read.ok && read.message).toMatch(/PEM public key.*not a shared secret.*only HMAC/)
  })
})
