import { SignJWT } from 'jose'
import { openDecoder } from './helpers/decoder'
import { jwtIoToken } from './helpers/fixtures'
import { badge, enterKey, jwtIoCases, jwtIoKeyPair, libraryToken, openWithToken, tamperPayload, VERDICT } from './helpers/verify'
import { expect, test } from './helpers/test'

// The key field: every form people paste (JWKS, PKCS#1, X.509, private keys, keys in a link), and the
// keys that must be refused with a reason (wrong type, algorithm confusion, alg none, short secrets).
// Every test also fails on any page error (helpers/test.ts).

const pyRs256Jwks = libraryToken('pyjwt.json', 'pyjwt-RS256-jwks')
const pyEs256Jwks = libraryToken('pyjwt.json', 'pyjwt-ES256-jwks')
const jwtRs256Jwks = libraryToken('jsonwebtoken.json', 'jsonwebtoken-RS256-jwks')
const jwtEs256Jwks = libraryToken('jsonwebtoken.json', 'jsonwebtoken-ES256-jwks')

/** Both libraries' JWKS in one: two RSA keys and three EC keys (two on P-256), so only the kid can choose. */
const mergedJwks = { keys: [...(pyRs256Jwks.jwks?.keys ?? []), ...(jwtRs256Jwks.jwks?.keys ?? [])] }

test.describe('JWKS', () => {
  test('the token\'s kid picks the key, and the badge says which', async ({ page }) => {
    expect(mergedJwks.keys).toHaveLength(6)
    const input = await openWithToken(page, pyRs256Jwks.token)
    await enterKey(page, JSON.stringify(mergedJwks, null, 2))
    await expect(page.getByTestId('key-recognized')).toContainText('JWKS with 6 keys')
    for (const fixture of [pyRs256Jwks, pyEs256Jwks, jwtRs256Jwks, jwtEs256Jwks]) {
      const kid = fixture.header.kid as string
      await input.fill(fixture.token)
      await expect(badge(page), fixture.id).toHaveText(VERDICT.verified)
      await expect(badge(page)).toContainText(`picked key "${kid}"`)
      await expect(badge(page)).toContainText("matches the token's kid")
      await input.fill(tamperPayload(fixture.token))
      await expect(badge(page), `${fixture.id}, tampered`).toHaveText(VERDICT.invalid)
    }
  })

  test('a kid the JWKS does not have: cannot verify, naming the kid and the kids it has', async ({ page }) => {
    const other = libraryToken('pyjwt.json', 'pyjwt-RS256')
    expect(other.header.kid).toBe('pyjwt-rs256-1')
    await openWithToken(page, other.token)
    await enterKey(page, JSON.stringify(mergedJwks))
    await expect(badge(page)).toHaveText(VERDICT.cannotVerify)
    await expect(badge(page)).toContainText('no key with kid "pyjwt-rs256-1"')
    await expect(badge(page)).toContainText('pyjwt-jwks-rsa')
  })

  test('a token without kid: every key that fits is tried, and the badge says which one verified', async ({ page }) => {
    const noKid = libraryToken('pyjwt.json', 'pyjwt-RS384')
    expect(noKid.header.kid).toBeUndefined()
    const decoy = libraryToken('jsonwebtoken.json', 'jsonwebtoken-RS384').key.publicJwk
    const right = noKid.key.publicJwk
    const jwks = { keys: [{ ...decoy, kid: 'decoy' }, { ...right, kid: 'right' }] }
    await openWithToken(page, noKid.token)
    await enterKey(page, JSON.stringify(jwks))
    await expect(badge(page)).toHaveText(VERDICT.verified)
    await expect(badge(page)).toContainText('JWKS key "right"')
  })
})

test('PKCS#1 "BEGIN RSA PUBLIC KEY" PEMs verify (PyJWT\'s and jsonwebtoken\'s)', async ({ page }) => {
  const input = await openWithToken(page, '')
  for (const id of ['pyjwt.json:pyjwt-RS256-pkcs1', 'jsonwebtoken.json:jsonwebtoken-RS256-pkcs1'] as const) {
    const [file, name] = id.split(':') as ['pyjwt.json' | 'jsonwebtoken.json', string]
    const fixture = libraryToken(file, name)
    expect(fixture.key.publicPem).toContain('-----BEGIN RSA PUBLIC KEY-----')
    await input.fill(fixture.token)
    await enterKey(page, fixture.key.publicPem ?? '')
    await expect(page.getByTestId('key-recognized')).toContainText('PKCS#1')
    await expect(badge(page), name).toHaveText(VERDICT.verified)
    await input.fill(tamperPayload(fixture.token))
    await expect(badge(page)).toHaveText(VERDICT.invalid)
  }
})

test('X.509 certificates verify with the public key inside (RSA from PyJWT, EC from jsonwebtoken)', async ({ page }) => {
  const input = await openWithToken(page, '')
  for (const [file, name] of [
    ['pyjwt.json', 'pyjwt-RS256-x509'],
    ['jsonwebtoken.json', 'jsonwebtoken-ES256-x509'],
  ] as const) {
    const fixture = libraryToken(file, name)
    expect(fixture.key.publicPem).toContain('-----BEGIN CERTIFICATE-----')
    await input.fill(fixture.token)
    await enterKey(page, fixture.key.publicPem ?? '')
    await expect(page.getByTestId('key-recognized')).toContainText('X.509 certificate')
    await expect(badge(page), name).toHaveText(VERDICT.verified)
    await input.fill(tamperPayload(fixture.token))
    await expect(badge(page)).toHaveText(VERDICT.invalid)
  }
})

test('a private key pasted to verify: its public half is derived, and the badge says so', async ({ page }) => {
  const rsa = jwtIoKeyPair('RS256')
  await openWithToken(page, rsa.token)
  await enterKey(page, rsa.privatePem)
  await expect(page.getByTestId('key-recognized')).toContainText('private key')
  await expect(badge(page)).toHaveText(VERDICT.verified)
  await expect(badge(page)).toContainText('derived')
})

test('a key of the wrong type is explained: which key it is and what the alg needs', async ({ page }) => {
  const cases = [
    { token: jwtIoKeyPair('RS256').token, key: jwtIoKeyPair('ES256').publicPem, says: ['EC P-256', 'RS256 needs an RSA key'] },
    { token: jwtIoKeyPair('PS256').token, key: jwtIoKeyPair('Ed25519').publicPem, says: ['Ed25519', 'PS256 needs an RSA key'] },
    { token: jwtIoKeyPair('ES256').token, key: jwtIoKeyPair('RS256').publicPem, says: ['RSA', 'ES256 needs an EC P-256 key'] },
    // Same family, other curve: the curve is named.
    { token: jwtIoKeyPair('ES256').token, key: jwtIoKeyPair('ES384').publicPem, says: ['EC P-384', 'ES256 needs an EC P-256 key'] },
    { token: jwtIoKeyPair('Ed25519').token, key: jwtIoKeyPair('ES256').publicPem, says: ['Ed25519 needs an Ed25519 key'] },
    { token: jwtIoKeyPair('ML-DSA-44').token, key: jwtIoKeyPair('ML-DSA-65').publicPem, says: ['ML-DSA-65', 'ML-DSA-44 needs an ML-DSA-44 key'] },
    // A plain-text secret for an RSA token.
    { token: jwtIoKeyPair('RS256').token, key: 'just-some-secret-text', says: ['RS256 needs an RSA key', 'plain text'] },
  ]
  const input = await openWithToken(page, '')
  for (const { token, key, says } of cases) {
    await input.fill(token)
    await enterKey(page, key)
    await expect(badge(page), says.join(' / ')).toHaveText(VERDICT.cannotVerify)
    for (const words of says) await expect(badge(page)).toContainText(words)
  }
})

test('algorithm confusion: an HS256 token "signed" with the RSA public key as secret is refused, naming the attack', async ({ page }) => {
  const { publicPem } = jwtIoKeyPair('RS256')
  // The classic forgery (RFC 8725 §2.1): HMAC keyed with the bytes of the public PEM everybody has.
  const forged = await new SignJWT({ sub: 'attacker', admin: true })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .sign(new TextEncoder().encode(publicPem))
  await openWithToken(page, forged)
  for (const key of [publicPem, JSON.stringify(libraryToken('pyjwt.json', 'pyjwt-RS256').key.publicJwk)]) {
    await enterKey(page, key)
    await expect(badge(page)).toHaveText(VERDICT.cannotVerify)
    await expect(badge(page)).toContainText('HS256 needs a shared secret')
    await expect(badge(page)).toContainText('algorithm-confusion attack')
    await expect(badge(page)).toContainText('RFC 8725')
  }
})

test('alg none: "Unsigned (alg: none)", whatever the key, in any spelling of "none"', async ({ page }) => {
  const unsigned = jwtIoToken('none').token
  const input = await openWithToken(page, unsigned)
  await expect(badge(page)).toHaveText(VERDICT.unsigned)
  await enterKey(page, 'any-secret-at-all-even-a-long-one-000')
  await expect(badge(page)).toHaveText(VERDICT.unsigned)
  await expect(badge(page)).toContainText('RFC 8725')
  await expect(page.getByTestId('alg-select')).toHaveValue('none')
  // "nOnE" is the filter-bypass spelling: still unsigned, and named as a trick.
  const header = Buffer.from('{"alg":"nOnE"}').toString('base64url')
  await input.fill(`${header}.${unsigned.split('.')[1] ?? ''}.`)
  await expect(badge(page)).toHaveText(VERDICT.unsigned)
  await expect(badge(page)).toContainText('not even the registered spelling')
})

test('a short HMAC secret verifies but warns (RFC 7518 §3.2); a long enough one does not', async ({ page }) => {
  const short = 'secret'
  const token = await new SignJWT({ sub: 'weak' }).setProtectedHeader({ alg: 'HS256' }).sign(new TextEncoder().encode(short))
  const input = await openWithToken(page, token)
  await enterKey(page, short)
  await expect(badge(page)).toHaveText(VERDICT.verified)
  await expect(badge(page)).toContainText('Warning: the secret is 6 bytes; HS256 needs at least 32 (RFC 7518 §3.2)')

  // HS512 needs 64 bytes (its hash size): a 32-byte secret, fine for HS256, is too short for it.
  const half = 'a-32-byte-secret-fine-for-HS256!'
  expect(half).toHaveLength(32)
  await input.fill(await new SignJWT({ sub: 'weak' }).setProtectedHeader({ alg: 'HS512' }).sign(new TextEncoder().encode(half)))
  await enterKey(page, half)
  await expect(badge(page)).toHaveText(VERDICT.verified)
  await expect(badge(page)).toContainText('the secret is 32 bytes; HS512 needs at least 64 (RFC 7518 §3.2)')

  const strong = libraryToken('pyjwt.json', 'pyjwt-HS256')
  await input.fill(strong.token)
  await enterKey(page, strong.key.secret ?? '')
  await expect(badge(page)).toHaveText(VERDICT.verified)
  await expect(badge(page)).not.toContainText('Warning')
})

test.describe('a public key in the link (publicKey=)', () => {
  for (const form of ['#token=', '#debugger-io?token='] as const) {
    test(`${form}…&publicKey=<PEM> fills the key field and verifies`, async ({ page }) => {
      const { token, publicPem } = jwtIoKeyPair('ES256')
      await openDecoder(page, `${form}${token}&publicKey=${encodeURIComponent(publicPem)}`)
      await expect(page.getByTestId('token-input')).toHaveValue(token)
      await expect(page.getByTestId('key-input')).toHaveValue(publicPem)
      await expect(page.getByTestId('key-recognized')).toContainText('PEM public key')
      await expect(badge(page)).toHaveText(VERDICT.verified)
    })
  }

  test('a JWK in publicKey= works too (jwt.io\'s Ed25519 key)', async ({ page }) => {
    const fixture = jwtIoCases('Ed25519').find((c) => c.key.startsWith('{'))
    if (!fixture) throw new Error('jwt.io Ed25519 JWK fixture missing')
    await openDecoder(page, `#token=${fixture.token}&publicKey=${encodeURIComponent(fixture.key)}`)
    await expect(page.getByTestId('key-input')).toHaveValue(fixture.key)
    await expect(badge(page)).toHaveText(VERDICT.verified)
  })
})
