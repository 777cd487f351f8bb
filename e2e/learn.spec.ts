import { createHmac } from 'node:crypto'
import type { Page } from '@playwright/test'
import { openDecoder, paneJson } from './helpers/decoder'
import { jwtIoToken } from './helpers/fixtures'
import { expect, test } from './helpers/test'
import { badge, enterKey, openWithToken, VERDICT } from './helpers/verify'
import {
  A1_HEADER_B64U,
  A1_HEADER_OCTETS,
  A1_JWK,
  A1_JWS,
  A1_PAYLOAD_B64U,
  A1_PAYLOAD_OCTETS,
  A1_SIGNATURE_B64U,
  A1_SIGNATURE_OCTETS,
  A1_SIGNING_INPUT_OCTETS,
} from '../src/jwt/fixtures/rfc7515-a1'

// Learn mode on RFC 7515 Appendix A.1: every value comes from the RFC's text (the fixture the unit tests share),
// not computed by us. The key goes in through the decoder's own key field, as a person would do it.

/** HMAC-SHA-256 in Node, base64url: the reference the page's WebCrypto result is compared with. */
const hmac256 = (secret: string, signingInput: string) => createHmac('sha256', secret).update(signingInput).digest('base64url')
const b64u = (text: string) => Buffer.from(text, 'utf8').toString('base64url')
/** A compact JWS with exactly these header and payload texts, signed HS256 in Node. */
function hs256Token(headerText: string, payloadText: string, secret: string): string {
  const input = `${b64u(headerText)}.${b64u(payloadText)}`
  return `${input}.${hmac256(secret, input)}`
}

const decimal = (octets: number[]) => `[${octets.join(', ')}]`
const hexPairs = (octets: number[]) => octets.map((b) => b.toString(16).padStart(2, '0')).join(' ')

/** Opens the decoder with the A.1 token and key (typed into the decoder's fields), then learn mode. */
async function openA1InLearnMode(page: Page): Promise<void> {
  const input = await openDecoder(page)
  await input.fill(A1_JWS)
  await page.getByTestId('secret-encoding').selectOption('base64url')
  await page.getByTestId('key-input').fill(A1_JWK.k)
  await page.getByTestId('nav-learn').click()
  await expect(page.getByTestId('learn-mode')).toBeVisible()
}

test.describe('learn mode on RFC 7515 Appendix A.1', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] })

  test('each step shows the RFC values, and each output is the next step input', async ({ page }) => {
    await openA1InLearnMode(page)
    const step = (n: number) => page.getByTestId(`learn-step-${n}`)
    const output = (n: number) => page.getByTestId(`learn-step-${n}-output`)

    // 1: header JSON (CRLF kept) → bytes → base64url; A.1's header needs no padding and has no + or /.
    await expect(output(1)).toHaveText(A1_HEADER_B64U)
    await expect(page.getByTestId('learn-step-1-bytes')).toHaveText(hexPairs(A1_HEADER_OCTETS))
    await expect(step(1)).toContainText('"alg":"HS256"')
    await expect(page.getByTestId('learn-step-1-compare-base64')).toHaveText(A1_HEADER_B64U)

    // 2: the payload: plain base64 has "==" that base64url drops.
    await expect(output(2)).toHaveText(A1_PAYLOAD_B64U)
    await expect(page.getByTestId('learn-step-2-compare-base64')).toHaveText(`${A1_PAYLOAD_B64U}==`)
    await expect(page.getByTestId('learn-step-2-compare-base64').locator('del')).toHaveText('==')
    await expect(page.getByTestId('learn-step-2-compare-base64url')).toHaveText(A1_PAYLOAD_B64U)

    // 3: the signing input is output 1 . output 2.
    await expect(output(3)).toHaveText(`${A1_HEADER_B64U}.${A1_PAYLOAD_B64U}`)

    // 4: HMAC SHA-256 computed in the page with the key from the key field.
    await expect(output(4)).toHaveText(A1_SIGNATURE_B64U)
    await expect(page.getByTestId('learn-computed-signature')).toHaveText(A1_SIGNATURE_B64U)
    await expect(page.getByTestId('learn-signature-match')).toHaveAttribute('data-matches', 'true')
    await expect(page.getByTestId('learn-step-4-bytes')).toHaveText(hexPairs(A1_SIGNATURE_OCTETS))

    // 5: the three outputs joined by dots: the RFC's complete JWS.
    await expect(output(5)).toHaveText(A1_JWS)
    await expect(page.getByTestId('learn-token-matches')).toHaveAttribute('data-matches', 'true')

    // The same bytes as RFC 7515 prints them: decimal arrays.
    await page.getByLabel('decimal (as RFC 7515 prints them)').check()
    await expect(page.getByTestId('learn-step-1-bytes')).toHaveText(decimal(A1_HEADER_OCTETS))
    await expect(page.getByTestId('learn-step-2-bytes')).toHaveText(decimal(A1_PAYLOAD_OCTETS))
    await expect(page.getByTestId('learn-step-3-bytes')).toHaveText(decimal(A1_SIGNING_INPUT_OCTETS))
    await expect(page.getByTestId('learn-step-4-bytes')).toHaveText(decimal(A1_SIGNATURE_OCTETS))
  })

  test('every step has a copy button that copies its output', async ({ page }) => {
    await openA1InLearnMode(page)
    const outputs = [A1_HEADER_B64U, A1_PAYLOAD_B64U, `${A1_HEADER_B64U}.${A1_PAYLOAD_B64U}`, A1_SIGNATURE_B64U, A1_JWS]
    for (const [index, expected] of outputs.entries()) {
      const button = page.getByTestId(`learn-step-${index + 1}-copy`)
      await button.click()
      await expect(button).toHaveText('Copied')
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(expected)
    }
  })

  test('step 5 colours the parts as the decoder does (header red, payload purple, signature blue)', async ({ page }) => {
    const input = await openDecoder(page)
    await input.fill(A1_JWS)
    const decoderColours = await Promise.all(
      [0, 1, 2].map((segment) => page.locator(`[data-segment="${segment}"]`).first().evaluate((el) => getComputedStyle(el).color)),
    )
    expect(new Set(decoderColours).size).toBe(3)
    await page.getByTestId('nav-learn').click()
    const output = page.getByTestId('learn-step-5-output')
    const learnColours = await Promise.all(
      ['header', 'payload', 'signature'].map((part) => output.locator(`[data-part="${part}"]`).evaluate((el) => getComputedStyle(el).color)),
    )
    expect(learnColours).toEqual(decoderColours)
  })

  test('a wrong secret: the computed HMAC differs, live, as the secret is typed', async ({ page }) => {
    await openA1InLearnMode(page)
    await expect(page.getByTestId('learn-signature-match')).toHaveAttribute('data-matches', 'true')
    // Learn mode's own secret field is the decoder's key field: same state.
    await expect(page.getByTestId('learn-secret')).toHaveValue(A1_JWK.k)
    await page.getByTestId('learn-secret').fill(`${A1_JWK.k.slice(0, -1)}A`)
    await expect(page.getByTestId('learn-signature-match')).toHaveAttribute('data-matches', 'false')
    await expect(page.getByTestId('learn-step-4-output')).not.toHaveText(A1_SIGNATURE_B64U)
    await expect(page.getByTestId('learn-token-matches')).toHaveAttribute('data-matches', 'false')
    await page.getByTestId('nav-decoder').click()
    await expect(page.getByTestId('key-input')).toHaveValue(`${A1_JWK.k.slice(0, -1)}A`)
  })

  test('encoded, not encrypted: read without a key, change one character, open it: the badge says invalid', async ({ page }) => {
    await openA1InLearnMode(page)
    await page.getByTestId('tamper-button').click()
    // Read with no key: the RFC's payload text.
    await expect(page.getByTestId('tamper-read')).toContainText('"iss":"joe"')
    await expect(page.getByTestId('tamper-read')).toContainText('"http://example.com/is_root":true')
    // One character: "joe" → "koe". Node's base64url of the edited payload is the reference.
    const tamperedPayload = Buffer.from(
      '{"iss":"koe",\r\n "exp":1300819380,\r\n "http://example.com/is_root":true}',
      'utf8',
    ).toString('base64url')
    const tampered = `${A1_HEADER_B64U}.${tamperedPayload}.${A1_SIGNATURE_B64U}`
    await expect(page.getByTestId('tamper-change')).toContainText('"joe"')
    await expect(page.getByTestId('tamper-change')).toContainText('"koe"')
    await expect(page.getByTestId('tamper-token')).toHaveText(tampered)
    // The marked characters are exactly where the two payload segments differ.
    const changed = [...tamperedPayload].filter((char, i) => A1_PAYLOAD_B64U[i] !== char).join('')
    expect(changed.length).toBeGreaterThan(0)
    const marked = await page.getByTestId('tamper-token').locator('mark').allTextContents()
    expect(marked.join('')).toBe(changed)
    await expect(page.getByTestId('tamper-verdict')).toContainText('no longer matches')
    await expect(page.getByTestId('tamper-recheck')).toContainText(A1_SIGNATURE_B64U)
    await expect(page.getByTestId('tamper-recheck')).toContainText('mismatch')

    await page.getByTestId('tamper-open').click()
    await expect(page.getByTestId('token-input')).toHaveValue(tampered)
    await expect.poll(() => paneJson(page, 'payload-pane')).toMatchObject({ iss: 'koe' })
    await expect(page.getByTestId('signature-status')).toContainText('Invalid signature')
  })

  test('each step cites the RFC 7515 §5.1 steps it performs, in the RFC\'s notation', async ({ page }) => {
    await openA1InLearnMode(page)
    const spec = (n: number) => page.getByTestId(`learn-step-${n}-spec`)
    // §5.1: steps 1–2 payload, 3–4 header, 5 signing input and signature, 6 its base64url, 8 the serialization.
    await expect(spec(1)).toContainText('§5.1 steps 3–4')
    await expect(spec(2)).toContainText('§5.1 steps 1–2')
    await expect(spec(3)).toContainText('§5.1 step 5')
    await expect(spec(3)).not.toContainText('step 8')
    await expect(spec(4)).toContainText('§5.1 steps 5–6')
    await expect(spec(5)).toContainText('§5.1 step 8')
    await expect(spec(5)).toContainText('§7.1')
    await expect(page.getByTestId('learn-step-1')).toContainText('BASE64URL(UTF8(JWS Protected Header))')
    await expect(page.getByTestId('learn-step-2')).toContainText('BASE64URL(JWS Payload)')
  })

  test('the "load RFC 7515 A.1" button loads the same token and key, and says the secret is now read as base64url', async ({ page }) => {
    await openDecoder(page)
    await page.getByTestId('nav-learn').click()
    await page.getByTestId('learn-load-rfc-example').click()
    await expect(page.getByTestId('learn-step-5-output')).toHaveText(A1_JWS)
    await expect(page.getByTestId('learn-signature-match')).toHaveAttribute('data-matches', 'true')
    // The encoding is shared with the decoder and stays: Learn says so where the example was loaded, and how to undo it.
    await expect(page.getByTestId('learn-rfc-encoding-note')).toContainText('now read as base64url')
    await page.getByTestId('learn-secret-as-text').click()
    await expect(page.getByTestId('learn-secret-encoding')).toHaveValue('utf8')
    await expect(page.getByTestId('learn-rfc-encoding-note')).toHaveCount(0)
  })

  test('projected: byte dumps, the base64 comparison and output lines are at least 14 px, with no sideways scroll at 1280×720', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 720 })
    await openA1InLearnMode(page)
    await page.getByTestId('tamper-button').click()
    const sizes = await page
      .locator('[data-testid$="-bytes"], [data-testid$="-compare"] *, [data-testid^="learn-step-"][data-testid$="-output"], [data-testid="tamper-token"]')
      .evaluateAll((els) => els.map((el) => [el.getAttribute('data-testid') ?? el.tagName, parseFloat(getComputedStyle(el).fontSize)] as const))
    expect(sizes.length).toBeGreaterThan(10)
    expect(sizes.filter(([, px]) => px < 14)).toEqual([])
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0)
  })
})

test.describe('learn mode on other tokens', () => {
  test('RS256 (jwt.io): says what is signed and with which key; shows the 256 signature bytes', async ({ page }) => {
    const { token } = jwtIoToken('RS256', 'withPemKey')
    const input = await openDecoder(page)
    await input.fill(token)
    await page.getByTestId('nav-learn').click()
    await expect(page.getByTestId('learn-signed-with')).toContainText('private key')
    await expect(page.getByTestId('learn-verified-with')).toContainText('public key')
    const signature = token.split('.')[2] ?? ''
    await expect(page.getByTestId('learn-step-4-output')).toHaveText(signature)
    await expect(page.getByTestId('learn-step-4')).toContainText('256, 2048 bits')
    await expect(page.getByTestId('learn-step-4-bytes')).toHaveText(hexPairs([...Buffer.from(signature, 'base64url')]))
    await expect(page.getByTestId('learn-step-5-output')).toHaveText(token)
    // No secret field for a key pair.
    await expect(page.getByTestId('learn-secret')).toHaveCount(0)
  })

  test('alg none: step 4 says its output is empty, and step 5 gives the signature no range past the end', async ({ page }) => {
    const { token } = jwtIoToken('none')
    await openWithToken(page, token)
    await page.getByTestId('nav-learn').click()
    await expect(page.getByTestId('learn-step-4-output')).toHaveText('(empty)')
    await expect(page.getByTestId('learn-step-5')).toContainText('Signature · empty (0 characters)')
    await expect(page.getByTestId('learn-step-5')).not.toContainText(`${token.length}–${token.length}`)
  })

  test('an empty token: says so and leads back to the decoder', async ({ page }) => {
    const input = await openDecoder(page)
    await input.fill('')
    await page.getByTestId('nav-learn').click()
    await expect(page.getByTestId('learn-error')).toBeVisible()
    await expect(page.getByTestId('learn-step-1')).toHaveCount(0)
    await page.getByTestId('learn-error').getByRole('button').click()
    await expect(page.getByTestId('token-input')).toBeVisible()
  })
})

test.describe('learn mode reads the key field as the decoder does', () => {
  const secret = 'learn-e2e-secret-that-is-at-least-32-bytes'
  const token = hs256Token('{"alg":"HS256","typ":"JWT"}', '{"sub":"alice","name":"Alice"}', secret)

  test('an oct JWK: the decoder verifies, and Learn recomputes the HMAC from its k, in the steps and the tamper re-check', async ({ page }) => {
    await openWithToken(page, token)
    await enterKey(page, JSON.stringify({ kty: 'oct', k: b64u(secret) }))
    await expect(badge(page)).toHaveText(VERDICT.verified)
    await page.getByTestId('nav-learn').click()
    await expect(page.getByTestId('learn-signature-match')).toHaveAttribute('data-matches', 'true')
    await expect(page.getByTestId('learn-token-matches')).toHaveAttribute('data-matches', 'true')
    await expect(page.getByTestId('learn-secret-source')).toContainText('"k"')
    await page.getByTestId('tamper-button').click()
    const [header, payload] = ((await page.getByTestId('tamper-token').textContent()) ?? '').split('.')
    await expect(page.getByTestId('tamper-recheck')).toContainText(hmac256(secret, `${header}.${payload}`))
    await expect(page.getByTestId('tamper-recheck')).toContainText('mismatch')
  })

  test('an RSA public key with an HS256 token: Learn says it cannot use it for the HMAC, and calls nothing wrong', async ({ page }) => {
    await openWithToken(page, token)
    await enterKey(page, jwtIoToken('RS256', 'withPemKey').publicKey ?? '')
    await page.getByTestId('nav-learn').click()
    await expect(page.getByTestId('learn-signature-explanation')).toContainText('not a shared secret')
    await expect(page.getByTestId('learn-signature-explanation')).toContainText('only HMAC')
    await expect(page.getByTestId('learn-signature-match')).toHaveCount(0)
    await expect(page.getByTestId('learn-token-matches')).toHaveAttribute('data-matches', 'true')
  })
})

test.describe('the tamper demo', () => {
  const secret = 'learn-e2e-secret-that-is-at-least-32-bytes'

  test('offers only claims it can change, says why not the others, and falls back to automatic when the token loses the chosen claim', async ({ page }) => {
    const token = hs256Token('{"alg":"HS256","typ":"JWT"}', '{"sub":"1234567890","name":"John Doe","admin":true,"iat":1516239022}', secret)
    await openWithToken(page, token)
    await page.getByTestId('nav-learn').click()
    await page.getByTestId('tamper-button').click()
    const menu = page.getByTestId('tamper-claim')
    const offered = await menu.locator('option').evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value))
    expect(offered).toEqual(['', 'sub', 'name', 'iat'])
    await expect(page.getByTestId('tamper-claim-skipped')).toContainText('"admin" is true, a boolean')

    // Chosen with the keyboard: the change follows, and the menu keeps the focus.
    await menu.focus()
    await menu.selectOption('name')
    await expect(page.getByTestId('tamper-change')).toContainText('"John Doe"')
    await expect(menu).toBeFocused()

    // A token without "name" (RFC 7515 A.1): back to the automatic pick, said so, the menu still there.
    await page.getByTestId('learn-load-rfc-example').click()
    await expect(page.getByTestId('tamper-claim-lost')).toContainText('"name"')
    await expect(menu).toHaveValue('')
    await expect(page.getByTestId('tamper-change')).toContainText('"joe"')
    await expect(page.getByTestId('tamper-error')).toHaveCount(0)
  })
})

test.describe('the tamper verdict reads alg as well as the signature', () => {
  const payload = b64u('{"sub":"alice"}')
  for (const { name, token, says, never } of [
    {
      name: 'HS256 with an empty signature: rejected before and after, not "nothing notices"',
      token: `${b64u('{"alg":"HS256","typ":"JWT"}')}.${payload}.`,
      says: 'A verifier rejects it, before the change and after it.',
      never: 'Nothing notices',
    },
    {
      name: 'alg none with a signature part: nothing notices, and nothing computed that part',
      token: `${b64u('{"alg":"none"}')}.${payload}.abc`,
      says: 'Nothing notices.',
      never: 'computed over the old bytes',
    },
  ]) {
    test(name, async ({ page }) => {
      await openWithToken(page, token)
      await page.getByTestId('nav-learn').click()
      await page.getByTestId('tamper-button').click()
      await expect(page.getByTestId('tamper-verdict')).toContainText(says)
      await expect(page.getByTestId('tamper-verdict')).not.toContainText(never)
    })
  }
})

test.describe('FAQ and copy buttons', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] })

  test('each FAQ answer cites its sources; the lifetimes answer opens the timeline', async ({ page }) => {
    await openDecoder(page)
    await page.getByTestId('nav-learn').click()
    const items = page.getByTestId('learn-faq').locator('details')
    await expect(items.first()).toBeVisible()
    for (const item of await items.all()) {
      await item.locator('summary').click()
      const links = item.getByRole('link')
      expect(await links.count()).toBeGreaterThan(0)
      for (const href of await links.evaluateAll((els) => els.map((el) => el.getAttribute('href') ?? ''))) {
        expect(href).toMatch(/^https:\/\//)
      }
    }
    await expect(page.getByTestId('faq-is-a-jwt-encrypted')).toContainText('RFC 7516')
    await page.getByTestId('faq-django-simplejwt-lifetimes-try').click()
    await expect(page.getByTestId('nav-timeline')).toHaveAttribute('aria-current', 'page')
  })

  test('the decoder panes each copy what they show', async ({ page }) => {
    const { token, header, payload } = jwtIoToken('HS256', 'withUtf8Secret')
    const input = await openDecoder(page)
    await input.fill(token)
    const clipboard = () => page.evaluate(() => navigator.clipboard.readText())
    await page.getByTestId('header-pane').getByRole('button', { name: 'Copy header' }).click()
    await expect.poll(async () => JSON.parse(await clipboard()) as unknown).toEqual(header)
    await page.getByTestId('payload-pane').getByRole('button', { name: 'Copy payload' }).click()
    await expect.poll(async () => JSON.parse(await clipboard()) as unknown).toEqual(payload)
    await page.getByTestId('signature-pane').getByRole('button', { name: 'Copy signature' }).click()
    await expect.poll(clipboard).toBe(token.split('.')[2])
  })
})
