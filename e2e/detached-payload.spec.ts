import { readFileSync } from 'node:fs'
import { openDecoder } from './helpers/decoder'
import { badge, enterKey, VERDICT } from './helpers/verify'
import { expect, test } from './helpers/test'

// A JWS whose payload travels apart (RFC 7515 Appendix F): its payload part is empty, and the verify panel
// takes the payload to check the signature, as the content sent or in base64url.

type Vector = { id: string; token: string; payload: string; privateJwk: { k: string } }
const rfc = JSON.parse(readFileSync(new URL('../src/jwt/fixtures/rfc-vectors.json', import.meta.url), 'utf8')) as { vectors: Vector[] }
const A1 = rfc.vectors.find((v) => v.id === 'rfc7515-a1')!
const [A1_HEADER, A1_PAYLOAD, A1_SIGNATURE] = A1.token.split('.') as [string, string, string]
const A1_DETACHED = `${A1_HEADER}..${A1_SIGNATURE}`
// RFC 7797 §4.2: {"alg":"HS256","b64":false,"crit":["b64"]} over the unencoded payload "$.02", sent detached.
const RFC7797 = 'eyJhbGciOiJIUzI1NiIsImI2NCI6ZmFsc2UsImNyaXQiOlsiYjY0Il19..A5dxf2s96_n5FLueVuW1Z_vh161FwXZC4YLPff6dmDY'

const field = (page: import('@playwright/test').Page) => page.getByTestId('detached-payload-input')

test('RFC 7515 Appendix F: the detached payload, pasted as content or base64url, verifies; other bytes do not', async ({ page }) => {
  const input = await openDecoder(page)
  // The sample token has its payload: no field for a detached one.
  await expect(page.getByTestId('key-input')).toBeVisible()
  await expect(field(page)).toHaveCount(0)

  await input.fill(A1_DETACHED)
  await enterKey(page, A1.privateJwk.k, 'base64url')
  await expect(page.getByTestId('decode-error')).toContainText('A JWS leaves it out when the payload travels apart')
  await expect(badge(page)).toHaveText(/^Cannot verify: the payload is detached/)

  // The content, as an HTTP body would carry it. A text field keeps LF line ends only, and A.1 signed CRLF:
  // other bytes, and the verdict says what to look at.
  await field(page).fill(A1.payload)
  await expect(badge(page)).toHaveText(VERDICT.invalid)
  await expect(badge(page)).toContainText('the payload given is not exactly the one signed: spaces, line ends and its form')
  await page.getByTestId('detached-payload-line-ends').selectOption('crlf')
  await expect(badge(page)).toHaveText(VERDICT.verified)

  // The same payload already in base64url: taken as content it is other bytes, so the form is chosen.
  await field(page).fill(A1_PAYLOAD)
  await expect(badge(page)).toHaveText(VERDICT.invalid)
  await expect(page.getByTestId('detached-payload-line-ends')).toHaveCount(0)
  await page.getByTestId('detached-payload-form').selectOption('base64url')
  await expect(badge(page)).toHaveText(VERDICT.verified)
  // Not base64url at all: the field says where, and the verdict still asks for a payload.
  await field(page).fill('{"iss":"joe"}')
  await expect(page.getByTestId('detached-payload-hint')).toHaveText('The payload has "{" at character 1, which is not base64url. If it is the payload\'s content itself, choose "content".')
  await expect(badge(page)).toHaveText(/^Cannot verify: the payload is detached/)

  // What was pasted stays while another token is open, and is there again for the detached one.
  await input.fill(A1.token)
  await expect(field(page)).toHaveCount(0)
  await expect(badge(page)).toHaveText(VERDICT.verified)
  await input.fill(A1_DETACHED)
  await expect(field(page)).toHaveValue('{"iss":"joe"}')
})

test('RFC 7797 §4.2: a b64:false detached payload is signed as it is, with no form to choose', async ({ page }) => {
  const input = await openDecoder(page)
  await input.fill(RFC7797)
  await enterKey(page, A1.privateJwk.k, 'base64url')
  await expect(page.getByTestId('detached-payload-form')).toHaveCount(0)
  await field(page).fill('$.02')
  await expect(badge(page)).toHaveText(VERDICT.verified)
  await field(page).fill('$.03')
  await expect(badge(page)).toHaveText(VERDICT.invalid)
})
