// A 1 MB token pasted into the field, then one character deleted: the longest main-thread task, what it
// was made of (from a Chrome trace), and whether the page still answers a click right after.
import { SignJWT } from 'jose'

/** Trace event names that are the browser rendering: style, layout, paint. */
const RENDERING = new Set(['UpdateLayoutTree', 'Layout', 'PrePaint', 'Paint', 'Layerize', 'Commit'])

const hugeToken = (bytes) =>
  new SignJWT({ sub: 'huge', blob: 'x'.repeat(bytes * 0.74) }).setProtectedHeader({ alg: 'HS256' }).sign(new TextEncoder().encode('bench-secret-bench-secret-bench-secret'))

/**
 * Records a Chrome trace of the renderer around `act` (given the CDP session, to drive the page through it too),
 * and returns its long tasks (see longTasks).
 */
async function traced(page, act) {
  const cdp = await page.context().newCDPSession(page)
  const events = []
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...value))
  await cdp.send('Tracing.start', { categories: 'devtools.timeline,disabled-by-default-devtools.timeline', transferMode: 'ReportEvents' })
  await act(cdp)
  const done = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve))
  await cdp.send('Tracing.end')
  await done
  return longTasks(events)
}

/**
 * The same 1 MB token in learn mode: opening it (its code loads, every step is built from the megabyte) and
 * the tamper demo on it. Returns the long tasks and the time from the click to step 2's clipped output.
 */
export async function measureHugeTokenInLearn(page, url, bytes = 1_000_000) {
  const token = await hugeToken(bytes)
  await page.goto(url)
  await page.getByTestId('token-input').fill(token)
  await page.getByTestId('payload-pane').getByText('"blob"').first().waitFor({ timeout: 30_000 })
  let shownMs = 0
  const tasks = await traced(page, async () => {
    const start = Date.now()
    await page.getByTestId('nav-learn').click()
    await page.getByTestId('learn-step-2-output').getByText('more characters').waitFor({ timeout: 30_000 })
    shownMs = Date.now() - start
    await page.getByTestId('tamper-button').click()
    await page.getByTestId('tamper-change').getByText('"huge" → "iuge"').waitFor({ timeout: 30_000 })
    await page.waitForTimeout(500)
  })
  return { shownMs, tasks }
}

export async function measureHugeToken(page, url, bytes = 1_000_000) {
  const token = await hugeToken(bytes)
  await page.goto(url)
  // Monaco loads at the first sign of a person: a pointer moving over the page.
  await page.mouse.move(10, 10)
  await page.locator('[data-testid="payload-pane"] .monaco-editor').waitFor({ timeout: 30_000 })
  let decodedMs = 0
  const tasks = await traced(page, async (cdp) => {
    // Pasted as the browser's editing path inserts text (what a paste, a drop or Playwright's fill does), over
    // the whole field, then one keystroke: Backspace at the end.
    const field = page.getByTestId('token-input')
    await field.focus()
    await page.keyboard.press('ControlOrMeta+a')
    const start = await page.evaluate(() => performance.now())
    await cdp.send('Input.insertText', { text: token })
    decodedMs = await page.evaluate(async (start) => {
      while (!document.querySelector('[data-testid="payload-pane"]')?.textContent?.includes('"blob"')) await new Promise((r) => setTimeout(r, 5))
      return performance.now() - start
    }, start)
    await page.waitForTimeout(500)
    await page.keyboard.press('End')
    await page.keyboard.press('Backspace')
    await page.waitForTimeout(1500)
  })
  const t = Date.now()
  await page.getByTestId('nav-learn').click({ timeout: 10_000 })
  await page.getByTestId('nav-decoder').click({ timeout: 10_000 })
  return { decodedMs, tokenBytes: token.length, clickMs: Date.now() - t, tasks }
}

/**
 * The renderer main thread's tasks over 50 ms, longest first, each split into the browser rendering
 * (style, layout, paint), the app's own scripts (the built assets), and the rest: the browser's own
 * editing of the text, and the bench's calls that drive it.
 */
function longTasks(events) {
  const main = events.find((event) => event.ph === 'M' && event.name === 'thread_name' && event.args?.name === 'CrRendererMain')
  const onMain = events.filter((event) => event.ph === 'X' && event.pid === main?.pid && event.tid === main?.tid && event.dur)
  const ms = (us) => us / 1000
  return onMain
    .filter((event) => event.name === 'RunTask' && event.dur > 50_000)
    .map((task) => {
      const inside = onMain.filter((event) => event !== task && event.ts >= task.ts && event.ts + event.dur <= task.ts + task.dur)
      // Only outermost events count, so nested ones are not added twice.
      const outermost = (event, all) => !all.some((other) => other !== event && other.ts <= event.ts && other.ts + other.dur >= event.ts + event.dur && other.dur > event.dur)
      const rendering = inside.filter((event) => RENDERING.has(event.name))
      const appScripts = inside.filter((event) => event.name === 'FunctionCall' && /\/assets\//.test(event.args?.data?.url ?? ''))
      const sum = (list) => ms(list.filter((event) => outermost(event, list)).reduce((total, event) => total + event.dur, 0))
      return { duration: ms(task.dur), rendering: sum(rendering), appScripts: sum(appScripts) }
    })
    .sort((a, b) => b.duration - a.duration)
}
