import { expectPaneJson, openDecoder } from './helpers/decoder'
import { pyjwtToken } from './helpers/fixtures'
import { expect, test } from './helpers/test'

// The open view is in the address (#view=…): a reload, a shared link and the Back button keep it, and going
// Back never replaces the token being edited with the one the link first opened.

const linked = pyjwtToken('pyjwt-HS256')
const typed = pyjwtToken('pyjwt-HS384')

test('a view survives a reload, and Back and Forward move between views', async ({ page }) => {
  await openDecoder(page)
  await page.getByTestId('nav-timeline').click()
  await expect(page.getByTestId('timeline')).toBeVisible()
  await expect(page).toHaveURL(/#view=timeline$/)
  await page.reload()
  await expect(page.getByTestId('timeline')).toBeVisible()
  await expect(page.getByTestId('nav-timeline')).toHaveAttribute('aria-current', 'page')

  await page.getByTestId('nav-learn').click()
  await expect(page.getByTestId('learn-mode')).toBeVisible()
  await page.goBack()
  await expect(page.getByTestId('timeline')).toBeVisible()
  await page.goBack()
  await expect(page.getByTestId('token-input')).toBeVisible()
  await expect(page.getByTestId('nav-decoder')).toHaveAttribute('aria-current', 'page')
  await page.goForward()
  await expect(page.getByTestId('timeline')).toBeVisible()
})

test('a link names the token and the view to open it in', async ({ page }) => {
  await page.goto(`./#token=${linked.token}&view=learn`)
  await expect(page.getByTestId('learn-mode')).toBeVisible()
  await expect(page.getByTestId('learn-step-1-compare-base64url')).toHaveText(linked.token.slice(0, linked.token.indexOf('.')))
  await page.getByTestId('nav-decoder').click()
  await expect(page).toHaveURL(new RegExp(`#token=${linked.token.replaceAll('.', '\\.')}$`))
  await expectPaneJson(page, 'payload-pane', linked.payload)
})

test('Back to the decoder keeps the token being edited, not the one the link opened', async ({ page }) => {
  const input = await openDecoder(page, `#token=${linked.token}`)
  await input.fill(typed.token)
  await expectPaneJson(page, 'payload-pane', typed.payload)
  await page.getByTestId('nav-timeline').click()
  await expect(page.getByTestId('timeline')).toBeVisible()
  await page.goBack()
  await expect(page.getByTestId('token-input')).toHaveValue(typed.token)
  await expectPaneJson(page, 'payload-pane', typed.payload)
})

test('a fragment edited to a new token still opens it, in the decoder', async ({ page }) => {
  await page.goto(`./#token=${linked.token}&view=timeline`)
  await expect(page.getByTestId('timeline')).toBeVisible()
  await page.evaluate((token) => {
    window.location.hash = `token=${token}`
  }, typed.token)
  await expect(page.getByTestId('token-input')).toHaveValue(typed.token)
  await expectPaneJson(page, 'payload-pane', typed.payload)
})

test('once the linked token is edited, the address stops naming it; pasting the link again opens it', async ({ page }) => {
  const input = await openDecoder(page, `#token=${linked.token}&state=kept`)
  await input.fill(typed.token)
  await expectPaneJson(page, 'payload-pane', typed.payload)
  await expect(page).toHaveURL(/\/#state=kept$/)
  await page.evaluate((token) => {
    window.location.hash = `token=${token}`
  }, linked.token)
  await expect(input).toHaveValue(linked.token)
  await expectPaneJson(page, 'payload-pane', linked.payload)
})

test('Back to a link opened in Learn returns to Learn and keeps the token pasted since; the address stops naming the old one', async ({ page }) => {
  await page.goto(`./#token=${linked.token}&view=learn`)
  await expect(page.getByTestId('learn-mode')).toBeVisible()
  await page.getByTestId('nav-decoder').click()
  const input = page.getByTestId('token-input')
  await input.fill(typed.token)
  await expectPaneJson(page, 'payload-pane', typed.payload)
  await page.goBack()
  await expect(page.getByTestId('learn-mode')).toBeVisible()
  await expect(page).toHaveURL(/#view=learn$/)
  await page.getByTestId('nav-decoder').click()
  await expect(input).toHaveValue(typed.token)
  // Reloaded, the address brings back the edit's view, not the old token.
  await page.goBack()
  await page.reload()
  await expect(page.getByTestId('learn-mode')).toBeVisible()
  await expect(page).toHaveURL(/#view=learn$/)
})

test('a link naming a view, pasted into an open tab, opens its token in that view', async ({ page }) => {
  await openDecoder(page)
  await page.getByTestId('nav-learn').click()
  await expect(page.getByTestId('learn-mode')).toBeVisible()
  await page.evaluate((token) => {
    window.location.hash = `token=${token}&view=learn`
  }, linked.token)
  await expect(page.getByTestId('learn-step-1-compare-base64url')).toHaveText(linked.token.slice(0, linked.token.indexOf('.')))
  await expect(page.getByTestId('learn-mode')).toBeVisible()
  await expect(page).toHaveURL(new RegExp(`#token=${linked.token.replaceAll('.', '\\.')}&view=learn$`))
  // Back returns to Learn with the sample's entry, and keeps the linked token on screen.
  await page.goBack()
  await expect(page.getByTestId('learn-mode')).toBeVisible()
  await expect(page.getByTestId('learn-step-1-compare-base64url')).toHaveText(linked.token.slice(0, linked.token.indexOf('.')))
})
