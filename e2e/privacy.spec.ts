import { expectPaneJson, openDecoder, pasteToken } from './helpers/decoder'
import { jwtIoToken, pyjwtToken, simplejwtToken } from './helpers/fixtures'
import { fillMonaco, waitForMonaco } from './helpers/monaco'
import { recordRequests } from './helpers/requests'
import { segment } from './helpers/tokens'
import { expect, test } from './helpers/test'

// A token tool must not talk to anyone: a whole session (paste, Monaco and its workers, edits, links,
// share) may only ever ask the server the app came from. Monaco's loader would fetch from a CDN if
// misconfigured, and its address stays in the bundle, so only a runtime check proves this.

// The service worker's own requests count too (playwright.config.ts blocks workers elsewhere).
test.use({ permissions: ['clipboard-read', 'clipboard-write'], serviceWorkers: 'allow' })

test('a whole session makes no request to any host but the app\'s own', async ({ page, context, baseURL }) => {
  test.setTimeout(60_000) // one long session: a dozen steps, Monaco loaded twice
  // The preview server playwright.config.ts starts (127.0.0.1:4173).
  const appOrigin = new URL(baseURL ?? '').origin
  const log = recordRequests(context)
  const es256 = pyjwtToken('pyjwt-ES256')
  const refresh = simplejwtToken('simplejwt-HS256-refresh')
  const rs256 = jwtIoToken('RS256', 'withPemKey')

  // Paste, and wait for Monaco (with its workers) in both panes.
  const input = await openDecoder(page)
  await pasteToken(page, es256.token)
  await expectPaneJson(page, 'payload-pane', es256.payload)
  await waitForMonaco(page.getByTestId('header-pane'))
  await waitForMonaco(page.getByTestId('payload-pane'))

  // Edit the payload in Monaco: the token follows.
  const edited = '{"sub":"edited-in-monaco","n":1}'
  await fillMonaco(page, page.getByTestId('payload-pane'), edited)
  await expect(input).toHaveValue(new RegExp(`^[\\w-]+\\.${segment(edited)}\\.[\\w-]+$`))
  await expect(page.getByTestId('claim-row-sub')).toContainText('edited-in-monaco')
  // Hovering a value asks the JSON worker for a tooltip.
  await page.getByTestId('payload-pane').locator('.view-lines').getByText('"sub"').hover()

  // Type into the token field, paste another token, open a broken one.
  await input.press('ControlOrMeta+End')
  await page.keyboard.type('x')
  await pasteToken(page, `Bearer ${refresh.token}`)
  await expectPaneJson(page, 'payload-pane', refresh.payload)
  await input.fill(`${rs256.token.slice(0, 20)}+/=`)
  await expect(page.getByTestId('decode-error')).toBeVisible()

  // Follow links: a fragment, a query token moved into the fragment, a fragment changed in place.
  await page.goto(`./#token=${rs256.token}`)
  await expectPaneJson(page, 'payload-pane', rs256.payload)
  await page.goto(`./?token=${es256.token}`)
  await expectPaneJson(page, 'payload-pane', es256.payload)
  await page.evaluate((token) => {
    window.location.hash = `id_token=${token}`
  }, refresh.token)
  await expectPaneJson(page, 'payload-pane', refresh.payload)
  await waitForMonaco(page.getByTestId('payload-pane'))
  await page.getByTestId('share-button').click()
  await expect(page.getByText('Link copied')).toBeVisible()

  const outside = log.urls.filter((url) => new URL(url).origin !== appOrigin)
  expect(outside, 'requests to another host (or a data:/blob: URL to review)').toEqual([])
  // The check above only means something if requests were seen at all, workers' included.
  expect(log.urls.some((url) => url.includes('/assets/') && url.includes('worker'))).toBe(true)
})
