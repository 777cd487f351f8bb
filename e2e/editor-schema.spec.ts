import { expect, test } from './helpers/test'
import { fillMonaco, waitForMonaco } from './helpers/monaco'
import { signedToken } from './helpers/tokens'

// The header and payload editors know JWT: a JSON Schema flags a string exp and an unknown alg, and
// hovering a registered claim explains it with its RFC section.
test('the payload editor explains a registered claim on hover', async ({ page }) => {
  await page.goto('./')
  await page.getByTestId('token-input').fill(await signedToken({ sub: 'x', exp: 4102444800 }))
  const editor = await waitForMonaco(page.getByTestId('payload-pane'))
  await expect(editor.locator('.view-line', { hasText: '"exp"' })).toBeVisible()
  const hover = page.locator('.monaco-hover').filter({ hasText: 'Expiration time' })
  // On a busy machine the JSON worker may still be starting at the first hover: move off and hover again.
  await expect(async () => {
    await page.mouse.move(0, 0)
    await editor.locator('.view-line span', { hasText: '"exp"' }).first().hover()
    await expect(hover).toContainText('RFC 7519 §4.1.4', { timeout: 5_000 })
  }).toPass({ timeout: 30_000 })
})

test('a string exp and an unknown alg are marked in the editors', async ({ page }) => {
  await page.goto('./')
  const payload = page.getByTestId('payload-pane')
  const marks = payload.locator('.squiggly-warning, .squiggly-error')
  // One line, no nested brackets: Monaco's auto-closing cannot double anything.
  await fillMonaco(page, payload, '{"sub": "x", "exp": 4102444800')
  await page.keyboard.insertText('}')
  await expect(page.getByTestId('claim-row-exp')).toBeVisible()
  await expect(marks).toHaveCount(0)
  await fillMonaco(page, payload, '{"sub": "x", "exp": "tomorrow"')
  await page.keyboard.insertText('}')
  await expect(marks).not.toHaveCount(0, { timeout: 15_000 })
  const header = page.getByTestId('header-pane')
  await fillMonaco(page, header, '{"alg": "HS999", "typ": "JWT"')
  await page.keyboard.insertText('}')
  await expect(header.locator('.squiggly-warning, .squiggly-error')).not.toHaveCount(0, { timeout: 15_000 })
})
