import { CompactSign, FlattenedSign } from 'jose'
import { expectPaneJson, openDecoder, plainView } from './helpers/decoder'
import { waitForMonaco } from './helpers/monaco'
import { badge, enterKey, VERDICT } from './helpers/verify'
import { rawToken, signedToken } from './helpers/tokens'
import { expect, test } from './helpers/test'

// Payloads that are not base64url JSON, and are right not to be: unencoded (RFC 7797), as the decoder and the
// claims table show them. Every test also fails on any page error (helpers/test.ts).

const SECRET = 'e2e-test-secret-that-is-at-least-32-bytes-long'

/**
 * An attached b64:false token. jose 6's CompactSign refuses b64: false and FlattenedSign leaves such a payload
 * out, so the payload's text is put between the dots here (RFC 7797 §3; in compact form it holds no '.').
 */
async function unencodedToken(payload: string): Promise<string> {
  if (payload.includes('.')) throw new Error('a compact unencoded payload cannot hold a "."')
  const jws = await new FlattenedSign(new TextEncoder().encode(payload))
    .setProtectedHeader({ alg: 'HS256', b64: false, crit: ['b64'] })
    .sign(new TextEncoder().encode(SECRET))
  return `${jws.protected}.${payload}.${jws.signature}`
}

test.describe('b64: false (RFC 7797): the payload part is the payload itself', () => {
  test('a JSON payload shows as JSON with its claims, read-only, and the token verifies', async ({ page }) => {
    const token = await unencodedToken('{"sub":"ann","amount":"2"}')
    const input = await openDecoder(page)
    await input.fill(token)
    await expectPaneJson(page, 'payload-pane', { sub: 'ann', amount: '2' })
    await expect(page.getByTestId('decode-error')).toHaveCount(0)
    await expect(page.getByTestId('unencoded-note')).toContainText('b64: false, RFC 7797')
    await expect(page.getByTestId('unencoded-note')).toContainText('Read-only')
    await expect(page.getByTestId('claim-row-sub')).toContainText('ann')
    // Read-only: once the editors are up, the header has one and the payload none, so no edit can make it base64url.
    await waitForMonaco(page.getByTestId('header-pane'))
    await expect(page.getByTestId('payload-pane').locator('.monaco-editor')).toHaveCount(0)
    await enterKey(page, SECRET)
    await expect(badge(page)).toHaveText(VERDICT.verified)
    await expect(input).toHaveValue(token)
  })

  test('a payload that is not JSON shows as the text it is, with no error', async ({ page }) => {
    const token = await unencodedToken('$02,paid!')
    const input = await openDecoder(page)
    await input.fill(token)
    await expect(plainView(page, 'payload-pane')).toHaveText('$02,paid!')
    await expect(page.getByTestId('unencoded-note')).toContainText('b64: false, RFC 7797')
    await expect(page.getByTestId('decode-error')).toHaveCount(0)
    await expect(page.getByTestId('claims-table')).toHaveCount(0)
    await enterKey(page, SECRET)
    await expect(badge(page)).toHaveText(VERDICT.verified)
  })

  test('only when the header says b64: false: the same payload part under an ordinary header is an error', async ({ page }) => {
    const [, payload, signature] = (await unencodedToken('{"sub":"ann"}')).split('.')
    const input = await openDecoder(page)
    await input.fill(`eyJhbGciOiJIUzI1NiJ9.${payload}.${signature}`)
    await expect(page.getByTestId('decode-error')).toContainText('not a base64url character')
    await expect(page.getByTestId('unencoded-note')).toHaveCount(0)
  })
})

test.describe('nested JWTs (RFC 7519 §5.2): the payload is another token', () => {
  test('"cty": "JWT" says so, and "Open the inner token" shows the inner one decoded', async ({ page }) => {
    const inner = await signedToken({ sub: 'inner-user', scope: 'read' })
    const outer = await new CompactSign(new TextEncoder().encode(inner)).setProtectedHeader({ alg: 'HS256', cty: 'JWT' }).sign(new TextEncoder().encode(SECRET))
    const input = await openDecoder(page)
    await input.fill(outer)
    await expect(page.getByTestId('nested-token-note')).toContainText('nested JWT')
    await expect(page.getByTestId('decode-error')).toHaveCount(0)
    await expect(plainView(page, 'payload-pane')).toHaveText(inner)
    await page.getByTestId('open-nested-token').click()
    await expect(input).toHaveValue(inner)
    await expectPaneJson(page, 'payload-pane', { sub: 'inner-user', scope: 'read' })
    await expect(page.getByTestId('claim-row-sub')).toContainText('inner-user')
    await expect(page.getByTestId('link-notice')).toContainText('inner token of the nested JWT')
    await expect(page.getByTestId('nested-token-note')).toHaveCount(0)
    // A "cty": "JWT" whose payload is no token (nor JSON): the error says both, not only "not valid JSON".
    await input.fill(rawToken('{"alg":"HS256","cty":"JWT"}', 'hello world'))
    await expect(page.getByTestId('decode-error')).toContainText(/not valid JSON: .*The header's "cty" says it is a nested JWT \(RFC 7519 §5\.2\), but it is not a compact token either\./)
    await expect(page.getByTestId('nested-token-note')).toHaveCount(0)
  })
})

test.describe('the claims table shows each value as the payload spells it', () => {
  test('a 64-bit id, 1.10 and a big number inside an array are not rounded or respelled', async ({ page }) => {
    const payload = '{"sub":"ann","id":12345678901234567890,"price":1.10,"refs":[ 98765432109876543210 ],"iat":1516239022}'
    const input = await openDecoder(page)
    await input.fill(rawToken('{"alg":"HS256","typ":"JWT"}', payload))
    await expect(plainView(page, 'payload-pane')).toContainText('"id": 12345678901234567890')
    await expect(page.getByTestId('claim-row-id')).toContainText('12345678901234567890')
    await expect(page.getByTestId('claim-row-id')).not.toContainText('12345678901234567000')
    await expect(page.getByTestId('claim-row-price')).toContainText('1.10')
    await expect(page.getByTestId('claim-row-refs')).toContainText('[98765432109876543210]')
    // A time claim still reads as a date.
    await expect(page.getByTestId('claim-row-iat')).toContainText('2018')
  })
})
