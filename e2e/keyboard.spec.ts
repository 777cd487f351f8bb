import type { Locator, Page } from '@playwright/test'
import { expectPaneJson } from './helpers/decoder'
import { signedToken, segmentsOf } from './helpers/tokens'
import { expect, test } from './helpers/test'

// Keyboard alone: every Tab stop shows where focus is, Tab never gets stuck (Monaco included), and a
// whole session (decode, edit, verify, timeline, back to the decoder) works without the mouse. After the
// page is opened, these tests only use page.keyboard.

/** The secret helpers/tokens.ts signs with (a fact about that helper, not computed here). */
const SECRET = 'e2e-test-secret-that-is-at-least-32-bytes-long'

/** The JSON of a token's header (0) or payload (1), read in Node. */
function segmentJson(token: string, segment: 0 | 1): unknown {
  return JSON.parse(Buffer.from(segmentsOf(token)[segment], 'base64url').toString('utf8'))
}

/** Whether `target` holds focus (or something inside it does, as with Monaco's hidden input). */
function hasFocus(target: Locator): Promise<boolean> {
  return target.evaluate((el) => el === document.activeElement || el.contains(document.activeElement))
}

/** Presses Tab (or Shift+Tab) until `target` has focus; fails after `max` presses. */
async function tabTo(page: Page, target: Locator, { back = false, max = 80 } = {}): Promise<void> {
  for (let i = 0; i <= max; i++) {
    if (await hasFocus(target)) return
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab')
  }
  throw new Error(`${max} presses of ${back ? 'Shift+Tab' : 'Tab'} did not reach ${target.toString()}`)
}

interface Stop {
  /** tag, test id or accessible name: enough to find it in a failure message. */
  name: string
  /** An outline on the element, or a ring (box-shadow with spread, no blur) on it or an ancestor. */
  indicator: boolean
  inMonaco: boolean
}

/** Describes the focused element and whether focus is visible on it. */
function focusedStop(page: Page): Promise<Stop | null> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null
    if (!el || el === document.body) return null
    const outlined = (e: Element) => {
      const style = getComputedStyle(e)
      return style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0
    }
    // Tailwind's ring-*: "color 0px 0px 0px Npx" (spread, no blur); a drop shadow has blur and is not focus.
    const ringed = (e: Element) => /0px 0px 0px [1-9]/.test(getComputedStyle(e).boxShadow)
    let indicator = outlined(el)
    for (let a: Element | null = el; a && !indicator; a = a.parentElement) indicator = ringed(a)
    const name =
      `${el.tagName.toLowerCase()}` +
      (el.dataset.testid ? `[data-testid=${el.dataset.testid}]` : '') +
      ` "${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 50)}"`
    return { name, indicator, inMonaco: el.closest('.monaco-editor') !== null }
  })
}

/** Tabs from wherever focus is, all the way round the page back to the first stop; returns the stops in order. */
async function walkTabOrder(page: Page): Promise<Stop[]> {
  const stops: Stop[] = []
  let first: string | null = null
  for (let i = 0; i < 200; i++) {
    await page.keyboard.press('Tab')
    const stop = await focusedStop(page)
    if (!stop) continue // the browser's own UI between the end and the start of the page
    if (stop.name === first) return stops
    first ??= stop.name
    stops.push(stop)
  }
  throw new Error(`Tab did not come back round to the first stop; the last stops were ${stops.slice(-5).map((s) => s.name).join(', ')}`)
}

async function waitForEditors(page: Page): Promise<void> {
  // Monaco loads at the first sign of a person; for a keyboard user that is a key.
  await page.keyboard.press('Shift')
  for (const pane of ['header-pane', 'payload-pane']) {
    await expect(page.getByTestId(pane).locator('.monaco-editor')).toBeVisible({ timeout: 15_000 })
  }
}

test.describe('Tab order', () => {
  test.describe.configure({ timeout: 120_000 })

  for (const view of ['decoder', 'learn', 'timeline'] as const) {
    test(`${view}: every stop shows a focus indicator, and Tab comes back round (no trap)`, async ({ page }) => {
      await page.goto('./')
      await waitForEditors(page)
      await expect(page.getByTestId('signature-status')).toBeVisible()
      if (view !== 'decoder') {
        await tabTo(page, page.getByTestId(`nav-${view}`))
        await page.keyboard.press('Enter')
        await expect(page.getByTestId(view === 'learn' ? 'learn-mode' : 'timeline')).toBeVisible()
      }
      const stops = await walkTabOrder(page)
      expect(stops.map((s) => s.name)).toContainEqual(expect.stringMatching(/^a "Skip to content"/))
      expect(stops.filter((s) => !s.indicator).map((s) => s.name), 'stops with no visible focus').toEqual([])
      if (view === 'decoder') {
        // Monaco takes one stop per editor: Tab moves on instead of typing a tab character.
        expect(stops.filter((s) => s.inMonaco)).toHaveLength(2)
      }
    })
  }
})

test('a whole session without the mouse: decode, edit, verify, timeline, back to the decoder', async ({ page }) => {
  test.setTimeout(120_000)
  const token = await signedToken({ sub: 'kb', name: 'Keyboard' })
  await page.goto('./')
  await waitForEditors(page)

  // The first Tab reaches the skip link, which is visible once focused; Enter jumps past the header.
  await page.keyboard.press('Tab')
  const skip = page.getByRole('link', { name: 'Skip to content' })
  await expect(skip).toBeFocused()
  await expect(skip).toBeInViewport()
  await page.keyboard.press('Enter')
  await expect(page.locator('main')).toBeFocused()

  // Decode: the token field is the first stop in the view; select all and type over the sample.
  await page.keyboard.press('Tab')
  await expect(page.getByTestId('token-input')).toBeFocused()
  await page.keyboard.press('ControlOrMeta+A')
  await page.keyboard.type(token)
  await expect(page.getByTestId('token-input')).toHaveValue(token)
  await expectPaneJson(page, 'payload-pane', { sub: 'kb', name: 'Keyboard' })
  const badge = page.getByTestId('signature-status')
  await expect(badge).toHaveText(/^Invalid signature/) // the sample's secret is still in the key field

  // Verify: on to the key field, type the right secret.
  await tabTo(page, page.getByTestId('key-input'))
  await page.keyboard.press('ControlOrMeta+A')
  await page.keyboard.type(SECRET)
  await expect(badge).toHaveText(/^Signature verified/)

  // The algorithm select answers the arrow keys, and the header follows; back to HS256 re-signs with the secret.
  const alg = page.getByTestId('alg-select')
  await tabTo(page, alg, { back: true })
  await page.keyboard.press('ArrowDown')
  await expect(alg).toHaveValue('HS384')
  await expect.poll(async () => segmentJson(await page.getByTestId('token-input').inputValue(), 0)).toMatchObject({ alg: 'HS384' })
  await page.keyboard.press('ArrowUp')
  await expect(alg).toHaveValue('HS256')
  await expect.poll(async () => segmentJson(await page.getByTestId('token-input').inputValue(), 0)).toMatchObject({ alg: 'HS256' })
  await expect(badge).toHaveText(/^Signature verified/)

  // Edit: Tab into the payload editor, move to the end of the last claim, type. The token is re-signed.
  const payloadEditor = page.getByTestId('payload-pane').locator('.monaco-editor')
  await tabTo(page, payloadEditor)
  await page.keyboard.press('ControlOrMeta+End')
  await page.keyboard.press('Home')
  await page.keyboard.press('ArrowLeft')
  await page.keyboard.press('ArrowLeft')
  await page.keyboard.type('!', { delay: 50 })
  await expectPaneJson(page, 'payload-pane', { sub: 'kb', name: 'Keyboard!' })
  await expect.poll(async () => segmentJson(await page.getByTestId('token-input').inputValue(), 1)).toEqual({ sub: 'kb', name: 'Keyboard!' })
  await expect(badge).toHaveText(/^Signature verified/)

  // Tab leaves the editor (and types no tab character); Shift+Tab comes back into it.
  await page.keyboard.press('Tab')
  expect(await hasFocus(payloadEditor)).toBe(false)
  await page.keyboard.press('Shift+Tab')
  expect(await hasFocus(payloadEditor)).toBe(true)
  await expectPaneJson(page, 'payload-pane', { sub: 'kb', name: 'Keyboard!' })

  // Timeline: back up to the view tabs, open it with Enter.
  await tabTo(page, page.getByTestId('nav-timeline'), { back: true })
  await page.keyboard.press('Enter')
  await expect(page.getByTestId('timeline')).toBeVisible()
  await expect(page.getByTestId('nav-timeline')).toHaveAttribute('aria-current', 'page')

  // Space on "Next event" moves the clock to the first event after login.
  await tabTo(page, page.getByTestId('timeline-next-event'))
  const now = page.getByTestId('timeline-now')
  await expect(now).toHaveText('+0:00:00')
  await page.keyboard.press('Space')
  await expect(now).not.toHaveText('+0:00:00')
  const afterNext = await now.textContent()

  // The scrub bar moves with the arrow keys, a second at a time.
  const scrub = page.getByTestId('timeline-scrub')
  await tabTo(page, scrub)
  const before = Number(await scrub.inputValue())
  await page.keyboard.press('ArrowRight')
  await page.keyboard.press('ArrowRight')
  await expect(scrub).toHaveValue(String(before + 2))
  expect(await now.textContent()).not.toBe(afterNext)

  // The chart: arrows step between events; Enter opens the token the client holds now in the decoder.
  await tabTo(page, page.getByTestId('timeline-chart'))
  await page.keyboard.press('ArrowRight')
  await page.keyboard.press('Enter')
  await expect(page.getByTestId('nav-decoder')).toHaveAttribute('aria-current', 'page')
  await expect(page.getByTestId('link-notice')).toContainText('Opened from the timeline')
  const opened = await page.getByTestId('token-input').inputValue()
  expect(opened).not.toBe(token)
  // simplejwt's token, with the simulation's SIGNING_KEY put in the key field: it verifies.
  await expect(badge).toHaveText(/^Signature verified/)
})
