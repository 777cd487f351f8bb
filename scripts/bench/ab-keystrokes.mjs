// Two builds, one measure: keystroke → verdict in a 64 KB token, pages alternating between the builds (see
// ab.mjs). Each page is 40 keystrokes, as in `npm run bench`.
// Usage: node scripts/bench/ab-keystrokes.mjs <dist A> <dist B> [pages per build, default 5] [--paste]
import { median, percentile } from './browser.mjs'
import { buildArgs, compareBuilds } from './ab.mjs'
import { fromArrival, measureInNewPage, tokenPair } from './keystroke.mjs'

const paste = process.argv.includes('--paste')
const [dirA, dirB, pagesArg] = buildArgs('node scripts/bench/ab-keystrokes.mjs <dist A> <dist B> [pages] [--paste]')
const pair = await tokenPair(65536)
const builds = await compareBuilds([dirA, dirB], Number(pagesArg ?? 5), (browser, url) => measureInNewPage(browser, url, pair, { paste }), 4282)
const report = (dir, verdicts, counted) => {
  const all = verdicts.flat()
  const pageP95s = verdicts.map((page) => percentile(page, 0.95).toFixed(1))
  console.log(`${dir}: verdict ${counted}: median ${median(all).toFixed(1)} ms, p95 ${percentile(all, 0.95).toFixed(1)} ms (each page: ${pageP95s.join(', ')})`)
}
for (const { dir, results } of builds) {
  report(dir, results.map((page) => page.verdict), paste ? 'from Ctrl+V' : 'from the keystroke')
  // A paste waits for the browser's clipboard read before the page sees it: the page's own share apart.
  if (paste) report(dir, results.map((page) => fromArrival(page).verdict), 'from the paste reaching the page')
}
