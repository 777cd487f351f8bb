import { expect, test, type Page } from '@playwright/test'
import { expectPaneJson, insertToken, openDecoder } from './helpers/decoder'
import { jwtIoToken, pyjwtToken } from './helpers/fixtures'

// Parts of the app load on demand. When one's code cannot be fetched (a dropped connection, or a site updated
// since the page opened, its old files gone), that part says so and the rest keeps working: the page never
// goes blank, and the token typed is not lost. A first visit: no service worker holds the files yet.
// Not the project's guarded `test`: the failed fetches are console errors here, by design, and are checked.

test.use({ serviceWorkers: 'block' })

/** Fails every fetch of a file whose name matches `name`; returns the console errors seen, to check. */
async function withoutFile(page: Page, name: RegExp): Promise<string[]> {
  const errors: string[] = []
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()))
  page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`))
  await page.route((url) => name.test(url.pathname), (route) => route.abort())
  return errors
}

/** Every console error must be the blocked file failing to arrive: nothing else went wrong. */
function expectOnlyTheBlockedFile(errors: string[], name: RegExp): void {
  const blocked = (error: string) => /^Failed to load resource/.test(error) || (/Failed to fetch dynamically imported module/.test(error) && name.test(error))
  expect(errors.filter((error) => !blocked(error)), 'errors other than the blocked file').toEqual([])
}

test("without the editors' code the panes keep their JSON, read-only, say why, and the token still decodes", async ({ page }) => {
  const errors = await withoutFile(page, /\/assets\/monaco-/)
  const first = jwtIoToken('RS256', 'withPemKey')
  await openDecoder(page, `#token=${first.token}`)
  await expectPaneJson(page, 'payload-pane', first.payload)
  // A person shows up: Monaco is asked for, and does not come.
  await page.mouse.move(300, 300)
  for (const pane of ['header-pane', 'payload-pane']) {
    await expect(page.getByTestId(pane).getByTestId('editor-failed')).toContainText('The editor could not load')
  }
  await expect(page.getByTestId('payload-pane').locator('.monaco-editor')).toHaveCount(0)

  const second = pyjwtToken('pyjwt-ES256')
  await insertToken(page, second.token)
  await expectPaneJson(page, 'payload-pane', second.payload)
  await expect(page.getByTestId('claim-row-sub')).toBeVisible()
  expectOnlyTheBlockedFile(errors, /monaco-/)
})

test('a view whose code cannot be fetched says so; the decoder still works, and Reload keeps the token and the view', async ({ page }) => {
  const errors = await withoutFile(page, /\/assets\/learn-view-/)
  const { token, payload } = pyjwtToken('pyjwt-ES256')
  await openDecoder(page)
  await insertToken(page, token)
  await expectPaneJson(page, 'payload-pane', payload)

  await page.getByTestId('nav-learn').click()
  const failed = page.getByTestId('load-failed')
  await expect(failed).toContainText('The Learn view could not load')
  await expect(failed).toContainText('The decoder still works')

  await page.getByTestId('nav-decoder').click()
  await expect(page.getByTestId('token-input')).toHaveValue(token)
  await expectPaneJson(page, 'payload-pane', payload)

  await page.getByTestId('nav-learn').click()
  await page.getByRole('button', { name: /Reload the page/ }).click()
  // The reload tries the Learn view again (still blocked here), with the token kept for every view.
  await expect(page).toHaveURL(/#token=[^&]+&view=learn$/)
  await expect(failed).toContainText('The Learn view could not load')
  await page.getByTestId('nav-decoder').click()
  await expect(page.getByTestId('token-input')).toHaveValue(token)
  await expectPaneJson(page, 'payload-pane', payload)
  expectOnlyTheBlockedFile(errors, /learn-view-/)
})

test('without the verify panel\'s code the decoder still decodes and says the signature is not checked', async ({ page }) => {
  const errors = await withoutFile(page, /\/assets\/verify-panel-/)
  const { token, payload } = jwtIoToken('RS256', 'withPemKey')
  await openDecoder(page, `#token=${token}`)
  await expectPaneJson(page, 'payload-pane', payload)
  await expect(page.getByTestId('load-failed')).toContainText('Verify and sign could not load')
  await expect(page.getByTestId('load-failed')).toContainText('its signature is not checked')
  await expect(page.getByTestId('signature-status')).toHaveCount(0)
  expectOnlyTheBlockedFile(errors, /verify-panel-/)
})
