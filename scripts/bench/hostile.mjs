// A 1 MB token pasted into the field: how long the longest main-thread task is, and whether the page still
// answers a click right after.
import { SignJWT } from 'jose'

export async function measureHugeToken(page, url, bytes = 1_000_000) {
  const filler = 'x'.repeat(bytes * 0.74)
  const token = await new SignJWT({ sub: 'huge', blob: filler }).setProtectedHeader({ alg: 'HS256' }).sign(new TextEncoder().encode('bench-secret-bench-secret-bench-secret'))
  await page.goto(url)
  await page.locator('[data-testid="payload-pane"] .monaco-editor').waitFor({ timeout: 30_000 })
  const result = await page.evaluate(async (token) => {
    const longTasks = []
    new PerformanceObserver((list) => list.getEntries().forEach((entry) => longTasks.push(entry.duration))).observe({ type: 'longtask' })
    const textarea = document.querySelector('[data-testid="token-input"]')
    const setValue = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value').set
    const t0 = performance.now()
    setValue.call(textarea, token)
    textarea.dispatchEvent(new Event('input', { bubbles: true }))
    while (!document.querySelector('[data-testid="payload-pane"]')?.textContent?.includes('"blob"')) await new Promise((r) => setTimeout(r, 5))
    const decodedMs = performance.now() - t0
    // Then one more keystroke (remove the last character) and let everything settle.
    setValue.call(textarea, token.slice(0, -1))
    textarea.dispatchEvent(new Event('input', { bubbles: true }))
    await new Promise((r) => setTimeout(r, 1500))
    return { decodedMs, longTasks, tokenBytes: token.length }
  }, token)
  const t = Date.now()
  await page.getByTestId('nav-learn').click({ timeout: 10_000 })
  await page.getByTestId('nav-decoder').click({ timeout: 10_000 })
  return { ...result, clickMs: Date.now() - t, longestTask: Math.max(0, ...result.longTasks) }
}
