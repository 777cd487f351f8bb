// The editors arriving: Monaco loads at the first sign of a person (src/components/editor/editor-intent.ts),
// so whatever it blocks, it blocks just as they start to type or paste. One load: the page shows its sample
// token, sits idle, then the pointer moves; the main-thread tasks over 50 ms from then until both panes'
// editors are up and the page has settled.
import { median } from './browser.mjs'

/** Runs in the page from its first script on: keeps every long task's start and duration. */
function recordLongTasks() {
  window.__longTasks = []
  new PerformanceObserver((list) => list.getEntries().forEach((entry) => window.__longTasks.push([entry.startTime, entry.duration]))).observe({
    type: 'longtask',
    buffered: true,
  })
}

/** One load in a fresh context: the longest task, the time blocked (each task's part over 50 ms), and when both editors were up. */
export async function editorBringUp(browser, url) {
  const context = await browser.newContext()
  try {
    const page = await context.newPage()
    await page.addInitScript(recordLongTasks)
    await page.goto(url)
    await page.getByTestId('header-pane').waitFor()
    await page.waitForTimeout(800)
    const movedAt = await page.evaluate(() => performance.now())
    await page.mouse.move(200, 200)
    for (const pane of ['header-pane', 'payload-pane']) await page.locator(`[data-testid="${pane}"] .monaco-editor`).waitFor({ timeout: 30_000 })
    const readyAt = await page.evaluate(() => performance.now())
    // What follows the editors' creation: the JSON language's first work, Monaco's first paint.
    await page.waitForTimeout(1500)
    const tasks = (await page.evaluate(() => window.__longTasks)).filter(([start]) => start >= movedAt).map(([, duration]) => duration)
    return { longestMs: Math.max(0, ...tasks), blockedMs: tasks.reduce((sum, duration) => sum + duration - 50, 0), readyMs: readyAt - movedAt }
  } finally {
    await context.close()
  }
}

export async function measureEditorBringUp(browser, url, runs = 5) {
  const loads = []
  for (let run = 0; run < runs; run++) loads.push(await editorBringUp(browser, url))
  return {
    longestMs: median(loads.map((load) => load.longestMs)),
    blockedMs: median(loads.map((load) => load.blockedMs)),
    readyMs: median(loads.map((load) => load.readyMs)),
    allLongestMs: loads.map((load) => Math.round(load.longestMs)),
  }
}
