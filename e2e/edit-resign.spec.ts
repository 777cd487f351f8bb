import { base64url, calculateJwkThumbprint, compactVerify, exportJWK, importSPKI } from 'jose'
import {
  badge,
  currentToken,
  enterKey,
  expectResigned,
  generateKey,
  jwtIoKeyPair,
  libraryToken,
  openWithToken,
  pastePayloadInMonaco,
  payloadOf,
  signatureOf,
  tamperPayload,
  typeIntoLastClaim,
  verifiesInNode,
  VERDICT,
  withLastClaimTyped,
} from './helpers/verify'
import { expect, test } from './helpers/test'
import { waitForMonaco } from './helpers/monaco'
import { A1_JWK, A1_JWS } from '../src/jwt/fixtures/rfc7515-a1'

// Sign in the browser: generate a key, edit the payload in Monaco, and the re-signed token verifies with
// the public half, here and in Node. Then the other ways a token is re-signed (alg select, iat/exp
// buttons, the sign button), what happens without a key that can sign, and that no secret or private
// key ever reaches the address bar or a shared link. Every test also fails on any page error.

/** Brackets, quotes and nesting over several lines: what Monaco's auto-closing would double if it were typed. */
const EDITED = { sub: 'edited in "Monaco"', roles: ['admin', 'reader'], meta: { n: 7, ok: true, note: '{[()]}' } }

/** One alg per family, and both names of Ed25519. Node 20's WebCrypto has no ML-DSA: only the page checks it. */
const PAIRS = [
  { alg: 'RS256', start: 'RS256', nodeChecks: true },
  { alg: 'PS256', start: 'PS256', nodeChecks: true },
  { alg: 'ES256', start: 'ES256', nodeChecks: true },
  { alg: 'ES512', start: 'ES512', nodeChecks: true },
  { alg: 'Ed25519', start: 'Ed25519', nodeChecks: true },
  // PyJWT's token says "EdDSA", the RFC 8037 name.
  { alg: 'EdDSA', start: 'pyjwt-EdDSA', nodeChecks: true },
  { alg: 'ML-DSA-44', start: 'ML-DSA-44', nodeChecks: false },
] as const

function startToken(start: string): string {
  return start.startsWith('pyjwt-') ? libraryToken('pyjwt.json', start).token : jwtIoKeyPair(start).token
}

for (const { alg, start, nodeChecks } of PAIRS) {
  test(`${alg}: generate a key pair, edit the payload in Monaco, and the re-signed token verifies with the public key`, async ({ page }) => {
    const original = startToken(start)
    await openWithToken(page, original)
    await expect(page.getByTestId('alg-select')).toHaveValue(alg)

    const publicPem = await generateKey(page)
    if (!publicPem) throw new Error('no public PEM shown for a key pair')
    // The private half went into the key field and signed the token at once.
    await expect(page.getByTestId('key-input')).toHaveValue(/-----BEGIN PRIVATE KEY-----/)
    await expect(badge(page)).toHaveText(VERDICT.verified)
    const generated = await currentToken(page)
    expect(signatureOf(generated)).not.toBe(signatureOf(original))
    // The header names the new key by its RFC 7638 thumbprint, the kid the generated JWKs carry.
    const header = JSON.parse(new TextDecoder().decode(base64url.decode(generated.split('.')[0]!))) as Record<string, unknown>
    if (nodeChecks) expect(header.kid).toBe(await calculateJwkThumbprint(await exportJWK(await importSPKI(publicPem, alg))))
    await expect(page.getByTestId('generated-key')).toContainText(`kid (its RFC 7638 thumbprint): ${header.kid as string}, also in the header`)

    await typeIntoLastClaim(page, '-typed')
    const edited = withLastClaimTyped(payloadOf(generated), '-typed')
    const resigned = await expectResigned(page, edited, signatureOf(generated))
    await expect(page.getByTestId('sign-status')).toHaveText(/^Re-signed with: /)

    // The public half alone verifies it, and refuses a changed copy.
    await enterKey(page, publicPem)
    await expect(page.getByTestId('key-recognized')).toContainText('PEM public key')
    await expect(badge(page)).toHaveText(VERDICT.verified)
    await page.getByTestId('token-input').fill(tamperPayload(resigned))
    await expect(badge(page)).toHaveText(VERDICT.invalid)
    if (nodeChecks) {
      expect(await verifiesInNode(resigned, publicPem, alg), 'jose in Node verifies the page\'s signature').toBe(true)
      expect(await verifiesInNode(tamperPayload(resigned), publicPem, alg)).toBe(false)
    }
  })
}

test.describe('a whole payload pasted into Monaco', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] })

  test('HS256: generate a secret, paste a new payload; the secret verifies it (base64url, not UTF-8)', async ({ page }) => {
    const original = libraryToken('pyjwt.json', 'pyjwt-HS256').token
    await openWithToken(page, original)
    expect(await generateKey(page)).toBeUndefined()
    await expect(page.getByTestId('generated-key')).toContainText('32 random bytes')
    await expect(page.getByTestId('secret-encoding')).toHaveValue('base64url')
    const secret = await page.getByTestId('key-input').inputValue()
    expect(base64url.decode(secret)).toHaveLength(32)
    await expect(badge(page)).toHaveText(VERDICT.verified)
    const generated = await currentToken(page)

    await pastePayloadInMonaco(page, EDITED)
    const resigned = await expectResigned(page, EDITED, signatureOf(generated))
    await compactVerify(resigned, base64url.decode(secret)) // throws if jose in Node disagrees

    // Typed in afresh, the secret verifies only with the encoding it was made in.
    await enterKey(page, '')
    await expect(badge(page)).toHaveText(VERDICT.cannotVerify)
    await enterKey(page, secret, 'base64url')
    await expect(badge(page)).toHaveText(VERDICT.verified)
    await page.getByTestId('secret-encoding').selectOption({ label: 'UTF-8' })
    await expect(badge(page)).toHaveText(VERDICT.invalid)
  })
})

// The pane's text of a keystroke or two ago can arrive after the draft has moved on (re-signing is async,
// a large token's panes decode a deferred copy, Monaco takes outside text in a task of its own); JsonPane
// and the editor must ignore those late echoes of their own edits, or keystrokes land in the wrong place
// (`"cc":33` was lost before the fix).
test("typing a new claim key by key on a slow machine re-signs once it parses", async ({ page, browserName }) => {
  if (browserName === 'chromium') {
    const cdp = await page.context().newCDPSession(page)
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 })
  }
  const { token, privatePem, publicPem } = jwtIoKeyPair('ES256')
  await openWithToken(page, token)
  await enterKey(page, privatePem)
  await expect(badge(page)).toHaveText(VERDICT.verified)
  const editor = page.getByTestId('payload-pane').locator('.monaco-editor')
  await expect(editor).toBeVisible({ timeout: 30_000 })
  await editor.locator('.view-lines').click()
  await page.keyboard.press('ControlOrMeta+End')
  await page.keyboard.press('Home')
  await page.keyboard.press('ArrowLeft')
  await page.keyboard.type(',"bb":22,"cc":33', { delay: 120 })
  const resigned = await expectResigned(page, { ...(payloadOf(token) as object), bb: 22, cc: 33 }, signatureOf(token))
  expect(await verifiesInNode(resigned, publicPem, 'ES256')).toBe(true)
})

test('changing the alg re-signs with the same secret; "none" is refused for signing', async ({ page }) => {
  const fixture = libraryToken('pyjwt.json', 'pyjwt-HS256')
  const secret = 'a-secret-long-enough-for-hs512-which-needs-64-bytes-of-key-data!'
  await openWithToken(page, fixture.token)
  await enterKey(page, secret)
  await expect(badge(page)).toHaveText(VERDICT.invalid)
  await page.getByTestId('alg-select').selectOption('HS512')
  await expect.poll(async () => JSON.parse(Buffer.from((await currentToken(page)).split('.')[0] ?? '', 'base64url').toString()).alg).toBe('HS512')
  await expect(badge(page)).toHaveText(VERDICT.verified)
  await expect(badge(page)).not.toContainText('Warning')
  await compactVerify(await currentToken(page), new TextEncoder().encode(secret))

  await page.getByTestId('alg-select').selectOption('none')
  await expect(page.getByTestId('sign-status')).toContainText('alg "none"')
  await expect(page.getByTestId('sign-status')).toContainText('empty signature')
  await expect(page.getByTestId('sign-status')).not.toContainText('old signature')
  await expect(badge(page)).toHaveText(VERDICT.unsigned)
})

test('set-iat-now and set-exp write the claims and re-sign with the private key', async ({ page }) => {
  const { token, privatePem, publicPem } = jwtIoKeyPair('RS256')
  await openWithToken(page, token)
  await enterKey(page, privatePem)
  await expect(badge(page)).toHaveText(VERDICT.verified)

  const before = Math.floor(Date.now() / 1000)
  await page.getByTestId('set-iat-now').click()
  await expect.poll(async () => (payloadOf(await currentToken(page)) as { iat?: number }).iat).toBeGreaterThanOrEqual(before)
  await expect(badge(page)).toHaveText(VERDICT.verified)
  await expect(page.getByTestId('sign-status')).toHaveText(/^Re-signed with: /)
  const afterIat = await currentToken(page)
  const { iat } = payloadOf(afterIat) as { iat: number }
  expect(iat).toBeLessThanOrEqual(Math.floor(Date.now() / 1000))

  await page.getByTestId('exp-minutes').fill('30')
  await page.getByTestId('set-exp').click()
  await expect.poll(async () => typeof (payloadOf(await currentToken(page)) as { exp?: number }).exp).toBe('number')
  await expect(badge(page)).toHaveText(VERDICT.verified)
  const signed = await currentToken(page)
  const { exp, iat: iatKept } = payloadOf(signed) as { exp: number; iat: number }
  expect(iatKept).toBe(iat)
  expect(exp - before).toBeGreaterThanOrEqual(30 * 60)
  expect(exp - Math.floor(Date.now() / 1000)).toBeLessThanOrEqual(30 * 60)
  await expect(page.getByTestId('claims-status')).toHaveText(/^Claims valid now: expires in (30|29) minutes/)
  expect(await verifiesInNode(signed, publicPem, 'RS256')).toBe(true)

  // A negative number of minutes makes a token that has already expired, a common thing to test with.
  await page.getByTestId('exp-minutes').fill('-5')
  await page.getByTestId('set-exp').click()
  await expect.poll(async () => (payloadOf(await currentToken(page)) as { exp: number }).exp).toBeLessThan(Math.floor(Date.now() / 1000))
  await expect(badge(page)).toHaveText(VERDICT.verified)
  await expect(page.getByTestId('claims-status')).toContainText(/Expired (5|4) minutes ago/)
  // Not a whole number: nothing to stamp, and the field says why.
  await page.getByTestId('exp-minutes').fill('0.5')
  await expect(page.getByTestId('set-exp')).toBeDisabled()
  await expect(page.getByTestId('exp-minutes')).toHaveAttribute('aria-invalid', 'true')
})

test('a public key cannot sign: an edit keeps the old signature and sign-status says why', async ({ page }) => {
  const { token, publicPem } = jwtIoKeyPair('ES256')
  await openWithToken(page, token)
  await enterKey(page, publicPem)
  await expect(badge(page)).toHaveText(VERDICT.verified)
  await page.getByTestId('set-iat-now').click()
  const status = page.getByTestId('sign-status')
  await expect(status).toContainText('Not re-signed')
  await expect(status).toContainText('signing needs the private key; this is a public key')
  await expect(status).toContainText('old signature was kept')
  await expect(badge(page)).toHaveText(VERDICT.invalid)
  expect(signatureOf(await currentToken(page))).toBe(signatureOf(token))
  // No key that can sign: no sign button either.
  await expect(page.getByTestId('sign-button')).toHaveCount(0)
})

test('with a private key that does not match, "Sign the token with this key" re-signs it', async ({ page }) => {
  const jwtIo = jwtIoKeyPair('RS256')
  const other = libraryToken('pyjwt.json', 'pyjwt-RS256')
  await openWithToken(page, jwtIo.token)
  await enterKey(page, other.key.privatePem ?? '')
  await expect(badge(page)).toHaveText(VERDICT.invalid)
  await page.getByTestId('sign-button').click()
  await expect(badge(page)).toHaveText(VERDICT.verified)
  const signed = await currentToken(page)
  expect(signed.split('.').slice(0, 2)).toEqual(jwtIo.token.split('.').slice(0, 2))
  expect(await verifiesInNode(signed, other.key.publicPem ?? '', 'RS256')).toBe(true)
  await expect(page.getByTestId('sign-button')).toHaveCount(0)
})

test.describe('secrets and private keys never reach the address bar or a shared link', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] })

  test('after signing with a secret and with a private key, and after Share', async ({ page }) => {
    const rsa = jwtIoKeyPair('RS256')
    const secret = 'url-leak-test-secret-with-at-least-32-bytes'
    // Marker lines of the private key's base64, as they would appear raw or URL-encoded.
    const privateBody = rsa.privatePem.split('\n').filter((line) => line && !line.startsWith('-----'))
    const leaks = (text: string) => {
      const decoded = decodeURIComponent(text)
      return [secret, 'PRIVATE KEY', ...privateBody.slice(0, 3)].filter((needle) => text.includes(needle) || decoded.includes(needle))
    }

    await openWithToken(page, rsa.token)
    await enterKey(page, rsa.privatePem)
    await page.getByTestId('set-iat-now').click()
    await expect(page.getByTestId('sign-status')).toHaveText(/^Re-signed/)
    expect(leaks(page.url())).toEqual([])

    await page.getByTestId('alg-select').selectOption('HS256')
    await enterKey(page, secret)
    await page.getByTestId('set-exp').click()
    await expect(badge(page)).toHaveText(VERDICT.verified)
    expect(leaks(page.url())).toEqual([])

    await page.getByTestId('share-button').click()
    await expect(page.getByTestId('share-status')).toContainText('Link copied')
    const link = await page.evaluate(() => navigator.clipboard.readText())
    expect(link).toContain(`#token=${await currentToken(page)}`)
    expect(leaks(link)).toEqual([])
    expect(leaks(page.url())).toEqual([])
    expect(link).not.toContain('publicKey')
  })
})

test('loading the editors and leaving the page idle never rewrites a token whose JSON has line breaks', async ({ page }) => {
  // RFC 7515 A.1: header and payload hold CRLF and spaces, so any edit event from the editors would re-encode
  // them compact and change the token. Monaco rehearses its first edit while the page is idle (a rewrite of
  // one character with itself): that must not count as one.
  const input = await openWithToken(page, A1_JWS)
  await page.getByTestId('secret-encoding').selectOption('base64url')
  await page.getByTestId('key-input').fill(A1_JWK.k)
  await expect(badge(page)).toHaveText(VERDICT.verified)
  await waitForMonaco(page.getByTestId('header-pane'))
  await waitForMonaco(page.getByTestId('payload-pane'))
  // Idle callbacks run in the order they were asked for: once this one has run, the editors' have too.
  await page.evaluate(() => new Promise((resolve) => requestIdleCallback(resolve, { timeout: 3000 })))
  await expect(input).toHaveValue(A1_JWS)
  await expect(badge(page)).toHaveText(VERDICT.verified)
  await expect(page.getByTestId('payload-pane')).toContainText('"http://example.com/is_root": true')
})
