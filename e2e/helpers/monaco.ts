import { expect, type Locator, type Page } from '@playwright/test'

/**
 * Monaco in a pane. Typing with `keyboard.type` triggers its auto-closing of quotes and brackets, so text
 * goes in with `keyboard.insertText` (microsoft/playwright#14126). It does not check what the app did with it.
 */

/**
 * Waits until Monaco has replaced the plain view inside `pane` (its workers are started by then). Monaco
 * loads when a person shows up: the pointer moves onto the pane first (a tap on a phone), as anyone's would.
 */
export async function waitForMonaco(pane: Locator): Promise<Locator> {
  const page = pane.page()
  if (await page.evaluate(() => navigator.maxTouchPoints > 0)) {
    // A phone has no pointer to move: a tap on the pane's title bar is the first sign of a person there.
    await pane.locator('header').tap({ position: { x: 4, y: 4 } })
  } else {
    // Not locator.hover(): it waits for the pane to hold still, which an open popover can keep it from.
    await pane.scrollIntoViewIfNeeded()
    const box = await pane.boundingBox()
    await page.mouse.move(box ? box.x + box.width / 2 : 1, box ? box.y + 8 : 1)
  }
  const editor = pane.locator('.monaco-editor')
  await expect(editor).toBeVisible({ timeout: 15_000 })
  return editor
}

/** Replaces the whole text of the Monaco editor inside `pane` with `text`. */
export async function fillMonaco(page: Page, pane: Locator, text: string): Promise<void> {
  const editor = await waitForMonaco(pane)
  await editor.locator('.view-lines').click()
  await page.keyboard.press('ControlOrMeta+A')
  // Delete first: text typed over a selection makes Monaco wrap the selection in the quote or bracket typed.
  await page.keyboard.press('Delete')
  await page.keyboard.insertText(text)
}
