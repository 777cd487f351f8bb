import { openDecoder } from './helpers/decoder'
import { signedToken } from './helpers/tokens'
import { expect, test } from './helpers/test'

// A claim can hide characters a browser draws as nothing or that reorder the text: "\u202Eevil" reads
// "live". The claims table names them by code point, as the JSON editor does, so a value reads as it is.

test('the claims table shows a bidi override and a zero-width space by their code points', async ({ page }) => {
  const token = await signedToken({ sub: 'x', rtl: '\u202Eevil', ['ad\u200Bmin']: true })
  const input = await openDecoder(page)
  await input.fill(token)
  const rtl = page.getByTestId('claim-row-rtl')
  await expect(rtl).toContainText('U+202Eevil')
  await expect(rtl.getByTestId('invisible-char')).toHaveAttribute('title', 'right-to-left override')
  await expect(page.getByTestId('claim-row-ad\u200Bmin').locator('th')).toHaveText('adU+200Bmin')
})

test('a token with an invisible character in it says which character, by its code point', async ({ page }) => {
  const token = await signedToken({ sub: 'x' })
  const [header, payload, signature] = token.split('.')
  const input = await openDecoder(page)
  await input.fill(`${header}.${payload?.slice(0, 5)}\u200B${payload?.slice(5)}.${signature}`)
  await expect(page.getByTestId('decode-error')).toContainText('U+200B (zero width space)')
})
