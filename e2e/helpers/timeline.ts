import { expect, type Page } from '@playwright/test'

/** Opens the app and its Timeline view, and waits for the chart. */
export async function openTimeline(page: Page): Promise<void> {
  await page.goto('./')
  await page.getByTestId('nav-timeline').click()
  await expect(page.getByTestId('timeline-chart')).toBeVisible()
}

/** Moves "now" to `seconds` after login with the scrub bar. */
export async function scrubTo(page: Page, seconds: number): Promise<void> {
  await page.getByTestId('timeline-scrub').fill(String(seconds))
  await expect(page.getByTestId('timeline-scrub')).toHaveValue(String(seconds))
}
