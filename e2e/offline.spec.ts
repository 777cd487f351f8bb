import { SignJWT } from 'jose'
import type { Page } from '@playwright/test'
import { startDeployServer, type DeployServer } from './helpers/deploy-server'
import { expect, test } from './helpers/test'

// playwright.config.ts blocks service workers for speed; these tests are about ours.
test.use({ serviceWorkers: 'allow' })

/** Waits until the service worker controls the page and has cached the whole build (Monaco included). */
async function waitForOfflineReady(page: Page): Promise<void> {
  await page.waitForFunction(async () => {
    const registration = await navigator.serviceWorker.ready
    return registration.active?.state === 'activated' && navigator.serviceWorker.controller !== null
  })
  await page.waitForFunction(async () => {
    for (const key of await caches.keys()) {
      const cache = await caches.open(key)
      if ((await cache.keys()).some((request) => request.url.includes('monaco-json-editor'))) return true
    }
    return false
  })
}

/** Decodes and verifies a token of its own, typed in now: the app is alive, its verify panel too. */
async function expectDecodeAndVerify(page: Page, subject: string): Promise<void> {
  const secret = 'offline-secret-offline-secret-offline!'
  const token = await new SignJWT({ sub: subject, iat: 1767225600 }).setProtectedHeader({ alg: 'HS256' }).sign(new TextEncoder().encode(secret))
  await page.getByTestId('token-input').fill(token)
  await page.getByTestId('key-input').fill(secret)
  await expect(page.getByTestId('payload-pane')).toContainText(`"${subject}"`)
  await expect(page.getByTestId('signature-status')).toHaveText(/^Signature verified/)
}

/** The views loaded on demand, opened in turn: Learn, Timeline, then the decoder's editors (Monaco). */
async function expectLazyViewsOpen(page: Page): Promise<void> {
  await page.getByTestId('nav-learn').click()
  await expect(page.getByTestId('learn-mode')).toBeVisible()
  await page.getByTestId('nav-timeline').click()
  await expect(page.getByTestId('timeline')).toBeVisible()
  await page.getByTestId('nav-decoder').click()
  await page.mouse.move(300, 300)
  await page.mouse.move(500, 400)
  await expect(page.getByTestId('payload-pane').locator('.monaco-editor')).toBeVisible()
  await expect(page.getByTestId('load-failed')).toHaveCount(0)
}

// After one visit the service worker has cached the build: with the network gone, the app still opens,
// decodes and verifies (all of it is local anyway; this proves the files are too).
test('works offline after the first visit: reload, decode and verify', async ({ page, context }) => {
  await page.goto('./')
  await expect(page.getByTestId('signature-status')).toHaveText(/^Signature verified/)
  await waitForOfflineReady(page)

  await context.setOffline(true)
  await page.reload()
  await expectDecodeAndVerify(page, 'offline')
  // Monaco (a lazily loaded chunk and its workers) comes from the cache too.
  await expect(page.getByTestId('payload-pane').locator('.monaco-editor')).toBeVisible()
  await context.setOffline(false)
})

// The tests below run the app from a server of their own (e2e/helpers/deploy-server.ts), on an origin of its
// own, which can put up a next build, with a file missing or not, and counts what the browser fetches.
test.describe('across a deploy', () => {
  let site: DeployServer
  test.beforeEach(async ({ baseURL }) => {
    site = await startDeployServer(baseURL ?? '')
  })
  test.afterEach(async () => {
    await site.close()
  })

  test('each file is downloaded once: once the worker has cached the build, a visit fetches none of it again', async ({ page }) => {
    await page.goto(site.url)
    await waitForOfflineReady(page)
    site.requests.length = 0
    await page.reload()
    await expectDecodeAndVerify(page, 'cached')
    await expectLazyViewsOpen(page)
    // Only the browser's check for a new sw.js (how a new build's page arrives) reaches the network.
    expect(site.requests.filter((request) => request.path !== 'sw.js')).toEqual([])
  })

  test('a deploy whose worker fails to install (a file missing) leaves the app whole offline', async ({ page, context }) => {
    await page.goto(site.url)
    await waitForOfflineReady(page)
    await site.deploy({ missing: /learn-view-/ })
    await page.reload()
    await expect(page.getByTestId('token-input')).toBeVisible()
    // The browser finds the new sw.js; its worker's install fails on the missing file and it is dropped.
    await page.evaluate(() => navigator.serviceWorker.ready.then((registration) => registration.update()).catch(() => undefined))
    await expect.poll(() => site.requests.some((request) => request.status === 404 && request.path.includes('learn-view-'))).toBe(true)
    await page.waitForFunction(async () => {
      const registration = await navigator.serviceWorker.getRegistration()
      return registration !== undefined && registration.installing === null && registration.waiting === null
    })

    await context.setOffline(true)
    await page.reload()
    await expectDecodeAndVerify(page, 'after a failed deploy')
    await expectLazyViewsOpen(page)
    await context.setOffline(false)
  })

  test('after a deploy, a tab of the previous build still opens the views it had not opened', async ({ page, context }) => {
    await page.goto(site.url)
    await waitForOfflineReady(page)
    const takenOver = page.evaluate(() => new Promise<void>((resolve) => navigator.serviceWorker.addEventListener('controllerchange', () => resolve(), { once: true })))
    await site.deploy()
    await page.evaluate(() => navigator.serviceWorker.ready.then((registration) => registration.update()))
    await takenOver
    // The server has only the next build's files now: the previous build's come from the cache kept for them.
    await expectLazyViewsOpen(page)
    await expectDecodeAndVerify(page, 'old tab')

    // A new tab gets the new build, whole.
    const fresh = await context.newPage()
    await fresh.goto(site.url)
    await expect.poll(() => fresh.evaluate(() => [...document.scripts].map((script) => script.src).join(' '))).toContain('-next.js')
    await expectDecodeAndVerify(fresh, 'new tab')
    await expectLazyViewsOpen(fresh)
  })
})
