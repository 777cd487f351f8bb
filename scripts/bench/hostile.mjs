// A 1 MB token pasted into the field: how long the longest main-thread task is, and whether the page still
// answers a click right after.
import { SignJWT } from 'jose'

export async function measureHugeToken(page, url, bytes = 1_000_000) {
  const filler = 'x'.repeat(bytes * 0.74)
  const token = await new SignJWT({ sub: 'huge', blob: filler }).setProtectedHeader({ alg: 'HS256' }).sign(new TextEncoder().encode('bench-secret-bench-secret-bench-secret'))
  await page.goto(url)
  // Monaco loads at the first sign of a person: a pointer moving over the page.
  await page.mouse.move(10, 10)
  await page.locator('[data-testid="payload-pane"] .monaco-editor').waitFor({ timeout: 30_000 })
  const result = await page.evaluate(async (token) => {
    // Long animation frames say whether a long task was our scripts or the browser laying text out.
    // Registered with buffered: true (without it Chromium delivered no entries here) and cut to this test.
    const frames = []
    const t0 = performance.now()
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        if (entry.startTime + entry.duration < t0) continue
        const script = Math.max(0, ...entry.scripts.map((script) => script.duration))
        const layout = entry.startTime + entry.duration - entry.styleAndLayoutStart
        frames.push({ duration: entry.duration, script, layout: entry.styleAndLayoutStart ? layout : 0 })
      }
    }).observe({ type: 'long-animation-frame', buffered: true })
    // Frames keep coming while we wait (Chromium reported no long frames to a page that stopped drawing).
    let waiting = true
    const tick = () => waiting && requestAnimationFrame(tick)
    requestAnimationFrame(tick)
    const textarea = document.querySelector('[data-testid="token-input"]')
    const setValue = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value').set
    setValue.call(textarea, token)
    textarea.dispatchEvent(new Event('input', { bubbles: true }))
    while (!document.querySelector('[data-testid="payload-pane"]')?.textContent?.includes('"blob"')) await new Promise((r) => setTimeout(r, 5))
    const decodedMs = performance.now() - t0
    // Then one keystroke, through the browser's editing path as typing goes (Backspace at the end), and let
    // everything settle.
    textarea.focus()
    textarea.setSelectionRange(token.length, token.length)
    document.execCommand('delete')
    await new Promise((r) => setTimeout(r, 2000))
    waiting = false
    return { decodedMs, frames, tokenBytes: token.length }
  }, token)
  const t = Date.now()
  await page.getByTestId('nav-learn').click({ timeout: 10_000 })
  await page.getByTestId('nav-decoder').click({ timeout: 10_000 })
  const longest = (key) => Math.max(0, ...result.frames.map((frame) => frame[key]))
  return { ...result, clickMs: Date.now() - t, longestFrame: longest('duration'), longestScript: longest('script'), longestLayout: longest('layout') }
}
