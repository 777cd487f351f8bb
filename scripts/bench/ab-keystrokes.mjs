// Two builds, one measure: keystroke → verdict in a 64 KB token, pages alternating between the builds so
// that a change of load on the host hits both alike. Each page is 40 keystrokes, as in `npm run bench`.
// Usage: node scripts/bench/ab-keystrokes.mjs <dist A> <dist B> [pages per build, default 5] [--paste]
import { resolve } from 'node:path'
import { serveDist } from '../serve-dist.mjs'
import { launchChromium, median, percentile } from './browser.mjs'
import { measureKeystrokes, measurePastes, tokenPair } from './keystroke.mjs'

const BASE = '/jwt-playground/'
const paste = process.argv.includes('--paste')
const [dirA, dirB, pagesArg] = process.argv.slice(2).filter((arg) => !arg.startsWith('--'))
if (!dirA || !dirB) {
  console.error('usage: node scripts/bench/ab-keystrokes.mjs <dist A> <dist B> [pages] [--paste]')
  process.exit(2)
}
const pages = Number(pagesArg ?? 5)
const builds = [dirA, dirB].map((dir, index) => ({ dir, port: 4282 + index, verdicts: [], pageP95s: [] }))
const servers = await Promise.all(builds.map(({ dir, port }) => serveDist({ port, base: BASE, root: resolve(dir) })))
const browser = await launchChromium()
const pair = await tokenPair(65536)
try {
  for (let round = 0; round < pages; round++) {
    for (const build of round % 2 ? [...builds].reverse() : builds) {
      const context = await browser.newContext(paste ? { permissions: ['clipboard-read', 'clipboard-write'] } : {})
      const page = await context.newPage()
      const { verdict } = await (paste ? measurePastes : measureKeystrokes)(page, `http://127.0.0.1:${build.port}${BASE}`, pair)
      await context.close()
      build.verdicts.push(...verdict)
      build.pageP95s.push(percentile(verdict, 0.95))
    }
  }
} finally {
  await browser.close()
  servers.forEach((server) => server.close())
}
for (const build of builds) {
  const { dir, verdicts, pageP95s } = build
  console.log(`${dir}: verdict median ${median(verdicts).toFixed(1)} ms, p95 ${percentile(verdicts, 0.95).toFixed(1)} ms (each page: ${pageP95s.map((p) => p.toFixed(1)).join(', ')})`)
}
