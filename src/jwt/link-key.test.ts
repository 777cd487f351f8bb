import { describe, expect, it } from 'vitest'
import jwtio from './fixtures/jwtio-e2e-jwt.json'
import { linkKeyWarning } from './link-key'

const rs256 = jwtio.byAlgorithm.RS256.withPemKey
const es256 = jwtio.byAlgorithm.ES256.withJwkKey

describe('linkKeyWarning', () => {
  it('says nothing of a public key, or of text that is not a key', () => {
    expect(linkKeyWarning(rs256.publicKey)).toBeNull()
    expect(linkKeyWarning(JSON.stringify(es256.publicKey))).toBeNull()
    expect(linkKeyWarning('-----BEGIN PUBLIC KEY-----\nMFkw\n-----END PUBLIC KEY-----')).toBeNull()
  })

  it('calls a private key, PEM or JWK, leaked', () => {
    expect(linkKeyWarning(rs256.privateKey)).toMatch(/^This link carried a private key in publicKey=.*treat it as leaked/)
    expect(linkKeyWarning(JSON.stringify(es256.privateKey))).toMatch(/a private key/)
  })

  it('calls a shared secret leaked too', () => {
    expect(linkKeyWarning('your-256-bit-secret')).toMatch(/a secret in publicKey=/)
  })

  it('finds a private key inside a JWKS', () => {
    expect(linkKeyWarning(JSON.stringify({ keys: [es256.publicKey] }))).toBeNull()
    expect(linkKeyWarning(JSON.stringify({ keys: [es256.publicKey, es256.privateKey] }))).toMatch(/a private key/)
  })
})
