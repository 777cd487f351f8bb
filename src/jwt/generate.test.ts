import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { SIGNING_ALGORITHMS } from './algorithms'
import { generateKeyMaterial } from './generate'
import { recognizeKey } from './key-format'
import { supportsAlgorithm } from './keys'

const support = Object.fromEntries(
  await Promise.all(SIGNING_ALGORITHMS.map(async ({ alg }) => [alg, await supportsAlgorithm(alg)] as const)),
)

/** RFC 7638 §3.2 required members per kty, plus "alg" for AKP (draft-ietf-cose-dilithium). */
const THUMBPRINT_MEMBERS: Record<string, string[]> = {
  RSA: ['e', 'kty', 'n'],
  EC: ['crv', 'kty', 'x', 'y'],
  OKP: ['crv', 'kty', 'x'],
  AKP: ['alg', 'kty', 'pub'],
}

/** RFC 7638 §3.1, computed with Node's hash rather than jose's. */
function thumbprint(jwk: Record<string, unknown>): string {
  const members = THUMBPRINT_MEMBERS[jwk.kty as string]!
  const json = `{${members.map((m) => `${JSON.stringify(m)}:${JSON.stringify(jwk[m])}`).join(',')}}`
  return createHash('sha256').update(json).digest('base64url')
}

describe('generateKeyMaterial', () => {
  it.each([
    ['HS256', 32],
    ['HS384', 48],
    ['HS512', 64],
  ])('%s: a random base64url secret of %i bytes (RFC 7518 §3.2)', async (alg, bytes) => {
    const [a, b] = await Promise.all([generateKeyMaterial(alg), generateKeyMaterial(alg)])
    if (!a.ok || a.material.kind !== 'secret' || !b.ok || b.material.kind !== 'secret') throw new Error('expected secrets')
    expect(a.material.encoding).toBe('base64url')
    expect(a.material.bytes).toBe(bytes)
    expect(Buffer.from(a.material.secret, 'base64url')).toHaveLength(bytes)
    expect(a.material.secret).toMatch(/^[A-Za-z0-9_-]+$/)
    expect(a.material.secret).not.toBe(b.material.secret)
  })

  const pairs = SIGNING_ALGORITHMS.filter((info) => info.family !== 'HMAC')
  for (const { alg, keyLabel } of pairs) {
    const lacking = !support[alg]
    it.skipIf(lacking)(`${alg}: PEM and JWK pair with an RFC 7638 kid${lacking ? ` (skipped: this Node's WebCrypto has no ${alg})` : ''}`, async () => {
      const result = await generateKeyMaterial(alg)
      if (!result.ok || result.material.kind !== 'key-pair') throw new Error(result.ok ? 'expected a key pair' : result.message)
      const { publicPem, privatePem, publicJwk, privateJwk, kid } = result.material
      const label = keyLabel === 'RSA' ? 'RSA 2048-bit' : keyLabel
      expect(recognizeKey(publicPem)).toMatchObject({ kind: 'pem-spki', label: `PEM public key (SPKI, ${label})` })
      expect(recognizeKey(privatePem)).toMatchObject({ kind: 'pem-pkcs8', label: `PEM private key (PKCS#8, ${label})` })
      expect(recognizeKey(JSON.stringify(publicJwk)).kind).toBe('jwk-public')
      expect(recognizeKey(JSON.stringify(privateJwk)).kind).toBe('jwk-private')
      expect(kid).toBe(thumbprint(publicJwk as Record<string, unknown>))
      expect([publicJwk.kid, privateJwk.kid]).toEqual([kid, kid])
    })
  }

  it('refuses an unknown alg and none', async () => {
    expect(await generateKeyMaterial('none')).toMatchObject({ ok: false, code: 'unknown-alg' })
  })

  const lacking = SIGNING_ALGORITHMS.filter(({ alg }) => !support[alg]).map(({ alg }) => alg)
  it.runIf(lacking.length > 0)(`says unsupported-alg for what this runtime lacks: ${lacking.join(', ')}`, async () => {
    for (const alg of lacking) expect(await generateKeyMaterial(alg)).toMatchObject({ ok: false, code: 'unsupported-alg' })
  })
})
