import { exportSPKI, generateKeyPair, SignJWT, type CryptoKey } from 'jose'
import type { Page } from '@playwright/test'
import { openDecoder } from './helpers/decoder'
import { rawToken } from './helpers/tokens'
import { expect, test } from './helpers/test'

// The security review beside the verdict: each finding appears for a token (and key) built to trigger it,
// and none appears for clean tokens. Tokens are made here with jose in Node, never by the app.

const IAT = 1_767_225_600 // 2026-01-01T00:00:00Z
const FIFTEEN_MINUTES = 15 * 60
const STRONG_SECRET = 'Zk3q9X2m7VbN4tR8wY1cL6pH0sD5aJ3gE9uT2oK7iQ4' // 43 random characters: 43 bytes ≥ 32

let rsaKey: CryptoKey
let rsaPublicPem: string

test.beforeAll(async () => {
  const pair = await generateKeyPair('RS256', { extractable: true })
  rsaKey = pair.privateKey
  rsaPublicPem = await exportSPKI(pair.publicKey)
})

async function rs256(payload: Record<string, unknown>, header: Record<string, unknown> = {}): Promise<string> {
  return new SignJWT(payload).setProtectedHeader({ ...header, alg: 'RS256' }).sign(rsaKey)
}

async function hs256(payload: Record<string, unknown>, secret: string): Promise<string> {
  return new SignJWT(payload).setProtectedHeader({ alg: 'HS256', typ: 'JWT' }).sign(new TextEncoder().encode(secret))
}

const clean = { sub: 'user-42', iat: IAT, exp: IAT + FIFTEEN_MINUTES }

/** Puts a token and a key into the decoder's own fields; returns the review section. */
async function review(page: Page, token: string, key = '') {
  const input = await openDecoder(page)
  await input.fill(token)
  await page.getByTestId('secret-encoding').selectOption('utf8')
  await page.getByTestId('key-input').fill(key)
  const section = page.getByTestId('security-findings')
  await expect(section).toBeVisible()
  return section
}

interface Case {
  id: string
  build: () => Promise<{ token: string; key?: string }>
  /** The spec section the finding must cite. */
  cites: string
}

const CASES: Case[] = [
  {
    id: 'alg-none',
    build: async () => ({ token: rawToken('{"alg":"none","typ":"JWT"}', JSON.stringify(clean), '') }),
    cites: 'RFC 8725',
  },
  { id: 'no-alg', build: async () => ({ token: rawToken('{"typ":"JWT"}', JSON.stringify(clean)) }), cites: 'RFC 7515 §4.1.1' },
  { id: 'unknown-alg', build: async () => ({ token: rawToken('{"alg":"XS256"}', JSON.stringify(clean)) }), cites: 'RFC 8725 §3.1' },
  // An HMAC token checked with an RSA public key as the "secret": the key confusion attack.
  { id: 'alg-confusion', build: async () => ({ token: await hs256(clean, STRONG_SECRET), key: rsaPublicPem }), cites: 'RFC 8725' },
  // "secret" is in every JWT wordlist; 10 bytes is also far below HS256's 32.
  { id: 'weak-secret', build: async () => ({ token: await hs256(clean, 'secret'), key: 'secret' }), cites: 'RFC 8725 §3.5' },
  { id: 'weak-secret', build: async () => ({ token: await hs256(clean, 'short-key-17bytes'), key: 'short-key-17bytes' }), cites: 'RFC 7518 §3.2' },
  { id: 'no-exp', build: async () => ({ token: await rs256({ sub: 'user-42', iat: IAT }) }), cites: 'RFC 7519 §4.1.4' },
  { id: 'long-lifetime', build: async () => ({ token: await rs256({ ...clean, exp: IAT + 2 * 86_400 }) }), cites: 'RFC 7519 §4.1.4' },
  { id: 'jku-header', build: async () => ({ token: await rs256(clean, { jku: 'https://attacker.example/jwks.json' }) }), cites: 'RFC 8725 §2.9' },
  { id: 'x5u-header', build: async () => ({ token: await rs256(clean, { x5u: 'https://attacker.example/cert.pem' }) }), cites: 'RFC 8725 §2.9' },
  {
    id: 'jwk-header',
    build: async () => ({ token: rawToken('{"alg":"RS256","jwk":{"kty":"RSA","n":"AQAB","e":"AQAB"}}', JSON.stringify(clean)) }),
    cites: 'RFC 7515 §4.1.3',
  },
  { id: 'kid-header', build: async () => ({ token: await rs256(clean, { kid: '../../../../dev/null' }) }), cites: 'RFC 8725 §3.10' },
  {
    id: 'crit-unknown',
    build: async () => ({ token: rawToken('{"alg":"RS256","crit":["exp-ext"],"exp-ext":1}', JSON.stringify(clean)) }),
    cites: 'RFC 7515 §4.1.11',
  },
  { id: 'sensitive-claim', build: async () => ({ token: await rs256({ ...clean, password: 'hunter2' }) }), cites: 'RFC 7519 §12' },
]

test.describe('each finding for a token built to trigger it', () => {
  for (const [index, { id, build, cites }] of CASES.entries()) {
    test(`${id} (${index})`, async ({ page }) => {
      const { token, key } = await build()
      const section = await review(page, token, key)
      const finding = section.getByTestId(`finding-${id}`)
      await expect(finding).toBeVisible()
      // Severity as a word, a one-line why, the section cited, linked to the RFC.
      await expect(finding).toHaveAttribute('data-severity', /^(high|medium|low|info)$/)
      const severity = await finding.getAttribute('data-severity')
      await expect(finding).toContainText(severity ?? '', { ignoreCase: true })
      await expect(finding).toContainText(cites)
      await expect(finding.getByRole('link').first()).toHaveAttribute('href', /^https:\/\/www\.rfc-editor\.org\/rfc\/rfc\d+/)
    })
  }
})

test.describe('no finding for clean tokens', () => {
  test('RS256, exp 15 minutes after iat, no key typed', async ({ page }) => {
    const section = await review(page, await rs256(clean))
    await expect(section.getByTestId('security-findings-summary')).toHaveText('nothing to report')
    await expect(section.locator('[data-testid^="finding-"]')).toHaveCount(0)
  })

  test('HS256 with a strong secret', async ({ page }) => {
    const section = await review(page, await hs256(clean, STRONG_SECRET), STRONG_SECRET)
    await expect(section.getByTestId('security-findings-summary')).toHaveText('nothing to report')
    await expect(section.locator('[data-testid^="finding-"]')).toHaveCount(0)
  })

  test('HS256 whose alg-confusion and weak-secret findings go away once a proper secret is typed', async ({ page }) => {
    const section = await review(page, await hs256(clean, STRONG_SECRET), rsaPublicPem)
    await expect(section.getByTestId('finding-alg-confusion')).toBeVisible()
    await page.getByTestId('key-input').fill('secret')
    await expect(section.getByTestId('finding-weak-secret')).toBeVisible()
    await expect(section.getByTestId('finding-alg-confusion')).toHaveCount(0)
    await page.getByTestId('key-input').fill(STRONG_SECRET)
    await expect(section.locator('[data-testid^="finding-"]')).toHaveCount(0)
  })
})

test.describe('the long-lifetime threshold', () => {
  test('is one day by default, can be changed, and the choice survives a reload', async ({ page }) => {
    const twoHours = await rs256({ ...clean, exp: IAT + 2 * 3600 })
    const section = await review(page, twoHours)
    await expect(page.getByTestId('lifetime-threshold')).toHaveValue('1')
    await expect(page.getByTestId('lifetime-threshold-unit')).toHaveValue('days')
    await expect(section.getByTestId('finding-long-lifetime')).toHaveCount(0)

    // 90 minutes: a 2-hour token is now too long.
    await page.getByTestId('lifetime-threshold-unit').selectOption('minutes')
    await page.getByTestId('lifetime-threshold').fill('90')
    await expect(section.getByTestId('finding-long-lifetime')).toBeVisible()
    await expect(section.getByTestId('finding-long-lifetime')).toContainText('2 h')

    // Not a number above 0: said so, and the last valid threshold stays.
    await page.getByTestId('lifetime-threshold').fill('0')
    await expect(section).toContainText('Enter a number above 0')
    await expect(section.getByTestId('finding-long-lifetime')).toBeVisible()

    await page.getByTestId('lifetime-threshold').fill('120')
    await expect(section.getByTestId('finding-long-lifetime')).toHaveCount(0)

    await page.reload()
    await expect(page.getByTestId('lifetime-threshold')).toHaveValue('120')
    await expect(page.getByTestId('lifetime-threshold-unit')).toHaveValue('minutes')
  })
})
