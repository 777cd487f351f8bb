// npm run bench: builds the app and prints what a first visit costs, measured in headless Chromium on a
// local static server. Figures are printed, never asserted: budgets live in the issues, not in npm test.
import { chromium } from '@playwright/test'
import { execFileSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { SignJWT } from 'jose'
import { serveDist } from './serve-dist.mjs'

const RUNS = 7
const PORT = 4190
const BASE = '/jwt-playground/'
const executablePath = process.env.PW_CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined)
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic']

if (!process.argv.includes('--no-build')) execFileSync('./node_modules/.bin/vite', ['build'], { stdio: 'ignore' })
const server = await serveDist({ port: PORT, base: BASE })
const browser = await chromium.launch({ executablePath: executablePath || undefined, args: ARGS })
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]
const gzip = (path) => gzipSync(readFileSync(join('dist', path))).length

/** A token whose header carries a kid seen nowhere else, so "decoded" means this token's text is on screen. */
async function uniqueToken(run) {
  const kid = `bench-${run}-${Math.random().toString(36).slice(2)}`
  const token = await new SignJWT({ sub: '1234567890', name: 'Bench', iat: 1767225600, exp: 4102444800 })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT', kid })
    .sign(new TextEncoder().encode('bench-secret-bench-secret-bench-secret'))
  return { token, kid }
}

async function coldLoad(run) {
  const { token, kid } = await uniqueToken(run)
  const context = await browser.newContext()
  const page = await context.newPage()
  const scripts = []
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push({ url: new URL(request.url()).pathname, at: Date.now() })
  })
  await page.addInitScript((kid) => {
    // Time from navigation start until the header pane shows this token's kid.
    new MutationObserver((_, observer) => {
      const pane = document.querySelector('[data-testid="header-pane"]')
      if (pane?.textContent?.includes(kid)) {
        window.__decodedAt = performance.now()
        observer.disconnect()
      }
    }).observe(document, { subtree: true, childList: true, characterData: true })
  }, kid)
  await page.goto(`http://127.0.0.1:${PORT}${BASE}#token=${token}`)
  await page.waitForFunction(() => window.__decodedAt !== undefined)
  const decodedAt = await page.evaluate(() => window.__decodedAt)
  const navStart = await page.evaluate(() => performance.timeOrigin)
  const before = scripts.filter((script) => script.at - navStart <= decodedAt).map((script) => script.url.slice(BASE.length))
  await context.close()
  return { decodedAt, before }
}

try {
  const loads = []
  for (let run = 0; run < RUNS; run++) loads.push(await coldLoad(run))
  const firstScripts = [...new Set(loads.flatMap((load) => load.before))]
  const firstBytes = firstScripts.reduce((sum, path) => sum + gzip(path), 0)
  const rows = [
    ['JS before the decoded panes (gzip)', `${(firstBytes / 1024).toFixed(1)} KB`, `${firstScripts.join(', ')}`],
    ['Navigation to decoded panes, median of 7 cold loads', `${median(loads.map((l) => l.decodedAt)).toFixed(0)} ms`, `all: ${loads.map((l) => l.decodedAt.toFixed(0)).join(', ')} ms`],
  ]
  console.table(rows.map(([measure, value, detail]) => ({ measure, value, detail })))
} finally {
  await browser.close()
  server.close()
}
