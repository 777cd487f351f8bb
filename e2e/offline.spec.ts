import { SignJWT } from 'jose'
import { expect, test } from './helpers/test'

// After one visit the service worker has cached the build: with the network gone, the app still opens,
// decodes and verifies (all of it is local anyway; this proves the files are too).
test('works offline after the first visit: reload, decode and verify', async ({ page, context }) => {
  await page.goto('./')
  await expect(page.getByTestId('signature-status')).toHaveText(/^Signature verified/)
  // The worker takes control once it has installed (it precaches every file of the build, Monaco included).
  await page.waitForFunction(async () => {
    const registration = await navigator.serviceWorker.ready
    return registration.active?.state === 'activated' && navigator.serviceWorker.controller !== null
  })
  await page.waitForFunction(async () => {
    const keys = await caches.keys()
    const cache = await caches.open(keys.find((key) => key.startsWith('jwt-playground-')) ?? 'none')
    return (await cache.keys()).some((request) => request.url.includes('monaco-json-editor'))
  })

  await context.setOffline(true)
  const secret = 'offline-secret-offline-secret-offline!'
  const token = await new SignJWT({ sub: 'offline', iat: 1767225600 }).setProtectedHeader({ alg: 'HS256' }).sign(new TextEncoder().encode(secret))
  await page.reload()
  await page.getByTestId('token-input').fill(token)
  await page.getByTestId('key-input').fill(secret)
  await expect(page.getByTestId('payload-pane')).toContainText('"offline"')
  await expect(page.getByTestId('signature-status')).toHaveText(/^Signature verified/)
  // Monaco (a lazily loaded chunk and its workers) comes from the cache too.
  await expect(page.getByTestId('payload-pane').locator('.monaco-editor')).toBeVisible()
  await context.setOffline(false)
})
