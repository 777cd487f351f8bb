import type { Page } from '@playwright/test'
import { expectPaneJson, openDecoder } from './helpers/decoder'
import { pyjwtToken, simplejwtToken } from './helpers/fixtures'
import { expect, test } from './helpers/test'

// Share links carry the token in the fragment only, never the key; "header and payload only" drops the
// signature. The token history is opt-in, never holds a key, opens on click and clears in one click.

const SECRET = 'do-not-share-this-secret-7f3a9c21e4b8d6'

const clipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText())

/** Every value in this page's localStorage, joined (what a person with this browser profile could read). */
const storedText = (page: Page) => page.evaluate(() => Object.keys(localStorage).map((key) => `${key}=${localStorage.getItem(key)}`).join('\n'))

test.describe('share', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] })

  test('the link carries the token in the fragment, never the key', async ({ page, baseURL }) => {
    const { token } = pyjwtToken('pyjwt-HS256')
    const input = await openDecoder(page)
    await input.fill(token)
    await page.getByTestId('key-input').fill(SECRET)
    await page.getByTestId('share-button').click()
    await expect(page.getByTestId('share-status')).toContainText('Link copied')
    const link = new URL(await clipboard(page))
    expect(`${link.origin}${link.pathname}`).toBe(baseURL)
    expect(link.search).toBe('')
    expect(new URLSearchParams(link.hash.slice(1)).get('token')).toBe(token)
    expect(link.href).not.toContain(SECRET)
  })

  test('"header and payload only" strips the signature: #token=header.payload.', async ({ page, context }) => {
    const { token, header, payload } = pyjwtToken('pyjwt-RS256')
    const [h, p] = token.split('.')
    const input = await openDecoder(page)
    await input.fill(token)
    await page.getByTestId('share-strip-signature').check()
    await page.getByTestId('share-button').click()
    await expect(page.getByTestId('share-status')).toContainText('no signature')
    const shared = await clipboard(page)
    expect(new URL(shared).hash).toBe(`#token=${h}.${p}.`)

    // Whoever opens it sees the same header and payload, and no signature.
    const other = await context.newPage()
    await other.goto(shared)
    await expect(other.getByTestId('token-input')).toHaveValue(`${h}.${p}.`)
    await expectPaneJson(other, 'header-pane', header)
    await expectPaneJson(other, 'payload-pane', payload)
    await expect(other.getByTestId('signature-pane')).not.toContainText(token.split('.')[2] ?? '')

    // Unticked again: the whole token.
    await page.getByTestId('share-strip-signature').uncheck()
    await page.getByTestId('share-button').click()
    await expect.poll(() => clipboard(page)).toContain(`#token=${token}`)
  })
})

test.describe('history', () => {
  test('is off by default: nothing is stored', async ({ page }) => {
    const input = await openDecoder(page)
    await input.fill(pyjwtToken('pyjwt-HS256').token)
    await page.getByTestId('history-button').click()
    await expect(page.getByTestId('history-enabled')).not.toBeChecked()
    await expect(page.getByTestId('history-list')).toHaveCount(0)
    // Longer than the history's settle time: still nothing but (perhaps) the theme.
    await page.waitForTimeout(1500)
    expect(await storedText(page)).not.toContain('history')
  })

  test('opt in: tokens listed newest first, kept over a reload, click to open, never a key, clear all', async ({ page }) => {
    const first = pyjwtToken('pyjwt-HS256').token
    const second = simplejwtToken('simplejwt-HS256-access').token
    const input = await openDecoder(page)
    await input.fill(first)
    await page.getByTestId('key-input').fill(SECRET)
    await page.getByTestId('history-button').click()
    await page.getByTestId('history-enabled').check()
    const items = page.getByTestId('history-item')
    await expect(items).toHaveCount(1)
    await expect(items.first()).toHaveAttribute('data-token', first)

    await input.fill(second)
    await expect(page.getByTestId('history-button')).toHaveText('Recent (2)')
    await page.reload()
    await page.getByTestId('history-button').click()
    await expect(page.getByTestId('history-enabled')).toBeChecked()
    await expect(items).toHaveCount(2)
    // The token the page opened with (the sample) is not recorded, even after the settle time.
    await page.waitForTimeout(1200)
    await expect(items).toHaveCount(2)
    await expect(items.nth(0)).toHaveAttribute('data-token', second)
    await expect(items.nth(1)).toHaveAttribute('data-token', first)
    // Told apart by their ends (the signatures), where their starts (the same header) look alike.
    await expect(items.nth(0).getByTestId('history-item-end')).toHaveText(`…${second.slice(-24)}`)
    await expect(items.nth(1).getByTestId('history-item-end')).toHaveText(`…${first.slice(-24)}`)
    expect(await storedText(page)).not.toContain(SECRET)

    // Click the older one: it opens in the decoder.
    await items.nth(1).click()
    await expect(page.getByTestId('token-input')).toHaveValue(first)
    await expect(page.getByTestId('history-panel')).toHaveCount(0)

    // One click clears them all; history stays on.
    await page.getByTestId('history-button').click()
    await page.getByTestId('history-clear').click()
    await expect(items).toHaveCount(0)
    await expect(page.getByTestId('history-empty')).toBeVisible()
    expect(await storedText(page)).not.toContain(first.split('.')[1] ?? '')

    // Turning it off forgets everything.
    await page.getByTestId('history-enabled').uncheck()
    expect(await storedText(page)).not.toContain('history')
  })

  test('escape closes the panel and gives focus back', async ({ page }) => {
    await openDecoder(page)
    const button = page.getByTestId('history-button')
    await button.click()
    await expect(button).toHaveAttribute('aria-expanded', 'true')
    await page.getByTestId('history-enabled').focus()
    await page.keyboard.press('Escape')
    await expect(page.getByTestId('history-panel')).toHaveCount(0)
    await expect(button).toHaveAttribute('aria-expanded', 'false')
    await expect(button).toBeFocused()
  })

  // Overflow to the left makes no scrollbar, so the mobile spec's "no sideways scroll" never saw this.
  for (const width of [360, 390, 768, 1280]) {
    test(`the panel opens inside a ${width} px wide window, where it can be switched on`, async ({ page }) => {
      await page.setViewportSize({ width, height: 844 })
      await openDecoder(page)
      await page.getByTestId('history-button').click()
      const panel = await page.getByTestId('history-panel').boundingBox()
      expect(panel).not.toBeNull()
      expect(panel?.x).toBeGreaterThanOrEqual(0)
      expect((panel?.x ?? 0) + (panel?.width ?? 0)).toBeLessThanOrEqual(width)
      await page.getByTestId('history-enabled').check()
      await expect(page.getByTestId('history-button')).toContainText('Recent (')
    })
  }
})
