import type { Locator, Page } from '@playwright/test'
import { expectPaneJson } from './helpers/decoder'
import { pyjwtToken } from './helpers/fixtures'
import { libraryToken } from './helpers/verify'
import { waitForMonaco } from './helpers/monaco'
import { segmentsOf } from './helpers/tokens'
import { expect, test } from './helpers/test'

// A phone (390×844 CSS pixels, touch): the panes stack in one column, nothing makes the page scroll
// sideways, and paste, verify, learn and the timeline all work with taps.

const PHONE = { width: 390, height: 844 }
test.use({ viewport: PHONE, isMobile: true, hasTouch: true, deviceScaleFactor: 3 })

/**
 * What sticks out past the screen's right edge: up to five elements, and the page itself if it scrolls
 * sideways. An element inside a scroll box that itself fits is fine: its box scrolls, not the page.
 */
function overflow(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth
    const clipped = (el: Element) => {
      for (let p = el.parentElement; p; p = p.parentElement) {
        if (getComputedStyle(p).overflowX !== 'visible' && p.getBoundingClientRect().right <= width + 0.5) return true
      }
      return false
    }
    const wide = [...document.querySelectorAll('body *')]
      .filter((el) => el.getBoundingClientRect().right > width + 0.5 && !clipped(el))
      .slice(0, 5)
      .map((el) => `${el.tagName.toLowerCase()}${el.getAttribute('data-testid') ? `[${el.getAttribute('data-testid')}]` : ''} right=${Math.round(el.getBoundingClientRect().right)}`)
    const page = document.documentElement.scrollWidth
    return page > width ? [...wide, `the page is ${page} px wide`] : wide
  })
}

/**
 * Fails if, once the view has settled, anything is wider than the screen. Settled: a chart measures its
 * box after the first paint, so the first frame may still be drawn at its default width.
 */
async function expectNoSidewaysScroll(page: Page, where: string): Promise<void> {
  await expect.poll(() => overflow(page), { message: `nothing wider than the screen: ${where}` }).toEqual([])
}

async function box(locator: Locator): Promise<{ x: number; y: number; width: number; height: number }> {
  const found = await locator.boundingBox()
  if (!found) throw new Error(`${locator.toString()} is not laid out`)
  return found
}

/** `lower` starts below the end of `upper`, at the same left edge (± 1 px): one column. */
async function expectStacked(upper: Locator, lower: Locator): Promise<void> {
  const a = await box(upper)
  const b = await box(lower)
  expect(b.y).toBeGreaterThanOrEqual(a.y + a.height - 1)
  expect(Math.abs(a.x - b.x)).toBeLessThanOrEqual(1)
}

async function openSettled(page: Page): Promise<void> {
  await page.goto('./')
  await waitForMonaco(page.getByTestId('header-pane'))
  await waitForMonaco(page.getByTestId('payload-pane'))
  await expect(page.getByTestId('signature-status')).toBeVisible()
  await expect(page.getByTestId('security-findings')).toBeVisible()
}

test('the decoder is one column, each pane as wide as the screen allows, and nothing scrolls sideways', async ({ page }) => {
  await openSettled(page)
  const encoded = page.getByRole('region', { name: 'Encoded token' })
  const decoded = page.getByRole('region', { name: 'Decoded' })
  await expectStacked(encoded, decoded)
  await expectStacked(page.getByTestId('header-pane'), page.getByTestId('payload-pane'))
  await expectStacked(page.getByTestId('payload-pane'), page.getByTestId('signature-pane'))
  for (const id of ['token-input', 'alg-select', 'key-input', 'header-pane', 'payload-pane', 'signature-pane']) {
    const { x, width } = await box(page.getByTestId(id))
    expect(x + width, `${id} fits the screen`).toBeLessThanOrEqual(PHONE.width)
  }
  await expectNoSidewaysScroll(page, 'decoder with the sample token')
})

test('no sideways scroll with the longest option, a key pair, the history panel or a long token', async ({ page }) => {
  await openSettled(page)
  // The widest algorithm label, then an RSA-PSS key pair with its PEM and JWK shown.
  await page.getByTestId('alg-select').selectOption('PS512')
  await expectNoSidewaysScroll(page, 'PS512 selected')
  await page.getByTestId('generate-key').tap()
  const generated = page.getByTestId('generated-key')
  await expect(generated).toBeVisible({ timeout: 30_000 })
  for (const [index, summary] of (await generated.locator('summary').all()).entries()) {
    await summary.tap()
    await expectNoSidewaysScroll(page, `generated PS512 key pair, ${index + 1} opened`)
  }
  await page.getByTestId('history-button').tap()
  await expect(page.getByTestId('history-panel')).toBeVisible()
  await expectNoSidewaysScroll(page, 'history panel open')
  await page.getByTestId('history-button').tap()
  // A token with a 2,000-character claim and no spaces.
  await page.getByTestId('token-input').fill(`${segmentsOf(pyjwtToken('pyjwt-HS256').token)[0]}.${Buffer.from(JSON.stringify({ sub: 'x'.repeat(2000) })).toString('base64url')}.c2ln`)
  await expectPaneJson(page, 'payload-pane', { sub: 'x'.repeat(2000) })
  await expectNoSidewaysScroll(page, 'a 2,000-character claim')
})

test('end to end with taps: paste, verify, edit, learn, timeline, back to the decoder', async ({ page, context }) => {
  test.setTimeout(120_000)
  await context.grantPermissions(['clipboard-read', 'clipboard-write'])
  const fixture = libraryToken('pyjwt.json', 'pyjwt-HS256')
  const secret = fixture.key.secret ?? ''
  await openSettled(page)

  // Paste: a real clipboard paste into the token field.
  await page.evaluate((text) => navigator.clipboard.writeText(text), fixture.token)
  await page.getByTestId('token-input').tap()
  await page.keyboard.press('ControlOrMeta+A')
  await page.keyboard.press('ControlOrMeta+V')
  await expectPaneJson(page, 'payload-pane', fixture.payload)
  await expectNoSidewaysScroll(page, 'after paste')

  // Verify: tap the key field and type PyJWT's secret.
  const badge = page.getByTestId('signature-status')
  await page.getByTestId('key-input').tap()
  await page.keyboard.press('ControlOrMeta+A')
  await page.keyboard.type(secret)
  await expect(badge).toHaveText(/^Signature verified/)

  // Edit the payload in Monaco with a tap and the on-screen keyboard's text: the token is re-signed.
  const editor = await waitForMonaco(page.getByTestId('payload-pane'))
  await editor.locator('.view-lines').tap()
  await page.keyboard.press('ControlOrMeta+A')
  await page.keyboard.press('Delete')
  await page.keyboard.insertText('{"sub":"phone"}')
  await expect.poll(async () => JSON.parse(Buffer.from(segmentsOf(await page.getByTestId('token-input').inputValue())[1], 'base64url').toString())).toEqual({ sub: 'phone' })
  await expect(badge).toHaveText(/^Signature verified/)

  // Learn: the five steps rebuild this token; the signature computed with the key matches.
  await page.getByTestId('nav-learn').tap()
  await expect(page.getByTestId('learn-step-5')).toBeVisible()
  await expect(page.getByTestId('learn-token-matches')).toHaveAttribute('data-matches', 'true')
  await expectStacked(page.getByTestId('learn-step-1'), page.getByTestId('learn-step-2'))
  await expectNoSidewaysScroll(page, 'learn mode')
  await page.getByTestId('tamper-button').tap()
  await expect(page.getByTestId('tamper-verdict')).toBeVisible()
  await expectNoSidewaysScroll(page, 'learn mode, tamper demo')

  // Timeline: step to the first refresh, then open the client's access token in the decoder.
  await page.getByTestId('nav-timeline').tap()
  await expect(page.getByTestId('timeline-chart')).toBeVisible()
  await expectNoSidewaysScroll(page, 'timeline')
  await page.getByTestId('timeline-next-event').tap()
  await expect(page.getByTestId('timeline-now')).not.toHaveText('+0:00:00')
  await page.getByTestId('timeline-live-access-open').tap()
  await expect(page.getByTestId('link-notice')).toContainText('Opened from the timeline')
  await expect(badge).toHaveText(/^Signature verified/)
  await expectNoSidewaysScroll(page, 'decoder, token opened from the timeline')
})
