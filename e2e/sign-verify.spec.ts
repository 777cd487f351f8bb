import { SignJWT } from 'jose'
import { badge, enterKey, jwtIoCases, libraryCases, libraryToken, openWithToken, tamperPayload, VERDICT, type KeyedToken } from './helpers/verify'
import { expect, test } from './helpers/test'
import { jwtIoToken } from './helpers/fixtures'

// Paste a token and its key: "Signature verified"; change one payload character: "Invalid signature".
// One test per algorithm family, over every token jwt.io, PyJWT and jsonwebtoken made for it, in each
// key form they come with. Then: the signature and the time claims are judged apart, and leeway.
// Every test also fails on any page error (helpers/test.ts).

const FAMILIES = [
  { family: 'HMAC', algs: ['HS256', 'HS384', 'HS512'] },
  { family: 'RSA', algs: ['RS256', 'RS384', 'RS512'] },
  { family: 'RSA-PSS', algs: ['PS256', 'PS384', 'PS512'] },
  { family: 'ECDSA', algs: ['ES256', 'ES384', 'ES512'] },
  // jwt.io signs with the fully specified name "Ed25519", PyJWT with RFC 8037's "EdDSA".
  { family: 'EdDSA', algs: ['Ed25519', 'EdDSA'] },
  { family: 'ML-DSA', algs: ['ML-DSA-44', 'ML-DSA-65', 'ML-DSA-87'] },
] as const

function casesFor(algs: readonly string[]): KeyedToken[] {
  const fromJwtIo = algs.filter((alg) => alg !== 'EdDSA').flatMap(jwtIoCases)
  return [...fromJwtIo, ...libraryCases('pyjwt.json', algs), ...libraryCases('jsonwebtoken.json', algs)]
}

for (const { family, algs } of FAMILIES) {
  test(`${family}: every fixture token verifies with its key, and one changed payload character breaks it`, async ({ page }) => {
    // Up to 18 token/key pairs in one page: more time than one check needs, not a slow app.
    test.slow()
    const cases = casesFor(algs)
    // Each alg of the family, and for EdDSA both of its names, is really covered.
    expect(new Set(cases.map((c) => c.alg))).toEqual(new Set(algs))
    const input = await openWithToken(page, cases[0]?.token ?? '')
    for (const { name, alg, token, key, encoding } of cases) {
      await test.step(name, async () => {
        await input.fill(token)
        await enterKey(page, key, encoding)
        await expect(page.getByTestId('alg-select')).toHaveValue(alg)
        await expect(badge(page), name).toHaveText(VERDICT.verified)
        await input.fill(tamperPayload(token))
        await expect(badge(page), `${name}, tampered`).toHaveText(VERDICT.invalid)
        await expect(badge(page)).toContainText('the signature does not match')
      })
    }
  })
}

test('the secret encoding is offered for a secret only: a PEM key says what it is by itself', async ({ page }) => {
  const fixture = jwtIoToken('RS256', 'withPemKey')
  await openWithToken(page, fixture.token)
  await enterKey(page, fixture.publicKey ?? '')
  await expect(badge(page)).toHaveText(VERDICT.verified)
  await expect(page.getByTestId('secret-encoding')).toHaveCount(0)
  await enterKey(page, 'a-secret')
  await expect(page.getByTestId('secret-encoding')).toBeVisible()
})

test('HMAC: the secret encoding decides the bytes; the wrong one gives "Invalid signature"', async ({ page }) => {
  const [utf8, b64] = jwtIoCases('HS256')
  if (!utf8 || !b64) throw new Error('jwt.io HS256 fixtures missing')
  const input = await openWithToken(page, b64.token)
  await enterKey(page, b64.key, 'base64url')
  await expect(badge(page)).toHaveText(VERDICT.verified)
  await expect(page.getByTestId('key-recognized')).toContainText('decoded from base64url')
  await page.getByTestId('secret-encoding').selectOption({ label: 'UTF-8' })
  await expect(badge(page)).toHaveText(VERDICT.invalid)

  await input.fill(utf8.token)
  await enterKey(page, utf8.key, 'UTF-8')
  await expect(badge(page)).toHaveText(VERDICT.verified)
  await page.getByTestId('secret-encoding').selectOption({ label: 'base64url' })
  // jwt.io's UTF-8 secret happens to be valid base64url text too: other bytes, so another signature.
  await expect(badge(page)).toHaveText(VERDICT.invalid)
})

test('an expired token with a good signature: "Signature verified" and an expired claims verdict, side by side', async ({ page }) => {
  const expired = libraryToken('pyjwt.json', 'pyjwt-HS256-expired')
  expect(expired.payload.exp).toBe(1_600_000_000)
  await openWithToken(page, expired.token)
  await enterKey(page, expired.key.secret ?? '')
  await expect(badge(page)).toHaveText(VERDICT.verified)
  const claims = page.getByTestId('claims-status')
  await expect(claims).toHaveText(/^Expired .* ago/)
  await expect(claims).toContainText('exp')
  // The badge judges the signature alone.
  await expect(badge(page)).not.toContainText('xpired')
})

test('leeway moves the claims verdict, never the signature verdict', async ({ page }) => {
  const secret = 'leeway-test-secret-with-at-least-32-bytes'
  const now = Math.floor(Date.now() / 1000)
  // Expired 90 seconds ago: outside a 60 s leeway, inside a 300 s one.
  const token = await new SignJWT({ sub: 'leeway', exp: now - 90 })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .sign(new TextEncoder().encode(secret))
  await openWithToken(page, token)
  await enterKey(page, secret)
  const claims = page.getByTestId('claims-status')
  const leeway = page.getByTestId('leeway-input')
  await expect(badge(page)).toHaveText(VERDICT.verified)
  await expect(claims).toHaveText(/^Expired/)

  await leeway.fill('60')
  await expect(claims).toHaveText(/^Expired/)
  await leeway.fill('300')
  await expect(claims).not.toHaveText(/^Expired/)
  await expect(claims).toContainText('leeway')
  await expect(badge(page)).toHaveText(VERDICT.verified)

  await leeway.fill('0')
  await expect(claims).toHaveText(/^Expired/)
  await expect(badge(page)).toHaveText(VERDICT.verified)
})

test('a token that is not valid yet (nbf) is well signed and "not valid yet"; leeway accepts it', async ({ page }) => {
  const secret = 'nbf-test-secret-with-at-least-32-bytes!!'
  const now = Math.floor(Date.now() / 1000)
  const token = await new SignJWT({ sub: 'nbf', nbf: now + 120, exp: now + 3600 })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .sign(new TextEncoder().encode(secret))
  await openWithToken(page, token)
  await enterKey(page, secret)
  await expect(badge(page)).toHaveText(VERDICT.verified)
  const claims = page.getByTestId('claims-status')
  await expect(claims).toHaveText(/^Not valid yet/)
  await page.getByTestId('leeway-input').fill('600')
  await expect(claims).toHaveText(/^Claims valid/)
})
