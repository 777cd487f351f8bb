import { AxeBuilder } from '@axe-core/playwright'
import type { Page } from '@playwright/test'
import { openDecoder } from './helpers/decoder'
import { pyjwtToken, simplejwtToken } from './helpers/fixtures'
import { waitForMonaco } from './helpers/monaco'
import { rawToken, signedToken } from './helpers/tokens'
import { expect, test } from './helpers/test'

// axe-core finds no violation on any view (decoder, learn mode, timeline), in light and dark, in the
// states people reach (findings, errors, generated keys, history, tamper demo, FAQ, what-ifs). Colour is
// never the only signal: every segment and pane also says its name in text.

/** WCAG 2.0-2.2 A and AA, plus axe's best practices (landmarks, one h1, headings in order). */
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa', 'best-practice']
const THEMES = ['light', 'dark'] as const
// Each axe pass over a page with two Monaco editors takes seconds on a busy machine.
test.describe.configure({ timeout: 120_000 })
type Theme = (typeof THEMES)[number]

/** Runs axe on the whole page and fails with a readable list: rule, help text and where. */
async function expectNoViolations(page: Page, state: string): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze()
  const found = violations.map(
    (v) => `${v.id} (${v.impact ?? ''}): ${v.help}\n${v.nodes.map((n) => `    ${n.target.join(' ')}: ${n.failureSummary ?? ''}`).join('\n')}`,
  )
  expect(found, `axe violations: ${state}`).toEqual([])
}

/** Opens the app with the system in `theme` and checks the page really is in it. */
async function openIn(page: Page, theme: Theme, suffix = ''): Promise<void> {
  await page.emulateMedia({ colorScheme: theme })
  await openDecoder(page, suffix)
  await expectTheme(page, theme)
}

async function expectTheme(page: Page, theme: Theme): Promise<void> {
  const html = expect(page.locator('html'))
  await (theme === 'dark' ? html.toHaveClass(/\bdark\b/) : html.not.toHaveClass(/\bdark\b/))
}

/** Waits for everything the decoder loads after its first paint: both Monaco panes, the verify panel, the review. */
async function decoderSettled(page: Page): Promise<void> {
  await waitForMonaco(page.getByTestId('header-pane'))
  await waitForMonaco(page.getByTestId('payload-pane'))
  await expect(page.getByTestId('signature-status')).toBeVisible()
  await expect(page.getByTestId('security-findings')).toBeVisible()
}

async function openView(page: Page, view: 'learn' | 'timeline'): Promise<void> {
  await page.getByTestId(`nav-${view}`).click()
  await expect(page.getByTestId(view === 'learn' ? 'learn-mode' : 'timeline')).toBeVisible()
}

for (const theme of THEMES) {
  test.describe(`${theme} theme`, () => {
    test('decoder: the sample token, a highlighted segment', async ({ page }) => {
      await openIn(page, theme)
      await decoderSettled(page)
      await expectNoViolations(page, 'decoder, sample token')
      // Focusing a legend chip tints its segment in the token: the tint keeps the text readable.
      for (const name of ['Header', 'Payload', 'Signature']) {
        await page.getByRole('button', { name: new RegExp(`^${name} · part`) }).focus()
        await expectNoViolations(page, `decoder, ${name} highlighted`)
      }
    })

    test('decoder: unsigned token, expired claims, broken token', async ({ page }) => {
      await openIn(page, theme)
      const input = page.getByTestId('token-input')
      // alg "none" with an exp in the past: the unsigned note, an "Unsigned" badge, high findings, expired claims.
      await input.fill(`${rawToken('{"alg":"none"}', '{"sub":"a11y","exp":1000000000,"iat":999999000}', '')}`)
      await expect(page.getByTestId('unsecured-note')).toBeVisible()
      await decoderSettled(page)
      await expectNoViolations(page, 'decoder, alg none and expired')
      // A payload that is not JSON: the error names the segment.
      await input.fill(rawToken('{"alg":"HS256"}', '{"sub": nope}'))
      await expect(page.getByTestId('decode-error')).toBeVisible()
      await expectNoViolations(page, 'decoder, decode error')
      // A detached payload (RFC 7515 Appendix F): its field, with its form and line-end choices.
      await input.fill(rawToken('{"alg":"HS256"}', '', 'c2ln'))
      await page.getByTestId('detached-payload-input').fill('{"sub":"a11y",\n"exp":1}')
      await expect(page.getByTestId('detached-payload-line-ends')).toBeVisible()
      await expectNoViolations(page, 'decoder, detached payload')
    })

    test('decoder: a 1 MB token, shortened in the field, its payload read-only', async ({ page }) => {
      await openIn(page, theme)
      await page.getByTestId('token-input').fill(await signedToken({ sub: 'a11y', blob: 'x'.repeat(750_000) }))
      await expect(page.locator('[data-mark]')).toBeVisible({ timeout: 30_000 })
      await expect(page.getByTestId('payload-pane')).toContainText('read-only', { timeout: 30_000 })
      await expect(page.getByTestId('signature-status')).toBeVisible()
      await expectNoViolations(page, 'decoder, 1 MB token')
    })

    test('decoder: wrong key, sign button, generated key pair', async ({ page }) => {
      await openIn(page, theme)
      await page.getByTestId('token-input').fill(await signedToken({ sub: 'a11y' }))
      await decoderSettled(page)
      await expect(page.getByTestId('signature-status')).toHaveText(/^Invalid signature/)
      await expect(page.getByTestId('sign-button')).toBeVisible()
      await expectNoViolations(page, 'decoder, invalid signature')
      await page.getByTestId('alg-select').selectOption('ES256')
      await page.getByTestId('generate-key').click()
      const generated = page.getByTestId('generated-key')
      await expect(generated).toBeVisible({ timeout: 15_000 })
      for (const summary of await generated.locator('summary').all()) await summary.click()
      await expect(page.getByTestId('signature-status')).toHaveText(/^Signature verified/)
      await expectNoViolations(page, 'decoder, generated ES256 key pair')
    })

    test('decoder: share and the recent-tokens panel', async ({ page, context }) => {
      await context.grantPermissions(['clipboard-read', 'clipboard-write'])
      await openIn(page, theme)
      await page.getByTestId('token-input').fill(pyjwtToken('pyjwt-HS256').token)
      await page.getByTestId('share-button').click()
      await expect(page.getByTestId('share-status')).toHaveText(/Link copied/)
      await page.getByTestId('history-button').click()
      await page.getByTestId('history-enabled').check()
      await page.getByTestId('token-input').fill(simplejwtToken('simplejwt-HS256-access').token)
      await expect(page.getByTestId('history-item').first()).toBeVisible()
      await decoderSettled(page)
      await expectNoViolations(page, 'decoder, share status and history panel')
    })

    test('learn mode: steps, then the RFC example, the tamper demo and every FAQ answer', async ({ page }) => {
      await openIn(page, theme)
      await openView(page, 'learn')
      await expect(page.getByTestId('learn-step-5')).toBeVisible()
      await expectNoViolations(page, 'learn mode, sample token')
      await page.getByTestId('learn-load-rfc-example').click()
      await page.getByTestId('tamper-button').click()
      await expect(page.getByTestId('tamper-verdict')).toBeVisible()
      for (const summary of await page.getByTestId('learn-faq').locator('summary').all()) await summary.click()
      await expectNoViolations(page, 'learn mode, RFC example, tamper demo, FAQ open')
    })

    test('learn mode: no token', async ({ page }) => {
      await openIn(page, theme)
      await page.getByTestId('token-input').fill('')
      await openView(page, 'learn')
      await expect(page.getByTestId('learn-error')).toBeVisible()
      await expectNoViolations(page, 'learn mode, empty token')
    })

    test('timeline: defaults, then what-ifs, a later time and an open log row', async ({ page }) => {
      await openIn(page, theme)
      await openView(page, 'timeline')
      await expect(page.getByTestId('timeline-chart')).toBeVisible()
      await expectNoViolations(page, 'timeline, defaults')
      await page.getByTestId('timeline-whatif-steal').check()
      await page.getByTestId('timeline-whatif-logout').check()
      await page.getByTestId('timeline-scrub').fill('1800')
      await page.getByTestId('timeline-log-row').first().getByRole('button').first().click()
      await expectNoViolations(page, 'timeline, what-ifs on, 30 min in, a log row open')
    })
  })
}

test('the theme switch overrides the system: dark chosen on a light system, light on a dark one', async ({ page }) => {
  await openIn(page, 'light')
  await page.getByTestId('theme-select').selectOption('dark')
  await expectTheme(page, 'dark')
  await decoderSettled(page)
  await expectNoViolations(page, 'decoder, dark chosen on a light system')
  await page.emulateMedia({ colorScheme: 'dark' })
  await page.getByTestId('theme-select').selectOption('light')
  await expectTheme(page, 'light')
  await expectNoViolations(page, 'decoder, light chosen on a dark system')
})

test('colour is never the only signal: segments and panes are named in text', async ({ page }) => {
  await openDecoder(page)
  const legend = page.getByRole('list', { name: 'Token parts' })
  await expect(legend.getByRole('listitem')).toHaveText([/^Header · part 1 · \d+ chars$/, /^Payload · part 2 · \d+ chars$/, /^Signature · part 3 · \d+ chars$/])
  // Each decoded pane is a region named by its heading, which starts with the segment's name.
  await expect(page.getByRole('region', { name: /^Header/ })).toHaveAttribute('data-testid', 'header-pane')
  await expect(page.getByRole('region', { name: /^Payload/ })).toHaveAttribute('data-testid', 'payload-pane')
  await expect(page.getByRole('region', { name: /^Signature/ })).toHaveAttribute('data-testid', 'signature-pane')
  // Learn mode's coloured token (step 5) names its parts in a list beside it.
  await page.getByTestId('nav-learn').click()
  const parts = page.getByTestId('learn-step-5').getByRole('list', { name: 'Token parts' }).getByRole('listitem')
  await expect(parts).toHaveText([/^Header · /, /^Payload · /, /^Signature · /])
})
