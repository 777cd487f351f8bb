import { expect, test } from './helpers/test'

// A number typed into a timeline setting counts once typing pauses (or at once on Enter or leaving the
// field): typing "120" digit by digit must not simulate 1 s and 12 s lifetimes on the way.

test('a lifetime typed digit by digit is simulated once, when typing pauses or on Enter', async ({ page }) => {
  await page.clock.install({ time: new Date('2026-01-01T12:00:00Z') })
  await page.goto('./#view=timeline')
  const field = page.getByTestId('timeline-setting-ACCESS_TOKEN_LIFETIME')
  const snippet = page.getByTestId('timeline-python-snippet')
  await expect(snippet).toContainText('"ACCESS_TOKEN_LIFETIME": timedelta(minutes=5)')
  await page.clock.pauseAt(new Date('2026-01-01T12:01:00Z'))

  await field.fill('')
  await field.pressSequentially('120')
  await expect(field).toHaveValue('120')
  // The page's clock is paused: nothing has counted yet, not even the "1" typed first.
  await expect(snippet).toContainText('"ACCESS_TOKEN_LIFETIME": timedelta(minutes=5)')
  await page.clock.runFor(500)
  await expect(snippet).toContainText('"ACCESS_TOKEN_LIFETIME": timedelta(minutes=2)')

  await field.fill('90')
  await expect(snippet).toContainText('"ACCESS_TOKEN_LIFETIME": timedelta(minutes=2)')
  await field.press('Enter')
  await expect(snippet).toContainText('"ACCESS_TOKEN_LIFETIME": timedelta(seconds=90)')

  await field.fill('600')
  await page.getByTestId('timeline-setting-LEEWAY').focus()
  await expect(snippet).toContainText('"ACCESS_TOKEN_LIFETIME": timedelta(minutes=10)')
})
