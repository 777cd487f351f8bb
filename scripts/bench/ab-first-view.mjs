// Two builds, one measure: navigation → decoded panes, cold loads alternating between the builds (see ab.mjs).
// For a change too small for `npm run bench`'s 7 loads to show.
// Usage: node scripts/bench/ab-first-view.mjs <dist A> <dist B> [rounds, default 40] [--bare]
// --bare: in a Chromium no debugger is attached to (see pipe-cdp.mjs), as a person's browser loads it.
// (Build B with `npx vite build --outDir /tmp/b`; A can be dist/ of the commit before.)
import { median } from './browser.mjs'
import { buildArgs, compareBuilds } from './ab.mjs'
import { coldLoad, coldLoadBare } from './first-view.mjs'
import { launchOverPipe } from './pipe-cdp.mjs'

const [dirA, dirB, roundsArg] = buildArgs('node scripts/bench/ab-first-view.mjs <dist A> <dist B> [rounds] [--bare]')
const rounds = Number(roundsArg ?? 40)
const builds = process.argv.includes('--bare')
  ? await compareBuilds([dirA, dirB], rounds, async (pipe, url, round) => (await coldLoadBare(pipe, url, round)).decodedAt, 4280, launchOverPipe)
  : await compareBuilds([dirA, dirB], rounds, async (browser, url, round) => (await coldLoad(browser, url, round)).decodedAt)
const mean = (values) => values.reduce((sum, value) => sum + value, 0) / values.length
const [a, b] = builds
const differences = b.results.map((time, round) => time - a.results[round])
for (const { dir, results } of builds) console.log(`${dir}: median ${median(results).toFixed(0)} ms, mean ${mean(results).toFixed(0)} ms over ${rounds} loads`)
console.log(`B − A, same round: median ${median(differences).toFixed(1)} ms, mean ${mean(differences).toFixed(1)} ms`)
