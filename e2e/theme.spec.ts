import type { Page } from '@playwright/test'
import { openDecoder } from './helpers/decoder'
import { waitForMonaco } from './helpers/monaco'
import { expect, test } from './helpers/test'

// Light and dark: the page follows the system setting (live, no reload) unless the switch says otherwise;
// the choice is remembered; Monaco's theme follows the page's in both editors.

type Theme = 'light' | 'dark'

/**
 * Monaco's built-in themes paint the editor background #fffffe ('vs') and #1e1e1e ('vs-dark'): facts
 * from monaco-editor's standalone themes, as computed colours.
 */
const MONACO_BACKGROUND: Record<Theme, string> = { light: 'rgb(255, 255, 254)', dark: 'rgb(30, 30, 30)' }

async function expectPageTheme(page: Page, theme: Theme): Promise<void> {
  const html = page.locator('html')
  await (theme === 'dark' ? expect(html).toHaveClass(/\bdark\b/) : expect(html).not.toHaveClass(/\bdark\b/))
  // color-scheme makes native controls and scrollbars match.
  await expect(html).toHaveCSS('color-scheme', theme)
}

/** Both editors carry Monaco's theme class and paint its background. */
async function expectMonacoTheme(page: Page, theme: Theme): Promise<void> {
  for (const pane of ['header-pane', 'payload-pane']) {
    const editor = await waitForMonaco(page.getByTestId(pane))
    // Whole class names: \bvs\b would also match "vs-dark".
    await expect(editor).toHaveClass(theme === 'dark' ? /(^|\s)vs-dark(\s|$)/ : /(^|\s)vs(\s|$)/)
    await expect(editor.locator('.monaco-editor-background').first()).toHaveCSS('background-color', MONACO_BACKGROUND[theme])
  }
}

/** The page background is dark in the dark theme and light in the light one (WCAG relative luminance of the root). */
async function expectBackground(page: Page, theme: Theme): Promise<void> {
  const luminance = await page.locator('#root > div').first().evaluate((el) => {
    // The computed colour is oklch() with Tailwind 4: let a canvas turn it into sRGB bytes.
    const probe = document.createElement('canvas').getContext('2d')
    if (!probe) return -1
    probe.fillStyle = getComputedStyle(el).backgroundColor
    probe.fillRect(0, 0, 1, 1)
    const [r = 0, g = 0, b = 0] = probe.getImageData(0, 0, 1, 1).data
    const linear = (c: number) => ((c /= 255) <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)
    return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b)
  })
  if (theme === 'dark') expect(luminance).toBeLessThan(0.05)
  else expect(luminance).toBeGreaterThan(0.8)
}

test('follows the system setting, live: page, native controls and both Monaco editors', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' })
  await openDecoder(page)
  await expect(page.getByTestId('theme-select')).toHaveValue('system')
  await expectPageTheme(page, 'dark')
  await expectBackground(page, 'dark')
  await expectMonacoTheme(page, 'dark')

  // The system switches to light while the page is open: everything follows without a reload.
  await page.emulateMedia({ colorScheme: 'light' })
  await expectPageTheme(page, 'light')
  await expectBackground(page, 'light')
  await expectMonacoTheme(page, 'light')

  await page.emulateMedia({ colorScheme: 'dark' })
  await expectPageTheme(page, 'dark')
  await expectMonacoTheme(page, 'dark')
})

test('the switch overrides the system, is remembered over a reload, and "System" follows it again', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' })
  await openDecoder(page)
  const select = page.getByTestId('theme-select')
  await expectMonacoTheme(page, 'light')

  await select.selectOption('dark')
  await expectPageTheme(page, 'dark')
  await expectBackground(page, 'dark')
  await expectMonacoTheme(page, 'dark')

  // Remembered: a reload opens dark at once, on a light system.
  await page.reload()
  await expect(select).toHaveValue('dark')
  await expectPageTheme(page, 'dark')
  await expectMonacoTheme(page, 'dark')
  // A system change does not override an explicit choice.
  await page.emulateMedia({ colorScheme: 'light' })
  await expectPageTheme(page, 'dark')

  // Light on a dark system.
  await page.emulateMedia({ colorScheme: 'dark' })
  await select.selectOption('light')
  await expectPageTheme(page, 'light')
  await expectMonacoTheme(page, 'light')

  // Back to "System": the dark system setting wins again, and nothing is kept in storage.
  await select.selectOption('system')
  await expectPageTheme(page, 'dark')
  await expectMonacoTheme(page, 'dark')
  expect(await page.evaluate(() => JSON.stringify(localStorage))).not.toMatch(/theme/)
})

test('the theme holds across views, and Monaco picks it up in the editors a view switch remounts', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' })
  await openDecoder(page)
  await page.getByTestId('theme-select').selectOption('dark')
  for (const view of ['learn', 'timeline'] as const) {
    await page.getByTestId(`nav-${view}`).click()
    await expect(page.getByTestId(view === 'learn' ? 'learn-mode' : 'timeline')).toBeVisible()
    await expectPageTheme(page, 'dark')
    await expectBackground(page, 'dark')
  }
  // Switch to light while away from the decoder; the editors mount again in light.
  await page.getByTestId('theme-select').selectOption('light')
  await page.getByTestId('nav-decoder').click()
  await expectMonacoTheme(page, 'light')
})
