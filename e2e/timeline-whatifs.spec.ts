import { expect, test } from './helpers/test'
import { openTimeline, scrubTo } from './helpers/timeline'

// The timeline's what-ifs and client settings as a QA tester met them: combined what-ifs each name their own
// cause, switching a what-if off gives the client back what it changed, the "already due" marker and the
// refresh lead say when the lead (not the clock) is at fault, an empty SIGNING_KEY is named in plain words,
// and the log count, durations, buttons and checkboxes say and do what they look like.
// Defaults: ACCESS_TOKEN_LIFETIME 5 min, REFRESH_TOKEN_LIFETIME 1 day, a call every 30 s, refresh on 401.



test.describe('combined what-ifs', () => {
  test('theft, logout and a slow clock together: each card names its real cause', async ({ page }) => {
    await openTimeline(page)
    await page.getByTestId('timeline-whatif-steal').check()
    await page.getByTestId('timeline-whatif-logout').check()
    await page.getByTestId('timeline-whatif-skew').selectOption('-120')

    // The stolen token is refused because the logout at +2:00 blacklisted it, not because of rotation.
    const steal = page.getByTestId('timeline-whatif-steal-outcome')
    await expect(steal).toContainText('replayed at +0:05:01: 401 — Replay refused: Token is blacklisted.')
    await expect(steal).toContainText("because the client's logout at +0:02:00 (POST /api/token/blacklist/) blacklisted that token")
    await expect(steal).not.toContainText('Rotation is off')

    // The one 401 comes after the logout: the logout's, and LEEWAY is not offered as its fix.
    const clock = page.getByTestId('timeline-whatif-skew-outcome')
    await expect(clock).toContainText('0 calls refused with 401 before the logout.')
    await expect(clock).toContainText("The call refused after the logout was the logout's doing, not the clock's")
    await expect(clock).not.toContainText('Set LEEWAY to 120 to absorb')
  })

  test('a slow clock alone still gets its 401s blamed on the clock, with the LEEWAY fix', async ({ page }) => {
    await openTimeline(page)
    await page.getByTestId('timeline-whatif-skew').selectOption('-120')
    await expect(page.getByTestId('timeline-whatif-skew-outcome')).toContainText('refused with 401 over the horizon. Set LEEWAY to 120 to absorb the slow clock.')
  })
})

test.describe('switching a what-if off', () => {
  test('the logout what-if takes away the logout it added', async ({ page }) => {
    await openTimeline(page)
    const logout = page.getByTestId('timeline-policy-logout')
    await page.getByTestId('timeline-whatif-logout').check()
    await expect(logout).toBeChecked()
    await expect(page.getByTestId('timeline-policy-logout-at')).toHaveValue('120')
    // Logging out is POST /api/token/blacklist/, which blacklists nothing without the app (simplejwt 5.2).
    await expect(page.getByTestId('timeline-policy-logout-at')).toHaveAccessibleDescription(/needs rest_framework_simplejwt\.token_blacklist in INSTALLED_APPS/i)
    await page.getByTestId('timeline-whatif-logout').uncheck()
    await expect(logout).not.toBeChecked()
    await expect(page.getByTestId('timeline-policy-logout-at')).toHaveCount(0)
  })

  test('the clock what-if puts the client back on refresh-after-401 when the clock is in sync again', async ({ page }) => {
    await openTimeline(page)
    await page.getByTestId('timeline-whatif-skew').selectOption('-120')
    await expect(page.getByTestId('timeline-policy-refresh-proactive')).toBeChecked()
    await page.getByTestId('timeline-whatif-skew').selectOption('120')
    await page.getByTestId('timeline-whatif-skew').selectOption('0')
    await expect(page.getByTestId('timeline-policy-refresh-on-401')).toBeChecked()
  })

  test('a value the person set in between stays, across a visit to the decoder too', async ({ page }) => {
    await openTimeline(page)
    await page.getByTestId('timeline-whatif-logout').check()
    await page.getByTestId('timeline-policy-logout-at').fill('600')
    await page.getByTestId('timeline-whatif-skew').selectOption('120')
    await page.getByTestId('nav-decoder').click()
    await page.getByTestId('nav-timeline').click()
    await page.getByTestId('timeline-whatif-logout').uncheck()
    await expect(page.getByTestId('timeline-policy-logout-at')).toHaveValue('600')
    // The skew what-if's own change is still undone after the round trip.
    await page.getByTestId('timeline-whatif-skew').selectOption('0')
    await expect(page.getByTestId('timeline-policy-refresh-on-401')).toBeChecked()
  })
})

test.describe('a refresh lead as long as the access token', () => {
  test('the "already due" marker blames the lead, not the clock, when the clock is in sync', async ({ page }) => {
    await openTimeline(page)
    await page.getByTestId('timeline-policy-refresh-proactive').check()
    await page.getByTestId('timeline-policy-refresh-lead').fill('600')
    const marker = page.locator('[data-testid="timeline-marker"][data-kind="clock-skew"]').first()
    await expect(marker.locator('title')).toContainText('The client refreshes 600 s before exp, but the new access token lives only 300 s (ACCESS_TOKEN_LIFETIME)')
    await expect(marker.locator('title')).not.toContainText("client's clock")
  })

  // Needs timeline-view.tsx to pass accessTokenLifetime={state.settings.ACCESS_TOKEN_LIFETIME} to PolicyPanel.
  test('the lead field warns when it is not shorter than ACCESS_TOKEN_LIFETIME', async ({ page }) => {
    await openTimeline(page)
    await page.getByTestId('timeline-policy-refresh-proactive').check()
    const warning = page.getByTestId('timeline-policy-refresh-lead-warning')
    await expect(warning).toHaveCount(0)
    await page.getByTestId('timeline-policy-refresh-lead').fill('300')
    await expect(warning).toContainText('Not shorter than ACCESS_TOKEN_LIFETIME (300 s)')
    await page.getByTestId('timeline-setting-ACCESS_TOKEN_LIFETIME').fill('600')
    await expect(warning).toHaveCount(0)
  })
})

test.describe('settings in plain words', () => {
  test('an empty SIGNING_KEY is named at the field, with no jargon anywhere; a key brings the timeline back', async ({ page }) => {
    await openTimeline(page)
    const key = page.getByTestId('timeline-setting-SIGNING_KEY')
    await key.fill('')
    await expect(key).toHaveAttribute('aria-invalid', 'true')
    await expect(page.getByTestId('timeline-setting-SIGNING_KEY-hint')).toContainText("SIGNING_KEY can't be empty")
    await expect(page.getByTestId('timeline-error')).toContainText("SIGNING_KEY can't be empty")
    await expect(page.getByTestId('timeline')).not.toContainText(/ERR_|HMAC key data/)

    await key.fill('a-classroom-key')
    await expect(key).toHaveAttribute('aria-invalid', 'false')
    await expect(page.getByTestId('timeline-error')).toHaveCount(0)
    await expect(page.getByTestId('timeline-log-row').first()).toContainText('POST /api/token/ 200')
  })

  // Needs timeline-view.tsx to pass policy={state.policy} to PythonSnippet.
  test('settings.py names the token_blacklist app as soon as the client logs out', async ({ page }) => {
    await openTimeline(page)
    const snippet = page.getByTestId('timeline-python-snippet')
    await expect(snippet).not.toContainText('token_blacklist')
    await page.getByTestId('timeline-policy-logout').check()
    await expect(snippet).toContainText('# Logging out (POST /api/token/blacklist/) needs "rest_framework_simplejwt.token_blacklist" in INSTALLED_APPS:')
    await expect(snippet).toContainText('answers the logout with 200 and blacklists nothing')
  })

  test('a lifetime of 1 d 0 h 5 min reads "1 d 5 min", not "1 d"', async ({ page }) => {
    await openTimeline(page)
    const lifetime = page.getByTestId('timeline-setting-REFRESH_TOKEN_LIFETIME')
    await lifetime.fill('86700')
    await expect(page.locator(`[id="${await lifetime.getAttribute('aria-describedby')}"]`)).toHaveText('timedelta(minutes=1445) = 1 d 5 min')
  })
})

test.describe('the log and the what-if buttons', () => {
  test('with accepted calls hidden, the count says how many of all are shown', async ({ page }) => {
    await openTimeline(page)
    await scrubTo(page, 301) // login, 10 accepted calls, then at +5:00 a 401, a refresh and the retried call: 14
    await expect(page.getByTestId('timeline-log-count')).toHaveText('All 14 exchanges.')
    await page.getByTestId('timeline-log-hide-routine').check()
    await expect(page.getByTestId('timeline-log-row')).toHaveCount(3)
    await expect(page.getByTestId('timeline-log-count')).toHaveText('3 of 14 exchanges shown: accepted GET /api/me/ calls are hidden.')
  })

  test('the buttons say what a click does', async ({ page }) => {
    await openTimeline(page)
    await page.getByTestId('timeline-whatif-steal').check()
    await expect(page.getByTestId('timeline-whatif-set-ROTATE_REFRESH_TOKENS')).toHaveText('Turn ROTATE_REFRESH_TOKENS on')
    await page.getByTestId('timeline-whatif-set-ROTATE_REFRESH_TOKENS').click()
    await expect(page.getByTestId('timeline-setting-ROTATE_REFRESH_TOKENS')).toBeChecked()
    await expect(page.getByTestId('timeline-whatif-set-ROTATE_REFRESH_TOKENS')).toHaveText('Turn ROTATE_REFRESH_TOKENS off')
    await expect(page.getByTestId('timeline-whatif-set-BLACKLIST_AFTER_ROTATION')).toHaveText('Turn BLACKLIST_AFTER_ROTATION on')

    await page.getByTestId('timeline-whatif-skew').selectOption('-120')
    await expect(page.getByTestId('timeline-whatif-set-LEEWAY')).toHaveText('Set LEEWAY to 120')
    await page.getByTestId('timeline-whatif-set-LEEWAY').click()
    await expect(page.getByTestId('timeline-setting-LEEWAY')).toHaveValue('120')
    await expect(page.getByTestId('timeline-whatif-set-LEEWAY')).toHaveText('Set LEEWAY to 0')
  })
})

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true })

  test('the what-ifs\', Client panel\'s, settings\' and log\'s checkboxes are at least 20 px, and the Client panel\'s text toggles them', async ({ page }) => {
    await openTimeline(page)
    const ids = [
      'timeline-whatif-steal',
      'timeline-whatif-logout',
      'timeline-policy-refresh-on-401',
      'timeline-policy-refresh-proactive',
      'timeline-policy-relogin',
      'timeline-policy-logout',
      'timeline-setting-ROTATE_REFRESH_TOKENS',
      'timeline-setting-BLACKLIST_AFTER_ROTATION',
      'timeline-log-hide-routine',
    ]
    for (const id of ids) {
      const found = await page.getByTestId(id).boundingBox()
      expect(found, id).not.toBeNull()
      expect(Math.min(found?.width ?? 0, found?.height ?? 0), id).toBeGreaterThanOrEqual(20)
    }
    await page.getByText('Logs in again when a refresh is refused').tap()
    await expect(page.getByTestId('timeline-policy-relogin')).not.toBeChecked()
    await page.getByText('Logs out (POST /api/token/blacklist/)').tap()
    await expect(page.getByTestId('timeline-policy-logout')).toBeChecked()
  })
})
