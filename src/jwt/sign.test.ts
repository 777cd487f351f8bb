import { compactVerify, decodeProtectedHeader } from 'jose'
import { describe, expect, it } from 'vitest'
import { SIGNING_ALGORITHMS } from './algorithms'
import jwtio from './fixtures/jwtio-e2e-jwt.json'
import openssl from './fixtures/openssl-keys.json'
import { generateKeyMaterial } from './generate'
import { supportsAlgorithm } from './keys'
import { signCompact, signJsonText, type SignOptions } from './sign'
import { verifySignature } from './verify'

type KeyPair = { header: string; payload: string; publicKey: string | object; privateKey: string | object }
const byAlg = jwtio.byAlgorithm as unknown as Record<string, { withPemKey?: KeyPair; withJwkKey?: KeyPair }>
const text = (key: string | object) => (typeof key === 'string' ? key : JSON.stringify(key))
const utf8 = { encoding: 'utf8' } as const
/** Signs a header and payload given as values, through their JSON text. */
const signValues = (header: object, payloadValue: unknown, key: string, options: SignOptions) =>
  signJsonText(JSON.stringify(header), JSON.stringify(payloadValue), key, options)

const support = Object.fromEntries(
  await Promise.all(SIGNING_ALGORITHMS.map(async ({ alg }) => [alg, await supportsAlgorithm(alg)] as const)),
)
const payload = { sub: '1234567890', name: 'Zoë ✓', admin: true, iat: 1516239022 }

describe('sign -> verify round trip with fresh keys, every algorithm', () => {
  // Skipped only where this runtime's WebCrypto lacks the algorithm (Node 20 has no ML-DSA); e2e covers Chromium.
  for (const { alg } of SIGNING_ALGORITHMS) {
    const lacking = !support[alg]
    it.skipIf(lacking)(`${alg}${lacking ? ` (skipped: this Node's WebCrypto has no ${alg})` : ''}`, async () => {
      const generated = await generateKeyMaterial(alg)
      if (!generated.ok) throw new Error(generated.message)
      const material = generated.material
      const [signingKey, verifyingKeys, options] =
        material.kind === 'secret'
          ? [material.secret, [material.secret], { encoding: 'base64url' as const }]
          : [material.privatePem, [material.publicPem, JSON.stringify(material.publicJwk)], utf8]
      const signed = await signValues({ alg, typ: 'JWT' }, payload, signingKey, options)
      if (!signed.ok) throw new Error(signed.message)
      expect(decodeProtectedHeader(signed.token)).toEqual({ alg, typ: 'JWT' })
      expect(JSON.parse(Buffer.from(signed.token.split('.')[1]!, 'base64url').toString('utf8'))).toEqual(payload)
      for (const key of verifyingKeys) expect((await verifySignature(signed.token, key, options)).status).toBe('verified')
      if (material.kind === 'key-pair') {
        const byJwk = await signValues({ alg }, payload, JSON.stringify(material.privateJwk), utf8)
        expect(byJwk.ok && (await verifySignature(byJwk.token, material.publicPem, utf8)).status).toBe('verified')
      }
    })
  }

  const lacking = SIGNING_ALGORITHMS.filter(({ alg }) => !support[alg]).map(({ alg }) => alg)
  it.runIf(lacking.length > 0)(`refuses to sign with algorithms this runtime lacks: ${lacking.join(', ')}`, async () => {
    for (const alg of lacking) expect(await signValues({ alg }, payload, 'unused', utf8)).toMatchObject({ ok: false, code: 'unsupported-alg' })
  })
})

describe("jwt.io's private keys sign tokens its public keys verify", () => {
  const digital = Object.keys(byAlg).filter((alg) => byAlg[alg]!.withPemKey)
  for (const alg of digital) {
    const lacking = !support[alg]
    it.skipIf(lacking)(`${alg}${lacking ? ` (skipped: this Node's WebCrypto has no ${alg})` : ''}`, async () => {
      for (const pair of [byAlg[alg]!.withPemKey!, byAlg[alg]!.withJwkKey!]) {
        const signed = await signValues(JSON.parse(pair.header), JSON.parse(pair.payload), text(pair.privateKey), utf8)
        if (!signed.ok) throw new Error(signed.message)
        expect((await verifySignature(signed.token, text(pair.publicKey), utf8)).status).toBe('verified')
      }
    })
  }
})

describe('keys OpenSSL converted sign too', () => {
  it.each([
    ['RS256', openssl.keys['rs256-pkcs1-private'].text],
    ['ES256', openssl.keys['es256-sec1-private'].text],
    ['ES384', openssl.keys['es384-sec1-private'].text],
    ['ES512', openssl.keys['es512-sec1-private'].text],
  ])('%s', async (alg, privateKey) => {
    const signed = await signValues({ alg }, payload, privateKey, utf8)
    if (!signed.ok) throw new Error(signed.message)
    expect((await verifySignature(signed.token, text(byAlg[alg]!.withPemKey!.publicKey), utf8)).status).toBe('verified')
  })
})

describe('what signing refuses', () => {
  it.each([
    ['a PEM public key', 'RS256', byAlg.RS256!.withPemKey!.publicKey],
    ['a JWK public key', 'ES256', byAlg.ES256!.withJwkKey!.publicKey],
    ['a PKCS#1 public key', 'RS256', openssl.keys['rs256-pkcs1-public'].text],
    ['a certificate', 'RS256', openssl.keys['rs256-certificate'].text],
  ])('%s: "signing needs the private key; this is a public key"', async (_, alg, key) => {
    const result = await signValues({ alg }, payload, text(key), utf8)
    expect(result).toMatchObject({ ok: false, code: 'needs-private-key' })
    expect(!result.ok && result.message).toMatch(/^signing needs the private key; this is a public key/)
  })

  it.each([
    [{}, 'no-alg'],
    [{ alg: 'none' }, 'alg-none'],
    [{ alg: 'HS999' }, 'unknown-alg'],
  ])('header %j -> %s', async (header, code) => {
    expect(await signValues(header, payload, 'secret', utf8)).toMatchObject({ ok: false, code })
  })

  it('an RSA public key as an HS256 secret is algorithm confusion', async () => {
    const result = await signValues({ alg: 'HS256' }, payload, text(byAlg.RS256!.withPemKey!.publicKey), utf8)
    expect(result).toMatchObject({ ok: false, code: 'alg-confusion' })
  })

  it('an EC key for RS256 says what is wrong', async () => {
    const result = await signValues({ alg: 'RS256' }, payload, text(byAlg.ES256!.withPemKey!.privateKey), utf8)
    expect(!result.ok && result.message).toContain('this is an EC P-256 key; RS256 needs an RSA key')
  })

  it('an empty secret', async () => {
    expect(await signValues({ alg: 'HS256' }, payload, '', utf8)).toMatchObject({ ok: false, code: 'no-key' })
  })

  it('a payload that is no JSON at all', async () => {
    expect(await signJsonText('{"alg":"HS256"}', '', 'secret', utf8)).toMatchObject({ ok: false, code: 'bad-payload' })
  })

  it('an unknown "crit" extension (RFC 7515 §4.1.11) comes back as jose\'s code, not a throw', async () => {
    const result = await signValues({ alg: 'HS256', crit: ['x-unknown'], 'x-unknown': 1 }, payload, 'a'.repeat(32), utf8)
    expect(result).toMatchObject({ ok: false, code: 'ERR_JOSE_NOT_SUPPORTED' })
  })
})

describe('warnings', () => {
  it.each([
    ['HS256', 'short', 5, 32],
    ['HS384', 'a'.repeat(47), 47, 48],
    ['HS512', 'a'.repeat(63), 63, 64],
  ])('%s with a %j secret signs but warns (RFC 7518 §3.2)', async (alg, secret, bytes, needed) => {
    const result = await signValues({ alg }, payload, secret, utf8)
    if (!result.ok) throw new Error(result.message)
    expect(result.warnings).toEqual([`the secret is ${bytes} bytes; ${alg} needs at least ${needed} (RFC 7518 §3.2), so it is easier to guess`])
    const verified = await verifySignature(result.token, secret, utf8)
    expect(verified.status).toBe('verified')
    expect(verified.warnings).toHaveLength(1)
  })

  it('no warning at the hash length', async () => {
    const result = await signValues({ alg: 'HS256' }, payload, 'a'.repeat(32), utf8)
    expect(result.ok && result.warnings).toEqual([])
  })

  it('a payload that is not an object makes a JWS that is not a JWT (RFC 7519 §7.2)', async () => {
    const result = await signValues({ alg: 'HS256' }, ['a'], 'a'.repeat(32), utf8)
    expect(result.ok && result.warnings[0]).toMatch(/not a JWT/)
  })
})

describe('JWKS for signing', () => {
  const es = byAlg.ES256!.withJwkKey!
  const rs = byAlg.RS256!.withJwkKey!
  const set = JSON.stringify({ keys: [{ ...(es.privateKey as object), kid: 'ec' }, { ...(rs.privateKey as object), kid: 'rsa' }] })

  it('picks the private key named by the header kid', async () => {
    const signed = await signValues({ alg: 'RS256', kid: 'rsa' }, payload, set, utf8)
    if (!signed.ok) throw new Error(signed.message)
    expect((await verifySignature(signed.token, text(rs.publicKey), utf8)).status).toBe('verified')
  })

  it('without a kid, uses the only key that fits', async () => {
    const signed = await signValues({ alg: 'ES256' }, payload, set, utf8)
    expect(signed.ok && (await verifySignature(signed.token, text(es.publicKey), utf8)).status).toBe('verified')
  })

  it('refuses to guess between two fitting keys', async () => {
    const two = JSON.stringify({ keys: [{ ...(rs.privateKey as object), kid: 'a' }, { ...(rs.privateKey as object), kid: 'b' }] })
    expect(await signValues({ alg: 'RS256' }, payload, two, utf8)).toMatchObject({ ok: false, code: 'ambiguous-key' })
  })
})

describe('signJsonText signs the payload as written', () => {
  const secret = 'a-secret-of-at-least-thirty-two-bytes!'
  const payloadText = '{\n  "id": 12345678901234567890,\n  "price": 1.10,\n  "sub": "\\u0078"\n}'

  it('keeps a 64-bit id, 1.10 and an escape byte for byte, compacted, and the signature verifies', async () => {
    const signed = await signJsonText('{"alg":"HS256","typ":"JWT"}', payloadText, secret, utf8)
    if (!signed.ok) throw new Error(signed.message)
    const [header, payloadSegment] = signed.token.split('.')
    expect(Buffer.from(payloadSegment ?? '', 'base64url').toString('utf8')).toBe('{"id":12345678901234567890,"price":1.10,"sub":"\\u0078"}')
    expect(Buffer.from(header ?? '', 'base64url').toString('utf8')).toBe('{"alg":"HS256","typ":"JWT"}')
    await compactVerify(signed.token, new TextEncoder().encode(secret)) // throws if the signature does not match
  })

  it.each([
    ['a header that is not an object', '[]', '{}', 'bad-header'],
    ['a header that is not JSON', '{"alg":', '{}', 'bad-header'],
    ['a payload that is not JSON', '{"alg":"HS256"}', '{"a":', 'bad-payload'],
    ['alg "none"', '{"alg":"none"}', '{}', 'alg-none'],
  ])('refuses %s', async (_, header, payload, code) => {
    expect(await signJsonText(header, payload, secret, utf8)).toMatchObject({ ok: false, code })
  })
})

describe('signCompact signs the payload bytes as they stand', () => {
  const secret = 'a'.repeat(32)
  const h = (header: object) => Buffer.from(JSON.stringify(header)).toString('base64url')
  const b = (text: string) => Buffer.from(text).toString('base64url')

  it('an array payload is signed, with the warning that it makes no JWT, and verifies', async () => {
    const signed = await signCompact(`${h({ alg: 'HS256' })}.${b('[1,2]')}.old`, secret, utf8)
    if (!signed.ok) throw new Error(signed.message)
    expect(signed.token.split('.')[1]).toBe(b('[1,2]'))
    expect(signed.warnings).toEqual(['the payload is not a JSON object, so this is a JWS but not a JWT (RFC 7519 §7.2)'])
    expect((await verifySignature(signed.token, secret, utf8)).status).toBe('verified')
  })

  it('RFC 7515 A.1: its CRLF-formatted payload keeps every byte; a nested JWT is signed as the text it is', async () => {
    const a1 = 'eyJ0eXAiOiJKV1QiLA0KICJhbGciOiJIUzI1NiJ9.eyJpc3MiOiJqb2UiLA0KICJleHAiOjEzMDA4MTkzODAsDQogImh0dHA6Ly9leGFtcGxlLmNvbS9pc19yb290Ijp0cnVlfQ.x'
    const signed = await signCompact(a1, secret, utf8)
    expect(signed.ok && signed.token.split('.')[1]).toBe(a1.split('.')[1])
    const nested = await signCompact(`${h({ alg: 'HS256', cty: 'JWT' })}.${b(a1)}.x`, secret, utf8)
    expect(nested.ok && nested.token.split('.')[1]).toBe(b(a1))
  })

  it('an unencoded payload ("b64": false, RFC 7797) stays between the dots as it is, and verifies', async () => {
    const header = h({ alg: 'HS256', b64: false, crit: ['b64'] })
    const signed = await signCompact(`${header}.hello world.old`, secret, utf8)
    if (!signed.ok) throw new Error(signed.message)
    expect(signed.token.split('.').slice(0, 2)).toEqual([header, 'hello world'])
    expect((await verifySignature(signed.token, secret, utf8)).status).toBe('verified')
  })

  it('refuses, saying why, a payload part that is not base64url and a header that does not decode', async () => {
    expect(await signCompact(`${h({ alg: 'HS256' })}.a+b.x`, secret, utf8)).toMatchObject({ ok: false, code: 'bad-payload' })
    expect(await signCompact(`${b('{"alg":')}.${b('{}')}.x`, secret, utf8)).toMatchObject({ ok: false, code: 'bad-header' })
  })
})
