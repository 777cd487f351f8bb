import { describe, expect, it } from 'vitest'
import jwtio from './fixtures/jwtio-e2e-jwt.json'
import openssl from './fixtures/openssl-keys.json'
import rfc from './fixtures/rfc-vectors.json'
import rsaPss from './fixtures/rsa-pss.json'
import { recognizeKey } from './key-format'

const byAlg = jwtio.byAlgorithm
const keys = openssl.keys
const a2 = rfc.vectors.find((v) => v.id === 'rfc7515-a2')!

describe('recognizeKey', () => {
  // Sizes and curves are what `openssl pkey -text` reports for these keys.
  it.each([
    ['', 'empty', 'No key'],
    ['  \n ', 'empty', 'No key'],
    ['my-secret', 'secret', 'Secret (9 characters)'],
    ['héllo', 'secret', 'Secret (5 characters)'],
    [byAlg.RS256.withPemKey.publicKey, 'pem-spki', 'PEM public key (SPKI, RSA 2048-bit)'],
    [byAlg.RS512.withPemKey.publicKey, 'pem-spki', 'PEM public key (SPKI, RSA 4096-bit)'],
    [byAlg.ES384.withPemKey.publicKey, 'pem-spki', 'PEM public key (SPKI, EC P-384)'],
    [byAlg.Ed25519.withPemKey.publicKey, 'pem-spki', 'PEM public key (SPKI, Ed25519)'],
    [byAlg['ML-DSA-65'].withPemKey.publicKey, 'pem-spki', 'PEM public key (SPKI, ML-DSA-65)'],
    [byAlg.PS384.withPemKey.privateKey, 'pem-pkcs8', 'PEM private key (PKCS#8, RSA 3072-bit)'],
    [byAlg.ES512.withPemKey.privateKey, 'pem-pkcs8', 'PEM private key (PKCS#8, EC P-521)'],
    [keys['rs256-pkcs1-public'].text, 'pem-pkcs1-public', 'PEM RSA public key (PKCS#1, 2048-bit)'],
    [keys['rs256-pkcs1-private'].text, 'pem-pkcs1-private', 'PEM RSA private key (PKCS#1, 2048-bit)'],
    [keys['es256-sec1-private'].text, 'pem-sec1-private', 'PEM EC private key (SEC1, P-256)'],
    [keys['p256-ec-parameters'].text + keys['es256-sec1-private'].text, 'pem-sec1-private', 'PEM EC private key (SEC1, P-256)'],
    [keys['rs256-certificate'].text, 'pem-x509', 'X.509 certificate (PEM, RSA 2048-bit public key)'],
    [keys['es256-certificate'].text, 'pem-x509', 'X.509 certificate (PEM, EC P-256 public key)'],
    [keys['secp256k1-public'].text, 'pem-spki', 'PEM public key (SPKI, EC secp256k1)'],
    [keys['ed448-public'].text, 'pem-spki', 'PEM public key (SPKI, Ed448)'],
    [keys['x25519-public'].text, 'pem-spki', 'PEM public key (SPKI, X25519)'],
    [keys['rsa1024-public'].text, 'pem-spki', 'PEM public key (SPKI, RSA 1024-bit)'],
    [rsaPss.keys['rsa-pss-public'].text, 'pem-spki', 'PEM public key (SPKI, RSA-PSS 2048-bit)'],
    [rsaPss.keys['rsa-pss-private'].text, 'pem-pkcs8', 'PEM private key (PKCS#8, RSA-PSS 2048-bit)'],
    [rsaPss.keys['rsa-pss-certificate'].text, 'pem-x509', 'X.509 certificate (PEM, RSA-PSS 2048-bit public key)'],
    [rsaPss.keys['rsa-pss-sha256-public'].text, 'pem-spki', 'PEM public key (SPKI, RSA-PSS 2048-bit, SHA-256 only)'],
    [JSON.stringify(byAlg.RS256.withJwkKey.publicKey), 'jwk-public', 'JWK public key (RSA 2048-bit)'],
    [JSON.stringify(byAlg.RS384.withJwkKey.privateKey), 'jwk-private', 'JWK private key (RSA 3072-bit)'],
    [JSON.stringify(byAlg.ES256.withJwkKey.privateKey), 'jwk-private', 'JWK private key (EC P-256)'],
    [JSON.stringify(byAlg.Ed25519.withJwkKey.publicKey), 'jwk-public', 'JWK public key (Ed25519)'],
    [JSON.stringify(byAlg['ML-DSA-44'].withJwkKey.privateKey), 'jwk-private', 'JWK private key (ML-DSA-44)'],
    [JSON.stringify(byAlg['ML-DSA-44'].withJwkKey.publicKey), 'jwk-public', 'JWK public key (ML-DSA-44)'],
    [JSON.stringify(rfc.vectors[0]!.privateJwk), 'jwk-secret', 'JWK secret key (oct, 64 bytes)'],
    [JSON.stringify(a2.publicJwk), 'jwk-public', 'JWK public key (RSA 2048-bit)'],
    [JSON.stringify({ keys: [a2.publicJwk, byAlg.ES256.withJwkKey.publicKey, byAlg.Ed25519.withJwkKey.publicKey] }), 'jwks', 'JWKS with 3 keys'],
    ['{"keys":[]}', 'jwks', 'JWKS with 0 keys'],
  ])('%#: %s', (text, kind, label) => {
    const recognized = recognizeKey(text)
    expect(recognized.kind).toBe(kind)
    expect(recognized.label).toBe(label)
  })

  it.each([
    ['{"kty":"RSA",', 'malformed-json'],
    ['{"alg":"RS256"}', 'not-a-key'],
    ['[1,2]', 'not-a-key'],
    ['{"keys":[{"kty":"EC","crv":"P-256","x":"a","y":"b"},{"n":"x"}]}', 'not-a-key'],
    ['{"kty":"RSA","n":"abc"}', 'not-a-key'],
    ['-----BEGIN PUBLIC KEY-----\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE\n-----END PUBLIC KEY-----', 'malformed-pem'],
    ['-----BEGIN PUBLIC KEY-----\nMFkwEwYHKoZIzj0CAQ', 'malformed-pem'],
    [keys['p256-ec-parameters'].text, 'malformed-pem'],
    [keys['es256-pkcs8-encrypted'].text, 'unsupported'],
    [keys['rs256-pkcs1-private-encrypted'].text, 'unsupported'],
    [keys['rs256-openssh-public'].text, 'unsupported'],
    ['-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjE=\n-----END OPENSSH PRIVATE KEY-----', 'unsupported'],
  ])('%#: broken or unsupported text has a problem in words', (text, kind) => {
    const recognized = recognizeKey(text)
    expect(recognized.kind).toBe(kind)
    expect(recognized.problem).toMatch(/\w{3}/)
  })

  it.each([
    ['{"kty":"RSA",', 'expected a property name in double quotes but found the end of the text at line 1, column 14'],
    ['{\n  "kty": "EC",\n  "crv": "P-256",\n}', 'expected a property name in double quotes but found "}" at line 4, column 1'],
  ])('broken JSON %j is located by line and column, as the decoder does', (text, problem) => {
    expect(recognizeKey(text)).toMatchObject({ kind: 'malformed-json', problem })
  })

  it('says public or private by the presence of "d" / "priv" (RFC 7518 §6.2.2, §6.3.2)', () => {
    expect(recognizeKey(JSON.stringify(byAlg.ES256.withJwkKey.publicKey)).visibility).toBe('public')
    expect(recognizeKey(JSON.stringify(byAlg.ES256.withJwkKey.privateKey)).visibility).toBe('private')
    expect(recognizeKey(JSON.stringify(byAlg['ML-DSA-87'].withJwkKey.privateKey)).visibility).toBe('private')
  })

  it('recognises each JWKS entry with its kid', () => {
    const jwks = { keys: [{ ...a2.publicJwk, kid: 'k1' }, { ...byAlg.ES256.withJwkKey.publicKey, kid: 'k2' }] }
    const recognized = recognizeKey(JSON.stringify(jwks))
    expect(recognized.keys?.map((k) => [k.kid, k.keyType.label])).toEqual([
      ['k1', 'RSA 2048-bit'],
      ['k2', 'EC P-256'],
    ])
  })
})
