// Cold loads of a token opened from #token=: JS fetched before the decoded panes show, and the time to them.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { SignJWT } from 'jose'
import { median } from './browser.mjs'
import { launchOverPipe, newBarePage } from './pipe-cdp.mjs'

const gzipSize = (root, path) => gzipSync(readFileSync(join(root, path))).length

/** A token whose header carries a kid seen nowhere else, so "decoded" means this token's text is on screen. */
async function uniqueToken(run) {
  const kid = `bench-${run}-${Math.random().toString(36).slice(2)}`
  const token = await new SignJWT({ sub: '1234567890', name: 'Bench', iat: 1767225600, exp: 4102444800 })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT', kid })
    .sign(new TextEncoder().encode('bench-secret-bench-secret-bench-secret'))
  return { token, kid }
}

/** Runs in the page from its first script on: notes when the page started and when the header pane first shows `kid`. */
function watchDecoded(kid) {
  window.__pageStartedAt = performance.now()
  new MutationObserver((_, observer) => {
    const pane = document.querySelector('[data-testid="header-pane"]')
    if (pane?.textContent?.includes(kid)) {
      window.__decodedAt = performance.now()
      observer.disconnect()
    }
  }).observe(document, { subtree: true, childList: true, characterData: true })
}

/**
 * Runs in the page once the panes show: the steps of the load, in ms from navigation start. Up to the entry
 * script's arrival the time is the browser's (its request, committing the page, queueing the script's
 * request); from there to the panes it is the app's (parse, run, render).
 */
function loadPhases() {
  const [navigation] = performance.getEntriesByType('navigation')
  const [script] = performance.getEntriesByName(document.querySelector('script[type="module"][src]').src)
  return {
    htmlArrived: navigation.responseEnd,
    pageStarted: window.__pageStartedAt,
    scriptAsked: script.fetchStart,
    scriptSent: script.requestStart,
    scriptArrived: script.responseEnd,
    panes: window.__decodedAt,
  }
}

/** Several cold loads as one row: the median, every load, and each step's median over their `loadPhases()`. */
function summariseLoads(loads) {
  const steps = Object.keys(loads[0].phases)
  return {
    medianMs: median(loads.map((load) => load.decodedAt)),
    allMs: loads.map((load) => Math.round(load.decodedAt)),
    phases: Object.fromEntries(steps.map((step) => [step, median(loads.map((load) => load.phases[step]))])),
  }
}

/** One cold load in a fresh context: when the decoded panes showed, and the scripts fetched before. */
export async function coldLoad(browser, url, run) {
  const { token, kid } = await uniqueToken(run)
  const context = await browser.newContext()
  const page = await context.newPage()
  const scripts = []
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push({ path: new URL(request.url()).pathname, at: Date.now() })
  })
  await page.addInitScript(watchDecoded, kid)
  await page.goto(`${url}#token=${token}`)
  await page.waitForFunction(() => window.__decodedAt !== undefined)
  const phases = await page.evaluate(loadPhases)
  const origin = await page.evaluate(() => performance.timeOrigin)
  await context.close()
  return { decodedAt: phases.panes, phases, scripts: scripts.filter((script) => script.at - origin <= phases.panes).map((script) => script.path) }
}

/**
 * The same cold load in a page no debugger watches (see pipe-cdp.mjs): Runtime is never enabled, the
 * token is opened by navigating, and the time is read once the page has it.
 */
export async function coldLoadBare(pipe, url, run) {
  const { token, kid } = await uniqueToken(run)
  const page = await newBarePage(pipe)
  try {
    await page.call('Page.enable')
    await page.call('Page.addScriptToEvaluateOnNewDocument', { source: `(${watchDecoded})(${JSON.stringify(kid)})` })
    await page.call('Page.navigate', { url: `${url}#token=${token}` })
    for (let waited = 0; waited < 10_000; waited += 20) {
      if ((await page.evaluate('window.__decodedAt')) !== undefined) {
        const phases = await page.evaluate(`(${loadPhases})()`)
        return { decodedAt: phases.panes, phases }
      }
      await new Promise((resolve) => setTimeout(resolve, 20))
    }
    throw new Error('the decoded panes never showed the token')
  } finally {
    await page.close()
  }
}

export async function measureFirstView(browser, url, base, runs = 7, root = 'dist') {
  const loads = []
  for (let run = 0; run < runs; run++) loads.push(await coldLoad(browser, url, run))
  const files = [...new Set(loads.flatMap((load) => load.scripts))].map((path) => path.slice(base.length))
  return {
    jsBytes: files.reduce((sum, file) => sum + gzipSize(root, file), 0),
    files,
    ...summariseLoads(loads),
  }
}

/** `runs` bare cold loads (coldLoadBare) in a Chromium of their own. */
export async function measureFirstViewBare(url, runs = 7) {
  const pipe = await launchOverPipe()
  try {
    const loads = []
    for (let run = 0; run < runs; run++) loads.push(await coldLoadBare(pipe, url, run))
    return summariseLoads(loads)
  } finally {
    await pipe.close()
  }
}
