import { CompactSign } from 'jose'
import type { Page } from '@playwright/test'
import { plainView } from './helpers/decoder'
import { waitForMonaco } from './helpers/monaco'
import { segment } from './helpers/tokens'
import { badge, currentToken, openWithToken, typeIntoLastClaim, VERDICT } from './helpers/verify'
import { expect, test } from './helpers/test'

// Edits through the app (typing in the payload, the iat/exp buttons, the alg menu) change only what was
// edited: a 64-bit id and 1.10 keep their exact bytes in the token and the editor. Stamping never throws
// away a payload draft that does not parse yet, and alg "none" makes header.payload. with no signature.

const HEADER = '{"alg":"HS256","typ":"JWT"}'
const PAYLOAD = '{"id":12345678901234567890,"price":1.10,"sub":"x"}'
// The key the app starts with, so the edits re-sign without entering one.
const DEFAULT_SECRET = new TextEncoder().encode('a-string-secret-at-least-256-bits-long')

/** HS256 over the payload's own bytes (jose writes this header exactly as HEADER). */
async function exactToken(): Promise<string> {
  return new CompactSign(new TextEncoder().encode(PAYLOAD)).setProtectedHeader({ alg: 'HS256', typ: 'JWT' }).sign(DEFAULT_SECRET)
}

/** The decoded text of the token's header (0) or payload (1), byte for byte. */
function textOf(token: string, part: 0 | 1): string {
  return Buffer.from(token.split('.')[part] ?? '', 'base64url').toString('utf8')
}

/** Waits for the token field's payload text to match, then for the badge to say it verifies. */
async function expectPayloadText(page: Page, expected: string | RegExp): Promise<string> {
  await expect.poll(async () => textOf(await currentToken(page), 1), { message: 'the token carries this exact payload text' }).toMatch(expected)
  return currentToken(page)
}

/** Opens the exact token, then types `text` in place of the pane's final "}": a draft that does not parse. */
async function openWithUnappliedDraft(page: Page, paneId: 'header-pane' | 'payload-pane', text: string) {
  const original = await exactToken()
  await openWithToken(page, original)
  const pane = page.getByTestId(paneId)
  const editor = await waitForMonaco(pane)
  await editor.locator('.view-lines').click()
  await page.keyboard.press('ControlOrMeta+End')
  await page.keyboard.press('Backspace')
  await page.keyboard.insertText(text)
  await expect(pane).toContainText('Not applied yet:')
  return { original, pane, editor }
}

/** The payload editor shows the id and price as they were written. */
async function expectEditorKeepsNumbers(page: Page): Promise<void> {
  const editor = plainView(page, 'payload-pane')
  await expect(editor).toContainText('"id": 12345678901234567890,')
  await expect(editor).toContainText('"price": 1.10,')
}

test.describe('claims nobody edited keep their exact text', () => {
  test('typing one letter into sub', async ({ page }) => {
    const original = await exactToken()
    await openWithToken(page, original)
    await expect(badge(page)).toHaveText(VERDICT.verified)
    await typeIntoLastClaim(page, 'y')
    const edited = await expectPayloadText(page, '{"id":12345678901234567890,"price":1.10,"sub":"xy"}')
    expect(textOf(edited, 0)).toBe(HEADER)
    expect(edited.split('.')[2]).not.toBe(original.split('.')[2])
    await expect(badge(page)).toHaveText(VERDICT.verified)
    await expectEditorKeepsNumbers(page)
  })

  test('Set iat to now', async ({ page }) => {
    await openWithToken(page, await exactToken())
    await page.getByTestId('set-iat-now').click()
    await expectPayloadText(page, /^\{"id":12345678901234567890,"price":1\.10,"sub":"x","iat":\d{10}\}$/)
    await expect(badge(page)).toHaveText(VERDICT.verified)
    await expectEditorKeepsNumbers(page)
  })

  test('changing the alg in the menu', async ({ page }) => {
    await openWithToken(page, await exactToken())
    await page.getByTestId('alg-select').selectOption('HS384')
    await expect.poll(async () => textOf(await currentToken(page), 0)).toBe('{"alg":"HS384","typ":"JWT"}')
    await expectPayloadText(page, PAYLOAD)
    await expect(badge(page)).toHaveText(VERDICT.verified)
    await expectEditorKeepsNumbers(page)
  })
})

test('a payload draft that does not parse is kept: stamping refuses and says why, then stamps the applied edit', async ({ page }) => {
  // The final "}" replaced by a claim: not JSON until the "}" is back.
  const { original, pane, editor } = await openWithUnappliedDraft(page, 'payload-pane', ', "role":"admin"')

  await page.getByTestId('set-exp').click()
  await expect(page.getByTestId('stamp-refused')).toContainText('Not stamped: the payload editor has an edit that is not applied yet')
  await page.getByTestId('set-iat-now').click()
  // Nothing was signed or replaced: the token is as it was, and the draft is still there.
  expect(await currentToken(page)).toBe(original)
  await expect(plainView(page, 'payload-pane')).toContainText('"role":"admin"')
  await expect(pane).toContainText('Not applied yet:')

  // Back in the editor, the "}" goes where it was.
  await editor.locator('.view-lines').click()
  await page.keyboard.press('ControlOrMeta+End')
  await page.keyboard.insertText('}')
  await expectPayloadText(page, '{"id":12345678901234567890,"price":1.10,"sub":"x","role":"admin"}')
  await expect(page.getByTestId('stamp-refused')).toHaveCount(0)
  await page.getByTestId('set-exp').click()
  await expectPayloadText(page, /^\{"id":12345678901234567890,"price":1\.10,"sub":"x","role":"admin","exp":\d{10}\}$/)
  await expect(badge(page)).toHaveText(VERDICT.verified)
})

test('a header draft that does not parse is kept: the alg menu refuses and says why', async ({ page }) => {
  const { original } = await openWithUnappliedDraft(page, 'header-pane', ', "kid":"k1"')
  await page.getByTestId('alg-select').selectOption('HS512')
  await expect(page.getByTestId('alg-refused')).toContainText('Not changed')
  await expect(page.getByTestId('alg-select')).toHaveValue('HS256')
  expect(await currentToken(page)).toBe(original)
  await expect(plainView(page, 'header-pane')).toContainText('"kid":"k1"')
})

test('alg "none" from the menu makes header.payload. with an empty signature, and says so', async ({ page }) => {
  await openWithToken(page, await exactToken())
  await page.getByTestId('alg-select').selectOption('none')
  const expected = `${segment('{"alg":"none","typ":"JWT"}')}.${segment(PAYLOAD)}.`
  await expect.poll(() => currentToken(page)).toBe(expected)
  await expect(badge(page)).toHaveText(VERDICT.unsigned)
  await expect(page.getByTestId('alg-none-note')).toContainText('header.payload. with nothing after the last dot')
  await expect(page.getByTestId('unsecured-note')).toBeVisible()

  // Stamping an unsecured token keeps it unsecured: still no signature after the last dot.
  await page.getByTestId('set-iat-now').click()
  await expect.poll(async () => (await currentToken(page)).split('.')).toEqual([
    segment('{"alg":"none","typ":"JWT"}'),
    expect.stringMatching(/./),
    '',
  ])
  await expectPayloadText(page, /^\{"id":12345678901234567890,"price":1\.10,"sub":"x","iat":\d{10}\}$/)
})
