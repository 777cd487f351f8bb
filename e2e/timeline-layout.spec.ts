import type { Locator, Page } from '@playwright/test'
import { expect, test } from './helpers/test'
import { openTimeline, scrubTo } from './helpers/timeline'

// The timeline's layout and keyboard, as a QA pass found them: log rows that fit a phone, axis labels
// kept inside the chart, touch targets of at least 24 × 24 CSS px (WCAG 2.5.8), markers drawn above the
// "now" cursor, the log as one Tab stop, Home/End on the chart, and where focus goes when a token opens.

const PHONE = { width: 390, height: 844 }
const DESKTOP = { width: 1280, height: 800 }



async function box(locator: Locator): Promise<{ x: number; y: number; width: number; height: number }> {
  const found = await locator.boundingBox()
  if (!found) throw new Error(`${locator.toString()} is not laid out`)
  return found
}

/** Whether focus is on `target` or inside it. */
function hasFocus(target: Locator): Promise<boolean> {
  return target.evaluate((el) => el === document.activeElement || el.contains(document.activeElement))
}

/** Presses Tab until `target` has focus; fails after `max` presses. */
async function tabTo(page: Page, target: Locator, max: number): Promise<void> {
  for (let i = 0; i <= max; i++) {
    if (await hasFocus(target)) return
    await page.keyboard.press('Tab')
  }
  throw new Error(`${max} presses of Tab did not reach ${target.toString()}`)
}

/** Each axis label's left and right edge against the chart's SVG (a label past either edge is cut off). */
function axisLabelsOutside(page: Page): Promise<string[]> {
  return page.getByTestId('timeline-chart').evaluate((chart) => {
    const svg = chart.querySelector('svg')?.getBoundingClientRect()
    if (!svg) return ['no svg']
    return [...chart.querySelectorAll('[data-testid="timeline-axis"] text')]
      .map((text) => ({ label: text.textContent, rect: text.getBoundingClientRect() }))
      .filter(({ rect }) => rect.left < svg.left - 0.5 || rect.right > svg.right + 0.5)
      .map(({ label, rect }) => `"${label}" spans ${Math.round(rect.left - svg.left)}..${Math.round(rect.right - svg.left)} of ${Math.round(svg.width)} px`)
  })
}

const marker401 = (page: Page) => page.locator('[data-testid="timeline-marker"][data-kind="api-call"][data-status="401"]').first()

for (const [name, viewport] of [['phone', PHONE], ['desktop', DESKTOP]] as const) {
  test(`${name}: every axis label stays inside the chart, at every zoom`, async ({ page }) => {
    test.setTimeout(90_000) // six zooms, two times each
    await page.setViewportSize(viewport)
    await openTimeline(page)
    const zoom = page.getByTestId('timeline-zoom')
    for (const option of await zoom.locator('option').all()) {
      await zoom.selectOption({ label: (await option.textContent()) ?? '' })
      for (const now of [0, 90000]) {
        await scrubTo(page, now)
        await expect(page.getByTestId('timeline-axis').locator('text').first()).toBeVisible()
        expect(await axisLabelsOutside(page), `zoom ${await option.textContent()}, now ${now}`).toEqual([])
      }
    }
  })
}

test.describe('on a phone', () => {
  test.use({ viewport: PHONE, isMobile: true, hasTouch: true })

  test('a refresh row in the HTTP log fits the screen: More is whole and the body shows', async ({ page }) => {
    await openTimeline(page)
    await scrubTo(page, 600)
    const log = page.getByTestId('timeline-log')
    const scroller = log.locator('xpath=..')
    // The log's own box does not scroll sideways (the page-wide check in mobile.spec.ts cannot see inside it).
    expect(await scroller.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(0)
    const right = (await box(scroller)).x + (await box(scroller)).width
    const rows = page.getByTestId('timeline-log-row').filter({ hasText: 'POST /api/token/refresh/ 200' })
    await expect(rows).toHaveCount(2)
    for (const row of await rows.all()) {
      const more = await box(row.getByTestId('timeline-log-more'))
      expect(more.x + more.width, 'More ends inside the log').toBeLessThanOrEqual(right)
      await expect(row.getByTestId('timeline-log-more')).toHaveText('More')
      // The body is cut with an ellipsis if it must be, but keeps a useful width.
      expect((await box(row.locator('code').last())).width).toBeGreaterThan(150)
    }
  })

  test("tapping a what-if's question works its switch, not only the small box beside it", async ({ page }) => {
    await openTimeline(page)
    const steal = page.getByTestId('timeline-whatif-steal')
    await page.getByTestId('timeline-whatif-steal-card').getByText('someone steals the refresh token').tap()
    await expect(steal).toBeChecked()
    await expect(page.getByTestId('timeline-whatif-steal-outcome')).toBeVisible()
    await page.getByTestId('timeline-whatif-steal-card').getByText('someone steals the refresh token').tap()
    await expect(steal).not.toBeChecked()
  })

  test('controls a finger taps are at least 24 × 24 px', async ({ page }) => {
    await openTimeline(page)
    await page.getByTestId('timeline-whatif-skew').selectOption('-120')
    await scrubTo(page, 600)
    const targets = [
      page.getByTestId('timeline-log-more').first(),
      page.getByTestId('timeline-speed'),
      page.getByTestId('timeline-zoom'),
      page.getByTestId('timeline-horizon'),
      page.getByTestId('timeline-whatif-set-LEEWAY'),
      page.getByTestId('timeline-live-access-open'),
    ]
    for (const target of targets) {
      const { width, height } = await box(target)
      expect.soft(Math.min(width, height), `${target.toString()} is ${Math.round(width)}×${Math.round(height)}`).toBeGreaterThanOrEqual(24)
    }
  })

  test('a tap just beside a 401 marker (a 2 px line) still opens its token', async ({ page }) => {
    await openTimeline(page)
    await page.getByTestId('timeline-next-event').tap()
    await expect(page.getByTestId('timeline-now')).toHaveText('+0:05:00')
    await page.getByTestId('timeline-chart').scrollIntoViewIfNeeded()
    const mark = await box(marker401(page))
    await page.touchscreen.tap(mark.x + mark.width / 2 - 9, mark.y + mark.height / 2 - 6)
    await expect(page.getByTestId('link-notice')).toContainText('Opened from the timeline')
    await expect(page.getByTestId('token-input')).toBeVisible()
  })

  test('a token opened with a tap puts focus at the start of the decoder, not in the field (no on-screen keyboard)', async ({ page }) => {
    await openTimeline(page)
    await page.getByTestId('timeline-live-access-open').tap()
    await expect(page.getByTestId('link-notice')).toContainText('Opened from the timeline')
    await expect(page.locator('main')).toBeFocused()
    await expect(page.getByTestId('token-input')).not.toBeFocused()
  })
})

test('with a mouse, a click beside a 401 marker moves now instead: the larger target is for fingers only', async ({ page }) => {
  await openTimeline(page)
  await page.getByTestId('timeline-next-event').click()
  await page.getByTestId('timeline-chart').scrollIntoViewIfNeeded()
  const mark = await box(marker401(page))
  await page.mouse.click(mark.x + mark.width / 2 - 9, mark.y + mark.height / 2 - 6)
  await expect(page.getByTestId('timeline-now')).not.toHaveText('+0:05:00')
  await expect(page.getByTestId('timeline')).toBeVisible()
})

/** Whether the first marker matching `selector` is drawn after (so above) the "now" cursor: SVG paints in document order. */
function drawnAboveCursor(page: Page, selector: string): Promise<boolean> {
  return page.evaluate((markerSelector) => {
    const cursor = document.querySelector('[data-testid="timeline-now-cursor"]')
    const marker = document.querySelector(markerSelector)
    if (!cursor || !marker) throw new Error('no cursor or no marker')
    return (cursor.compareDocumentPosition(marker) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0
  }, selector)
}

test('the now cursor is drawn under the markers: the 401 and the replay at now stay visible', async ({ page }) => {
  await openTimeline(page)
  await page.getByTestId('timeline-next-event').click()
  await expect(marker401(page)).toBeAttached()
  expect(await drawnAboveCursor(page, '[data-testid="timeline-marker"][data-kind="api-call"][data-status="401"]')).toBe(true)

  await page.getByTestId('timeline-whatif-steal').check()
  await page.getByTestId('timeline-whatif-steal-show').click()
  await expect(page.locator('[data-testid="timeline-marker"][data-kind="replay"]').first()).toBeVisible()
  expect(await drawnAboveCursor(page, '[data-testid="timeline-marker"][data-kind="replay"]')).toBe(true)
})

for (const theme of ['light', 'dark'] as const) {
  test(`${theme}: the legend's outline shapes are drawn unfilled, so the re-login ring is not the login dot`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: theme })
    await openTimeline(page)
    const legend = page.locator('[data-glyph]')
    await expect(legend.first()).toBeVisible()
    const fills = await legend.evaluateAll((paths) => paths.map((path) => `${path.getAttribute('data-glyph')}: ${getComputedStyle(path).fill}`))
    for (const glyph of ['ring', 'frame', 'plus', 'cross', 'tick']) expect(fills).toContain(`${glyph}: none`)
    for (const glyph of ['dot', 'square', 'star']) expect(fills.filter((fill) => fill.startsWith(`${glyph}:`)).every((fill) => fill !== `${glyph}: none`)).toBe(true)
  })
}

test("the thief's live access token is drawn in the thief's orange, not the client's blue", async ({ page }) => {
  await openTimeline(page)
  await page.getByTestId('timeline-whatif-steal').check()
  await page.getByTestId('timeline-whatif-steal-show').click()
  const thiefBar = page.getByTestId('timeline-live-thief-access-bar')
  await expect(thiefBar).toBeVisible()
  const colour = (testId: string) => page.getByTestId(testId).evaluate((bar) => getComputedStyle(bar).backgroundColor)
  const [thief, client] = [await colour('timeline-live-thief-access-bar'), await colour('timeline-live-access-bar')]
  expect(thief).not.toBe(client)
  expect(thief).toBe(await page.evaluate(() => {
    const probe = document.body.appendChild(document.createElement('div'))
    probe.className = 'bg-orange-500'
    const value = getComputedStyle(probe).backgroundColor
    probe.remove()
    return value
  }))
})

test.describe('keyboard', () => {
  test('Home and End on the focused chart go to login and the horizon, like the scrub bar', async ({ page }) => {
    await openTimeline(page)
    await scrubTo(page, 1234)
    await page.getByTestId('timeline-chart').focus()
    await page.keyboard.press('End')
    await expect(page.getByTestId('timeline-scrub')).toHaveValue('172800')
    await page.keyboard.press('Home')
    await expect(page.getByTestId('timeline-scrub')).toHaveValue('0')
    await expect(page.getByTestId('timeline-now')).toHaveText('+0:00:00')
  })

  test('the HTTP log is one Tab stop; arrows, Home and End move between rows; the next Tab reaches the settings', async ({ page }) => {
    await openTimeline(page)
    await scrubTo(page, 86401)
    const rows = page.getByTestId('timeline-log-row')
    await expect(rows).toHaveCount(200)
    const more = (row: Locator) => row.getByTestId('timeline-log-more')

    await page.getByTestId('timeline-log-hide-routine').focus()
    await tabTo(page, page.getByTestId('timeline-log'), 2)
    // Focus lands on the newest row, the one in view at the bottom of the log.
    await expect(more(rows.last())).toBeFocused()
    await page.keyboard.press('ArrowUp')
    await expect(more(rows.nth(198))).toBeFocused()
    await page.keyboard.press('Home')
    await expect(more(rows.first())).toBeFocused()
    await page.keyboard.press('ArrowDown')
    await expect(more(rows.nth(1))).toBeFocused()
    await page.keyboard.press('End')
    await expect(more(rows.last())).toBeFocused()
    await page.keyboard.press('ArrowUp')
    await expect(more(rows.nth(198))).toBeFocused()

    // Out of the log and on to SIMPLE_JWT's first field, instead of through 199 more rows.
    await tabTo(page, page.getByTestId('timeline-setting-ACCESS_TOKEN_LIFETIME'), 3)
    // Coming back, Shift+Tab returns to the row left last.
    for (let i = 0; i < 3 && !(await hasFocus(page.getByTestId('timeline-log'))); i++) await page.keyboard.press('Shift+Tab')
    await expect(more(rows.nth(198))).toBeFocused()
  })

  test('Enter on the chart opens the token with focus in the decoder\'s token field', async ({ page }) => {
    await openTimeline(page)
    await page.getByTestId('timeline-chart').focus()
    await page.keyboard.press('ArrowRight')
    await page.keyboard.press('Enter')
    await expect(page.getByTestId('link-notice')).toContainText('Opened from the timeline')
    await expect(page.getByTestId('token-input')).toBeFocused()
  })

  test('"Open in the decoder" leaves focus in the decoder\'s token field', async ({ page }) => {
    await openTimeline(page)
    await page.getByTestId('timeline-live-access-open').focus()
    await page.keyboard.press('Enter')
    await expect(page.getByTestId('link-notice')).toContainText('Opened from the timeline')
    await expect(page.getByTestId('token-input')).toBeFocused()
  })

  test('Enter on the chart when no token is held says so, and stays on the timeline', async ({ page }) => {
    await openTimeline(page)
    await page.getByTestId('timeline-whatif-logout').check()
    await scrubTo(page, 3600)
    await expect(page.getByTestId('timeline-live-access')).toContainText('none held')
    await expect(page.getByTestId('timeline-live-refresh')).toContainText('none held')
    const status = page.getByTestId('timeline-chart-status')
    await expect(status).toHaveText('')
    await page.getByTestId('timeline-chart').focus()
    await page.keyboard.press('Enter')
    await expect(status).toHaveText(/^Nothing to open at \+1:00:00: the client holds no token/)
    await expect(status).toHaveAttribute('role', 'status')
    await expect(page.getByTestId('timeline-chart')).toBeFocused()
    // The message is about that moment: moving on clears it.
    await page.keyboard.press('Home')
    await expect(status).toHaveText('')
  })
})
