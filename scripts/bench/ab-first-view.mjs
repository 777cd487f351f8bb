// Two builds, one measure: navigation → decoded panes, cold loads alternating between the builds so that a
// change of load on the host hits both alike. For a change too small for `npm run bench`'s 7 loads to show.
// Usage: node scripts/bench/ab-first-view.mjs <dist A> <dist B> [rounds, default 40]
// (Build B with `npx vite build --outDir /tmp/b`; A can be dist/ of the commit before.)
import { resolve } from 'node:path'
import { serveDist } from '../serve-dist.mjs'
import { launchChromium, median } from './browser.mjs'
import { coldLoad } from './first-view.mjs'

const BASE = '/jwt-playground/'
const [dirA, dirB, roundsArg] = process.argv.slice(2)
if (!dirA || !dirB) {
  console.error('usage: node scripts/bench/ab-first-view.mjs <dist A> <dist B> [rounds]')
  process.exit(2)
}
const rounds = Number(roundsArg ?? 40)
const builds = [dirA, dirB].map((dir, index) => ({ dir, port: 4280 + index, times: [] }))
const servers = await Promise.all(builds.map(({ dir, port }) => serveDist({ port, base: BASE, root: resolve(dir) })))
const browser = await launchChromium()
try {
  for (let round = 0; round < rounds; round++) {
    // A first in even rounds, B first in odd ones: neither always gets the warmer (or colder) moment.
    for (const build of round % 2 ? [...builds].reverse() : builds) {
      build.times.push((await coldLoad(browser, `http://127.0.0.1:${build.port}${BASE}`, round)).decodedAt)
    }
  }
} finally {
  await browser.close()
  servers.forEach((server) => server.close())
}
const mean = (values) => values.reduce((sum, value) => sum + value, 0) / values.length
const [a, b] = builds
const differences = b.times.map((time, round) => time - a.times[round])
for (const build of builds) console.log(`${build.dir}: median ${median(build.times).toFixed(0)} ms, mean ${mean(build.times).toFixed(0)} ms over ${rounds} loads`)
console.log(`B − A, same round: median ${median(differences).toFixed(1)} ms, mean ${mean(differences).toFixed(1)} ms`)
