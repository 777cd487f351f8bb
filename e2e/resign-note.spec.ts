import { expectPaneJson, openDecoder } from './helpers/decoder'
import { jwtIoToken } from './helpers/fixtures'
import { expect, test } from './helpers/test'

// The note under the verdict after a re-sign ("Re-signed after your edit with: …") speaks of the token it
// signed: it goes once another token and key are pasted, and never describes a key that did not sign.

test('the re-sign note clears when another token and key are pasted', async ({ page }) => {
  const input = await openDecoder(page)
  await page.getByTestId('set-iat-now').click()
  const note = page.getByTestId('sign-status')
  await expect(note).toContainText('Re-signed after your edit with: HMAC secret')

  const rs256 = jwtIoToken('RS256', 'withPemKey')
  await input.fill(rs256.token)
  await page.getByTestId('key-input').fill(rs256.publicKey ?? '')
  await expectPaneJson(page, 'payload-pane', rs256.payload)
  await expect(page.getByTestId('signature-status')).toContainText('Signature verified')
  await expect(note).toHaveCount(0)
})
