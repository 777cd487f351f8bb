import { createHmac } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { CompactEncrypt, generateKeyPair } from 'jose'
import type { Page } from '@playwright/test'
import { openDecoder } from './helpers/decoder'
import { rawToken, segment } from './helpers/tokens'
import { badge, enterKey, VERDICT } from './helpers/verify'
import { expect, test } from './helpers/test'

// What the verdict, the claims status and the security review say for tokens they used to misdescribe:
// encrypted or detached payloads, contradictory or out-of-range times, missing or out-of-place signatures,
// malformed parts. Tokens are made here in Node; every test also fails on any page error (helpers/test.ts).

const NOW = () => Math.floor(Date.now() / 1000)
// RFC 7515 Appendix A.1's HS256 key; RFC 7797 §4 signs its example with it.
type Vector = { id: string; token: string; privateJwk: { k: string } }
const rfc = JSON.parse(readFileSync(new URL('../src/jwt/fixtures/rfc-vectors.json', import.meta.url), 'utf8')) as { vectors: Vector[] }
const A1 = rfc.vectors.find((v) => v.id === 'rfc7515-a1')!
const A1_SECRET = A1.privateJwk.k
// RFC 7797 §4: {"alg":"HS256","b64":false,"crit":["b64"]} over the payload "$.02", sent detached.
const RFC7797 = 'eyJhbGciOiJIUzI1NiIsImI2NCI6ZmFsc2UsImNyaXQiOlsiYjY0Il19..A5dxf2s96_n5FLueVuW1Z_vh161FwXZC4YLPff6dmDY'

async function show(page: Page, token: string, key = '', encoding: 'UTF-8' | 'base64url' = 'UTF-8') {
  const input = await openDecoder(page)
  await input.fill(token)
  await enterKey(page, key, encoding)
  await expect(badge(page)).not.toHaveText(/^Checking/)
}

const finding = (page: Page, id: string) => page.getByTestId(`finding-${id}`)

test('a JWE (RSA-OAEP / A256GCM) is an encrypted token: not "unknown alg", not "no expiry"', async ({ page }) => {
  const { publicKey } = await generateKeyPair('RSA-OAEP', { extractable: true })
  const jwe = await new CompactEncrypt(new TextEncoder().encode('{"sub":"x"}')).setProtectedHeader({ alg: 'RSA-OAEP', enc: 'A256GCM' }).encrypt(publicKey)
  await show(page, jwe)
  // The review is there (this finding first), and calls nothing unknown or unexpiring.
  await expect(finding(page, 'encrypted-token')).toContainText('Encrypted token (JWE, RSA-OAEP / A256GCM)')
  await expect(finding(page, 'encrypted-token')).toContainText("cannot be read without the recipient's private key")
  await expect(finding(page, 'no-exp')).toHaveCount(0)
  await expect(finding(page, 'unknown-alg')).toHaveCount(0)
  await expect(badge(page)).toHaveText(/^Cannot verify: this is an encrypted token \(JWE/)
})

test('RFC 7797 §4 detached payload: neither "no expiry" nor "invalid signature" with the RFC key', async ({ page }) => {
  await show(page, RFC7797, A1_SECRET, 'base64url')
  await expect(badge(page)).toHaveText(/^Cannot verify: the payload is detached/)
  // The review is there (this finding first), and says nothing of expiry.
  await expect(finding(page, 'payload-unreadable')).toBeVisible()
  await expect(finding(page, 'no-exp')).toHaveCount(0)
})

test('nbf after exp: never valid, in the claims status and in the review', async ({ page }) => {
  const now = NOW()
  await show(page, rawToken('{"alg":"HS256"}', JSON.stringify({ iat: now, nbf: now + 7200, exp: now + 3600 })))
  await expect(page.getByTestId('claims-status')).toHaveText(/^Never valid: nbf \(usable in 2 hours\) is not before exp \(expires in (1 hour|60 minutes)\)/)
  await expect(finding(page, 'never-valid')).toContainText('nbf is not before exp: the token can never be valid')
})

test('alg none with a signature is described as having one (RFC 7518 §3.6)', async ({ page }) => {
  await show(page, rawToken('{"alg":"none"}', JSON.stringify({ sub: 'x', exp: NOW() + 600 }), 'c2lnbmF0dXJl'))
  await expect(badge(page)).toHaveText(VERDICT.unsigned)
  await expect(badge(page)).toContainText('the token carries a 9-byte signature, which RFC 7518 §3.6 forbids')
  await expect(badge(page)).not.toContainText('has no signature')
})

test('NumericDates out of the range a date shows are dates, judged; milliseconds get a hint', async ({ page }) => {
  const payload = { sub: 'x', auth_time: 99999999999999, updated_at: 1e20, exp: 1e20 }
  await show(page, rawToken('{"alg":"HS256"}', JSON.stringify(payload)))
  for (const claim of ['auth_time', 'updated_at', 'exp']) {
    await expect(page.getByTestId(`claim-row-${claim}`)).toContainText('out of the range a date can show')
    await expect(page.getByTestId(`claim-row-${claim}`)).not.toContainText('Not a number of seconds')
  }
  await expect(page.getByTestId('claims-status')).toContainText(/^Claims valid now: expires in [\d,]+ years\./)
  await expect(page.getByTestId('claims-status')).toContainText('exp: a NumericDate, but out of the range a date can show.')

  await show(page, rawToken('{"alg":"HS256"}', JSON.stringify({ sub: 'x', nbf: 8640000000000001, exp: 1767225600000 })))
  await expect(page.getByTestId('claim-row-nbf')).not.toContainText('Not a number of seconds')
  await expect(page.getByTestId('claims-status')).toContainText('exp: looks like milliseconds; NumericDate is seconds (RFC 7519 §2).')
  await expect(page.getByTestId('claim-note-exp')).toHaveText('Looks like milliseconds; NumericDate is seconds (RFC 7519 §2).')
})

test('the review sees the whole decode: duplicate names, and a signature on an alg "none" token', async ({ page }) => {
  await show(page, rawToken('{"alg":"HS256","typ":"JWT"}', '{"sub":"a","sub":"b","exp":4102444800}'), 'a-secret')
  await expect(finding(page, 'duplicate-member')).toContainText('sub')
  await show(page, rawToken('{"alg":"none"}', JSON.stringify({ sub: 'x', exp: NOW() + 600 }), 'c2lnbmF0dXJl'))
  await expect(finding(page, 'alg-none')).toContainText('signature')
})

test('a lifetime with fractional seconds is in days, like the others', async ({ page }) => {
  await show(page, rawToken('{"alg":"HS256"}', JSON.stringify({ sub: 'x', iat: -1, exp: 4102444800.5 })))
  await expect(finding(page, 'long-lifetime')).toContainText('Lifetime of 47482 days 1.5 s')
})

test('an HS256 token with its signature cut off says it has none, even with the right secret', async ({ page }) => {
  const [header, payload] = A1.token.split('.')
  await show(page, `${header}.${payload}.`, A1_SECRET, 'base64url')
  await expect(badge(page)).toHaveText(/^Invalid signature: the token has no signature \(its third part is empty\): it may have been stripped/)
})

test('malformed headers are explained by part, never in jose\'s words', async ({ page }) => {
  const header = segment('{"alg":"HS256"}')
  const cases: [string, RegExp][] = [
    [`${segment('null')}.e30.c2ln`, /^Cannot verify: the header is null, but it must be a JSON object/],
    [`${header}=.e30.c2ln`, /^Cannot verify: the header ends with "=" padding at character \d+/],
    [`Bearer:${header}.e30.c2ln`, /^Cannot verify: the header has ":" at character 7/],
  ]
  for (const [token, says] of cases) {
    await show(page, token, 'some-secret')
    await expect(badge(page), token).toHaveText(says)
    await expect(badge(page)).not.toContainText('Invalid Token or Protected Header formatting')
  }
})

test('an unknown critical extension: the signature is judged, and the badge warns a verifier must reject it', async ({ page }) => {
  const secret = 'a-string-secret-at-least-256-bits-long'
  const signingInput = `${segment('{"alg":"HS256","crit":["foo"],"foo":1}')}.${segment('{"sub":"x"}')}`
  const mac = createHmac('sha256', secret).update(signingInput).digest('base64url')
  await show(page, `${signingInput}.${mac}`, secret)
  await expect(badge(page)).toHaveText(/^Signature verified/)
  await expect(badge(page)).toContainText('Warning: the header marks "foo" as critical (crit): a verifier that does not implement the "foo" extension must reject this token')
  await expect(badge(page)).not.toContainText('does not support this algorithm')
})

test('a secret read the wrong way, or copied with a line break, says what would make it verify', async ({ page }) => {
  const input = await openDecoder(page)
  const token = await input.inputValue()
  await enterKey(page, 'a-string-secret-at-least-256-bits-long', 'base64url')
  await expect(badge(page)).toHaveText(/^Invalid signature/)
  await expect(badge(page)).toContainText('It verifies when the secret is read as UTF-8 text: choose that under "Secret encoding"')
  await expect(page.getByTestId('key-recognized')).toHaveText('Recognised: Secret (38 characters) · decoded from base64url (base64 accepted too)')
  await enterKey(page, 'a-string-secret-at-least-256-bits-long\n', 'UTF-8')
  await expect(badge(page)).toContainText('It verifies without the spaces or line breaks around the secret')
  await expect(page.getByTestId('key-recognized')).toHaveText('Recognised: Secret (39 characters) · its UTF-8 bytes')
  expect(await input.inputValue()).toBe(token)
})
