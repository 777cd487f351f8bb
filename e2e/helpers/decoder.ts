import { expect, type Locator, type Page } from '@playwright/test'

/**
 * Small steps for driving the decoder page through its public test ids. They act and read; they do
 * not assert what the decoder should show (the specs do).
 */

export type PaneId = 'header-pane' | 'payload-pane'

/** Opens the app (optionally with a query/fragment, relative to the /jwt-playground/ base URL). */
export async function openDecoder(page: Page, suffix = ''): Promise<Locator> {
  await page.goto(`./${suffix}`)
  const input = page.getByTestId('token-input')
  await expect(input).toBeVisible()
  return input
}

/** Puts text into the token field through the system clipboard and a real Ctrl/Cmd+V (needs clipboard permissions). */
export async function pasteToken(page: Page, text: string): Promise<void> {
  await page.evaluate((value) => navigator.clipboard.writeText(value), text)
  const input = page.getByTestId('token-input')
  await input.focus()
  await page.keyboard.press('ControlOrMeta+A')
  await page.keyboard.press('ControlOrMeta+V')
}

/** Replaces the token field's text the way an input method or a drop does: one `insertText` input event. */
export async function insertToken(page: Page, text: string): Promise<void> {
  const input = page.getByTestId('token-input')
  await input.focus()
  await page.keyboard.press('ControlOrMeta+A')
  await page.keyboard.insertText(text)
}

/**
 * The plain-text view of a JSON pane. It is painted first and stays in the DOM (visually hidden) once
 * Monaco takes over, so it always holds the pane's whole text.
 */
export function plainView(page: Page, pane: PaneId): Locator {
  return page.getByTestId(pane).locator('pre').first()
}

/** The pane's JSON, parsed; undefined while it is not JSON (empty, or a decode error). */
export async function paneJson(page: Page, pane: PaneId): Promise<unknown> {
  const text = await plainView(page, pane).textContent()
  try {
    return JSON.parse(text ?? '')
  } catch {
    return undefined
  }
}

/**
 * Waits until the pane shows exactly this JSON value. The panes follow the token field in a deferred
 * render, which a busy machine can hold back for a while: hence a longer wait than expect's default.
 */
export async function expectPaneJson(page: Page, pane: PaneId, value: unknown): Promise<void> {
  await expect
    .poll(() => paneJson(page, pane), { message: `${pane} shows ${JSON.stringify(value)}`, timeout: 10_000 })
    .toEqual(value)
}

/** The coloured copy of segment 0, 1 or 2 inside the token field (the textarea's own text is transparent). */
export function tokenSegment(page: Page, segment: 0 | 1 | 2): Locator {
  return page.locator(`[data-segment="${segment}"]`)
}

/**
 * Moves the mouse onto the first character of a coloured segment. The textarea lies over the coloured
 * copy, so this is what a person pointing at that part of the token does. A segment may wrap over lines:
 * its first line box is used, not the middle of its bounding box.
 */
export async function hoverTokenSegment(page: Page, segment: 0 | 1 | 2): Promise<void> {
  const span = tokenSegment(page, segment).first()
  await span.scrollIntoViewIfNeeded()
  const box = await span.evaluate((span) => {
      const rect = span.getClientRects()[0]
    return rect ? { x: rect.left + Math.min(rect.width / 2, 20), y: rect.top + rect.height / 2 } : null
  })
  if (!box) throw new Error(`segment ${segment} is not laid out`)
  await page.mouse.move(box.x, box.y)
}
