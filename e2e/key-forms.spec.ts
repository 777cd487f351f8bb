import { readFileSync } from 'node:fs'
import { openDecoder } from './helpers/decoder'
import { badge, enterKey, jwtIoKeyPair, libraryToken, openWithToken, tamperPayload, VERDICT } from './helpers/verify'
import { expect, test } from './helpers/test'

// Keys in the shapes they arrive in after a trip through a terminal, a JSON file or a link: RSA-PSS keys
// from `openssl genpkey`, PEMs whose line breaks were lost or escaped, and broken JWKs, whose messages
// must be ours, not the browser's. Every test also fails on any page error (helpers/test.ts).

interface PssFixture {
  keys: Record<string, { text: string }>
  tokens: { id: string; alg: string; token: string }[]
}
const pss = JSON.parse(readFileSync(new URL('../src/jwt/fixtures/rsa-pss.json', import.meta.url), 'utf8')) as PssFixture
const pssKey = (id: string) => pss.keys[id]?.text ?? ''
const pssToken = (id: string) => pss.tokens.find((t) => t.id === id)?.token ?? ''

test('an RSA-PSS key from `openssl genpkey -algorithm RSA-PSS` verifies PS256, and one pinned to SHA-256 is refused for PS384', async ({ page }) => {
  const input = await openWithToken(page, pssToken('rsa-pss-PS256'))
  await enterKey(page, pssKey('rsa-pss-public'))
  await expect(page.getByTestId('key-recognized')).toContainText('PEM public key (SPKI, RSA-PSS 2048-bit)')
  await expect(badge(page)).toHaveText(VERDICT.verified)
  await expect(badge(page)).toContainText('an RSASSA-PSS key')
  await input.fill(tamperPayload(pssToken('rsa-pss-PS256')))
  await expect(badge(page)).toHaveText(VERDICT.invalid)

  await input.fill(pssToken('rsa-pss-sha256-PS384'))
  await enterKey(page, pssKey('rsa-pss-sha256-public'))
  await expect(badge(page)).toHaveText(VERDICT.cannotVerify)
  await expect(badge(page)).toContainText('restricted to SHA-256')
  await expect(badge(page)).toContainText('PS384 uses SHA-384')
})

test.describe('a PEM whose line breaks were lost or escaped still verifies', () => {
  const { token, publicPem } = jwtIoKeyPair('PS256')
  for (const [shape, key] of [
    ['flattened to one line with spaces', publicPem.trim().replace(/\n/g, ' ')],
    ['with literal \\n escapes (from a JSON string or an env var)', publicPem.replace(/\n/g, '\\n')],
  ] as const) {
    test(shape, async ({ page }) => {
      expect(key).not.toContain('\n')
      await openWithToken(page, token)
      await enterKey(page, key)
      await expect(page.getByTestId('key-recognized')).toContainText('PEM public key (SPKI, RSA 2048-bit)')
      await expect(badge(page)).toHaveText(VERDICT.verified)
    })
  }

  test('in a legacy jwt.io link whose "+" became spaces', async ({ page }) => {
    expect(publicPem).toContain('+')
    const rawPlus = encodeURIComponent(publicPem).replace(/%2B/g, '+')
    await openDecoder(page, `#debugger-io?token=${token}&publicKey=${rawPlus}`)
    await expect(page.getByTestId('key-input')).toHaveValue(publicPem.replace(/\+/g, ' '))
    await expect(badge(page)).toHaveText(VERDICT.verified)
  })

  test('a PEM that still cannot be read: the message says its line breaks seem lost or escaped', async ({ page }) => {
    await openWithToken(page, token)
    // A flattened PEM with one line missing: no reading of its spaces gives a whole key.
    const lines = publicPem.trim().split('\n')
    await enterKey(page, [...lines.slice(0, 2), ...lines.slice(3)].join(' '))
    await expect(badge(page)).toHaveText(VERDICT.cannotVerify)
    await expect(badge(page)).toContainText('its line breaks seem to have been lost or escaped')
  })
})

test('broken JWKs are explained in our words: JSON by line and column, a bad member by name', async ({ page }) => {
  const fixture = libraryToken('pyjwt.json', 'pyjwt-RS384')
  const jwk = JSON.stringify(fixture.key.publicJwk, null, 2)
  await openWithToken(page, fixture.token)
  // The last closing brace lost, as when a JWK is copied one line short.
  await enterKey(page, jwk.slice(0, jwk.lastIndexOf('}')))
  await expect(badge(page)).toHaveText(VERDICT.cannotVerify)
  await expect(badge(page)).toContainText('the JSON does not parse')
  await expect(badge(page)).toContainText(/at line \d+, column \d+/)
  await expect(page.getByTestId('key-recognized')).toContainText(/JSON that does not parse \(expected .* at line \d+, column \d+\)/)

  await enterKey(page, JSON.stringify({ ...JSON.parse(jwk), e: '!!' }))
  await expect(badge(page)).toHaveText(VERDICT.cannotVerify)
  await expect(badge(page)).toContainText('the JWK member "e" is not base64url: it has "!" at character 1')
  await expect(badge(page)).not.toContainText('could not be')
})

test('kids: a JWKS without kids says so, and a single JWK with another kid verifies with a warning', async ({ page }) => {
  const fixture = libraryToken('pyjwt.json', 'pyjwt-RS256')
  const kid = fixture.header.kid as string
  const noKid = { ...fixture.key.publicJwk, kid: undefined }
  await openWithToken(page, fixture.token)
  await enterKey(page, JSON.stringify({ keys: [noKid, noKid] }))
  await expect(badge(page)).toHaveText(VERDICT.cannotVerify)
  await expect(badge(page)).toContainText(`no key with kid "${kid}" (none of its 2 keys has a kid)`)

  await enterKey(page, JSON.stringify({ ...noKid, kid: 'another-kid' }))
  await expect(badge(page)).toHaveText(VERDICT.verified)
  await expect(badge(page)).toContainText(`Warning: the token's kid is "${kid}" but this JWK's is "another-kid"`)
})
