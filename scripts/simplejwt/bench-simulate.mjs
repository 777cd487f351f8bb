// Times src/timeline's simulate() for two days at one call per second (simplejwt defaults).
// Run: node scripts/simplejwt/bench-simulate.mjs [repeats]. Prints figures, asserts nothing.
// Vite (a direct dependency) compiles src/timeline/bench.ts to plain JS first: Node 20 cannot run .ts.
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { build } from 'vite'

const repeats = Number(process.argv[2] ?? 50)
const outDir = await mkdtemp(join(tmpdir(), 'timeline-bench-'))
try {
  await build({
    configFile: false,
    logLevel: 'silent',
    build: { outDir, minify: false, lib: { entry: 'src/timeline/bench.ts', formats: ['es'], fileName: 'bench' } },
  })
  const { benchSimulate } = await import(pathToFileURL(join(outDir, 'bench.js')).href)
  const cpuMs = () => {
    const used = process.cpuUsage()
    return (used.user + used.system) / 1000
  }
  for (const [name, clock] of [['wall', () => performance.now()], ['cpu', cpuMs]]) {
    const result = benchSimulate(clock, repeats)
    const sorted = [...result.runs].sort((a, b) => a - b)
    const pick = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))].toFixed(2)
    console.log(`${name}: min ${pick(0)} ms, median ${pick(0.5)} ms, p90 ${pick(0.9)} ms (${repeats} runs; ${result.exchanges} exchanges in ${result.storedRuns} stored runs)`)
  }
} finally {
  await rm(outDir, { recursive: true, force: true })
}
