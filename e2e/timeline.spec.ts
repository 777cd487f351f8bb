import type { Page } from '@playwright/test'
import { paneJson } from './helpers/decoder'
import { expect, test } from './helpers/test'
import { openTimeline, scrubTo } from './helpers/timeline'

// The simplejwt timeline (issue 4): what simplejwt's defaults and settings do over two days, the what-ifs,
// tokens opened in the decoder, and the clock driven by play, speed, the scrub bar and the keyboard.
// Expected times are simplejwt facts: ACCESS_TOKEN_LIFETIME 5 min and REFRESH_TOKEN_LIFETIME 1 day by default,
// and PyJWT refuses a token once exp <= now - LEEWAY. The client calls GET /api/me/ every 30 s.



const rows = (page: Page, text: string | RegExp) => page.getByTestId('timeline-log-row').filter({ hasText: text })
const count = (page: Page, id: string) => page.getByTestId(`timeline-count-${id}`)

test.describe('simplejwt defaults', () => {
  test('the first refresh comes at +5 min, after a 401', async ({ page }) => {
    await openTimeline(page)
    await scrubTo(page, 299)
    await expect(rows(page, 'GET /api/me/ 200')).toHaveCount(10) // 0, 30, …, 270 s
    await expect(rows(page, '/api/token/refresh/')).toHaveCount(0)

    await scrubTo(page, 301)
    await expect(page.getByTestId('timeline-now')).toHaveText('+0:05:01')
    await expect(rows(page, 'GET /api/me/ 401')).toHaveCount(1)
    await expect(rows(page, 'GET /api/me/ 401')).toContainText('Token is invalid or expired')
    const refresh = rows(page, 'POST /api/token/refresh/ 200')
    await expect(refresh).toHaveCount(1)
    await expect(refresh).toContainText('+0:05:00')
    // Without rotation simplejwt answers with an access token only.
    await expect(refresh).toContainText(/\{"access":"eyJ[\w-]+\.[\w-]+\.[\w-]+"\}/)
    await expect(count(page, 'refresh')).toHaveText('1')
  })

  test('the refresh token expires after a day: the refresh is refused and the user logs in again', async ({ page }) => {
    await openTimeline(page)
    await scrubTo(page, 86399)
    await expect(count(page, 're-login')).toHaveText('0')
    await expect(rows(page, 'POST /api/token/refresh/ 401')).toHaveCount(0)

    await scrubTo(page, 86401)
    await expect(count(page, 're-login')).toHaveText('1')
    await expect(rows(page, 'POST /api/token/refresh/ 401')).toContainText('+1 d 00:00:00')
    await expect(rows(page, 'POST /api/token/refresh/ 401')).toContainText('"detail":"Token is invalid or expired","code":"token_not_valid"')
    await expect(rows(page, 'POST /api/token/ 200')).toContainText('+1 d 00:00:00')
    // Only the newest rows are in the DOM; the rest are counted.
    await expect(page.getByTestId('timeline-log-row')).toHaveCount(200)
    await expect(page.getByTestId('timeline-log-count')).toContainText(/Showing the newest 200 of [\d,]+ exchanges; [\d,]+ earlier ones are hidden/)
  })

  test('with ROTATE_REFRESH_TOKENS and an active client nobody logs in again in two days', async ({ page }) => {
    await openTimeline(page)
    await page.getByTestId('timeline-setting-ROTATE_REFRESH_TOKENS').check()
    await scrubTo(page, 172800)
    await expect(count(page, 're-login')).toHaveText('0')
    await expect(count(page, 'refresh-failed')).toHaveText('0')
    // A refresh every 5 minutes (at +5 min … +1 d 23:55), each one rotating.
    await expect(count(page, 'rotation')).toHaveText('575')
    await expect(page.getByTestId('timeline-session')).toHaveText('active')
    await expect(rows(page, 'POST /api/token/refresh/ 200').last()).toContainText(/\{"access":"eyJ[^"]+","refresh":"eyJ[^"]+"\}/)
    await expect(page.getByTestId('timeline-python-snippet')).toContainText('"ROTATE_REFRESH_TOKENS": True,')
  })

  test('settings change the simulation and the settings.py snippet', async ({ page }) => {
    await openTimeline(page)
    await page.getByTestId('timeline-setting-ACCESS_TOKEN_LIFETIME').fill('600')
    await page.getByTestId('timeline-setting-LEEWAY').fill('30')
    await expect(page.getByTestId('timeline-python-snippet')).toContainText('"ACCESS_TOKEN_LIFETIME": timedelta(minutes=10),')
    await expect(page.getByTestId('timeline-python-snippet')).toContainText('"LEEWAY": 30,')
    // exp at +10 min, still accepted for LEEWAY 30 s: the 401 and the refresh come with the call at +10:30.
    await scrubTo(page, 629)
    await expect(rows(page, '/api/token/refresh/')).toHaveCount(0)
    await scrubTo(page, 630)
    await expect(rows(page, 'POST /api/token/refresh/ 200')).toContainText('+0:10:30')
  })
})

test.describe('what-ifs', () => {
  test('a stolen refresh token replayed after a rotation is refused with blacklisting and accepted without', async ({ page }) => {
    await openTimeline(page)
    await page.getByTestId('timeline-setting-ROTATE_REFRESH_TOKENS').check()
    await page.getByTestId('timeline-setting-BLACKLIST_AFTER_ROTATION').check()
    await page.getByTestId('timeline-whatif-steal').check()
    await expect(page.getByTestId('timeline-whatif-steal-outcome')).toContainText('Token is blacklisted')
    await scrubTo(page, 302)
    const replay = page.getByTestId('timeline-log-row').and(page.locator('[data-actor="thief"]'))
    await expect(replay).toHaveCount(1)
    await expect(replay).toContainText('+0:05:01')
    await expect(replay).toContainText('POST /api/token/refresh/ 401')
    await expect(replay).toContainText('{"detail":"Token is blacklisted","code":"token_not_valid"}')
    await expect(page.locator('[data-testid="timeline-bar"][data-holder="thief"]')).toHaveCount(0)

    await page.getByTestId('timeline-setting-BLACKLIST_AFTER_ROTATION').uncheck()
    await expect(replay).toContainText('POST /api/token/refresh/ 200')
    await expect(replay).toContainText(/\{"access":"eyJ[^"]+","refresh":"eyJ[^"]+"\}/)
    await expect(page.getByTestId('timeline-whatif-steal-outcome')).toContainText('Replay accepted')
    await expect(page.locator('[data-testid="timeline-bar"][data-holder="thief"]').first()).toBeVisible()
  })

  test('after logout the access token still works until its exp, then the blacklisted refresh token is refused', async ({ page }) => {
    await openTimeline(page)
    await page.getByTestId('timeline-whatif-logout').check()
    await expect(page.getByTestId('timeline-policy-logout-at')).toHaveValue('120')
    await expect(page.getByTestId('timeline-whatif-logout-outcome')).toContainText('still got 200 until +0:04:30 (exp +0:05:00)')
    await scrubTo(page, 300)
    await expect(rows(page, 'POST /api/token/blacklist/ 200')).toContainText('+0:02:00')
    await expect(rows(page, 'GET /api/me/ 200').last()).toContainText('+0:04:30')
    await expect(rows(page, 'POST /api/token/refresh/ 401')).toContainText('Token is blacklisted')
  })

  test('a client clock 2 minutes slow meets 401s until LEEWAY covers it', async ({ page }) => {
    await openTimeline(page)
    await page.getByTestId('timeline-whatif-skew').selectOption('-120')
    await expect(page.getByTestId('timeline-policy-refresh-proactive')).toBeChecked()
    await expect(page.getByTestId('timeline-whatif-skew-outcome')).toContainText('first refresh at +0:05:00')
    await page.getByTestId('timeline-whatif-set-LEEWAY').click()
    await expect(page.getByTestId('timeline-setting-LEEWAY')).toHaveValue('120')
    await expect(page.getByTestId('timeline-whatif-skew-outcome')).toContainText('0 calls refused')
  })
})

test.describe('tokens in the decoder', () => {
  test('an access bar opens its token in the decoder, where it verifies with SIGNING_KEY', async ({ page }) => {
    await openTimeline(page)
    await page.locator('[data-testid="timeline-bar"][data-kind="access"]').first().click()
    await expect(page.getByTestId('token-input')).toBeVisible()
    await expect(page.getByTestId('signature-status')).toHaveText(/^Signature verified/)
    await expect.poll(() => paneJson(page, 'payload-pane')).toMatchObject({ token_type: 'access', user_id: 1 })
  })

  test('with HS512 and a key of our own, the refresh token held at now verifies too; coming back keeps the timeline', async ({ page }) => {
    await openTimeline(page)
    await page.getByTestId('timeline-setting-ALGORITHM').selectOption('HS512')
    await page.getByTestId('timeline-setting-SIGNING_KEY').fill('a-classroom-key-long-enough-for-hs512-'.padEnd(64, 'x'))
    await page.getByTestId('timeline-setting-USER_ID_CLAIM').fill('uid')
    await scrubTo(page, 400)
    await page.getByTestId('timeline-live-refresh-open').click()
    await expect(page.getByTestId('signature-status')).toHaveText(/^Signature verified/)
    await expect.poll(() => paneJson(page, 'header-pane')).toEqual({ alg: 'HS512', typ: 'JWT' })
    await expect.poll(() => paneJson(page, 'payload-pane')).toMatchObject({ token_type: 'refresh', uid: 1 })

    await page.getByTestId('nav-timeline').click()
    await expect(page.getByTestId('timeline-scrub')).toHaveValue('400')
    await expect(page.getByTestId('timeline-setting-ALGORITHM')).toHaveValue('HS512')
  })
})

test.describe('the clock', () => {
  test('play advances the clock at the chosen speed, pause stops it, and the countdown follows', async ({ page }) => {
    await page.clock.install()
    await openTimeline(page)
    await page.clock.pauseAt(Date.now() + 60_000)
    await page.getByTestId('timeline-speed').selectOption('600')
    await expect(page.getByTestId('timeline-live-access-remaining')).toHaveText('expires in 5 min')
    await page.getByTestId('timeline-play').click()
    await expect(page.getByTestId('timeline-play')).toHaveAttribute('aria-pressed', 'true')
    // 200 ms of real time at 600× is 120 simulated seconds (one animation frame may not count yet).
    await page.clock.runFor(200)
    const after = Number(await page.getByTestId('timeline-scrub').inputValue())
    expect(after).toBeGreaterThanOrEqual(100)
    expect(after).toBeLessThanOrEqual(120)
    await expect(page.getByTestId('timeline-live-access-remaining')).toHaveText(/^expires in 3 min/)

    await page.getByTestId('timeline-speed').selectOption('3600')
    await page.clock.runFor(1000)
    const faster = Number(await page.getByTestId('timeline-scrub').inputValue())
    expect(faster - after).toBeGreaterThanOrEqual(3500)
    expect(faster - after).toBeLessThanOrEqual(3600)

    await page.getByTestId('timeline-play').click()
    await expect(page.getByTestId('timeline-play')).toHaveAttribute('aria-pressed', 'false')
    const paused = await page.getByTestId('timeline-scrub').inputValue()
    await page.clock.runFor(1000)
    await expect(page.getByTestId('timeline-scrub')).toHaveValue(paused)
  })

  test('next event jumps to the next thing that happens', async ({ page }) => {
    await openTimeline(page)
    await page.getByTestId('timeline-next-event').click()
    await expect(page.getByTestId('timeline-now')).toHaveText('+0:05:00')
    await page.getByTestId('timeline-next-event').click()
    await expect(page.getByTestId('timeline-now')).toHaveText('+0:10:00')
    await page.getByTestId('timeline-prev-event').click()
    await expect(page.getByTestId('timeline-now')).toHaveText('+0:05:00')
  })

  test('keyboard: arrows move the scrub bar, Home/End reach login and the horizon; the chart steps between events', async ({ page }) => {
    await openTimeline(page)
    const scrub = page.getByTestId('timeline-scrub')
    await scrub.focus()
    await page.keyboard.press('ArrowRight')
    await page.keyboard.press('ArrowRight')
    await page.keyboard.press('ArrowRight')
    await expect(scrub).toHaveValue('3')
    await expect(page.getByTestId('timeline-now')).toHaveText('+0:00:03')
    await page.keyboard.press('ArrowLeft')
    await expect(scrub).toHaveValue('2')
    await page.keyboard.press('End')
    await expect(scrub).toHaveValue('172800')
    await page.keyboard.press('Home')
    await expect(scrub).toHaveValue('0')

    await page.getByTestId('timeline-chart').focus()
    await page.keyboard.press('ArrowRight')
    await expect(page.getByTestId('timeline-now')).toHaveText('+0:05:00')
    await page.keyboard.press('Enter')
    await expect(page.getByTestId('signature-status')).toHaveText(/^Signature verified/)
  })

  test('play is a button the keyboard can press', async ({ page }) => {
    await openTimeline(page)
    await page.getByTestId('timeline-play').focus()
    await page.keyboard.press('Space')
    await expect(page.getByTestId('timeline-play')).toHaveAttribute('aria-pressed', 'true')
    await page.keyboard.press('Space')
    await expect(page.getByTestId('timeline-play')).toHaveAttribute('aria-pressed', 'false')
  })
})
