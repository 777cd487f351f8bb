// Shared by the A/B scripts: two builds served side by side, measured in turns so that a change of load on
// the host hits both alike.
import { resolve } from 'node:path'
import { serveDist } from '../serve-dist.mjs'
import { launchChromium } from './browser.mjs'

const BASE = '/jwt-playground/'

/**
 * Calls `measure(browser, url, round)` for build A and build B in each of `rounds` rounds (A first in even
 * rounds, B first in odd ones, so neither always gets the warmer moment); returns each build's results.
 * `launch` gives the browser (Playwright's by default; anything with a close()).
 */
export async function compareBuilds([dirA, dirB], rounds, measure, firstPort = 4280, launch = launchChromium) {
  const builds = [dirA, dirB].map((dir, index) => ({ dir, url: `http://127.0.0.1:${firstPort + index}${BASE}`, results: [] }))
  const servers = await Promise.all(builds.map(({ dir }, index) => serveDist({ port: firstPort + index, base: BASE, root: resolve(dir) })))
  const browser = await launch()
  try {
    for (let round = 0; round < rounds; round++) {
      for (const build of round % 2 ? [...builds].reverse() : builds) build.results.push(await measure(browser, build.url, round))
    }
  } finally {
    await browser.close()
    servers.forEach((server) => server.close())
  }
  return builds
}

/** The two build folders from the command line, or a usage message and exit code 2. */
export function buildArgs(usage) {
  const dirs = process.argv.slice(2).filter((arg) => !arg.startsWith('--'))
  if (dirs.length < 2) {
    console.error(`usage: ${usage}`)
    process.exit(2)
  }
  return dirs
}
