import { expectPaneJson, openDecoder } from './helpers/decoder'
import { jwtIoToken } from './helpers/fixtures'
import { expect, test } from './helpers/test'

// The note under the verdict after a re-sign ("Re-signed with: …") speaks of the token it
// signed: it goes once another token and key are pasted, and never describes a key that did not sign.

test('the re-sign note clears when another token and key are pasted', async ({ page }) => {
  const input = await openDecoder(page)
  await page.getByTestId('set-iat-now').click()
  const note = page.getByTestId('sign-status')
  await expect(note).toContainText('Re-signed with: HMAC secret')

  const rs256 = jwtIoToken('RS256', 'withPemKey')
  await input.fill(rs256.token)
  await page.getByTestId('key-input').fill(rs256.publicKey ?? '')
  await expectPaneJson(page, 'payload-pane', rs256.payload)
  await expect(page.getByTestId('signature-status')).toContainText('Signature verified')
  await expect(note).toHaveCount(0)
})

test('"Sign the token with this key" signs a payload that is no JSON object, says it is then no JWT, and keeps its bytes', async ({ page }) => {
  const input = await openDecoder(page)
  const segment = (text: string) => Buffer.from(text).toString('base64url')
  const payload = segment('[1, 2]')
  await input.fill(`${segment('{"alg":"HS256"}')}.${payload}.c2lnbmF0dXJl`)
  await expect(page.getByTestId('signature-status')).toHaveText(/^Invalid signature/)
  await page.getByTestId('sign-button').click()
  await expect(page.getByTestId('signature-status')).toHaveText(/^Signature verified/)
  const note = page.getByTestId('sign-status')
  await expect(note).toContainText('Re-signed with: HMAC secret')
  await expect(note).toContainText('Warning: the payload is not a JSON object, so this is a JWS but not a JWT (RFC 7519 §7.2).')
  await expect(note).not.toContainText('..')
  expect((await input.inputValue()).split('.')[1]).toBe(payload)
})

test('"Set iat/exp" say why they write nothing into a payload that is no JSON object, and refuse minutes past a hundred years', async ({ page }) => {
  const input = await openDecoder(page)
  await page.getByTestId('exp-minutes').fill('99999999999')
  await expect(page.getByTestId('set-exp')).toBeDisabled()
  await expect(page.getByText('At most 52,560,000 minutes (a hundred years) either way.')).toBeVisible()
  await page.getByTestId('exp-minutes').fill('-52560000')
  await expect(page.getByTestId('set-exp')).toBeEnabled()

  const token = `${Buffer.from('{"alg":"HS256"}').toString('base64url')}.${Buffer.from('["a"]').toString('base64url')}.c2ln`
  await input.fill(token)
  await page.getByTestId('set-iat-now').click()
  await expect(page.getByTestId('stamp-refused')).toHaveText('Not stamped: the payload is not a JSON object, so it has no claims to set (RFC 7519 §7.2).')
  await expect(input).toHaveValue(token)
  // Gone once the payload can take claims again.
  await input.fill(`${Buffer.from('{"alg":"HS256"}').toString('base64url')}.${Buffer.from('{"a":1}').toString('base64url')}.c2ln`)
  await expect(page.getByTestId('stamp-refused')).toHaveCount(0)
})
