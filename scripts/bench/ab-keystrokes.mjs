// Two builds, one measure: keystroke → verdict in a 64 KB token, pages alternating between the builds (see
// ab.mjs). Each page is 40 keystrokes, as in `npm run bench`.
// Usage: node scripts/bench/ab-keystrokes.mjs <dist A> <dist B> [pages per build, default 5] [--paste]
import { median, percentile } from './browser.mjs'
import { buildArgs, compareBuilds } from './ab.mjs'
import { measureInNewPage, tokenPair } from './keystroke.mjs'

const paste = process.argv.includes('--paste')
const [dirA, dirB, pagesArg] = buildArgs('node scripts/bench/ab-keystrokes.mjs <dist A> <dist B> [pages] [--paste]')
const pair = await tokenPair(65536)
const builds = await compareBuilds([dirA, dirB], Number(pagesArg ?? 5), async (browser, url) => (await measureInNewPage(browser, url, pair, { paste })).verdict, 4282)
for (const { dir, results } of builds) {
  const pageP95s = results.map((verdicts) => percentile(verdicts, 0.95).toFixed(1))
  console.log(`${dir}: verdict median ${median(results.flat()).toFixed(1)} ms, p95 ${percentile(results.flat(), 0.95).toFixed(1)} ms (each page: ${pageP95s.join(', ')})`)
}
