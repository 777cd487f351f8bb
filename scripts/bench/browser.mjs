// Shared by the benchmark scripts: Debian's Chromium where there is one, launched quiet for a closed network.
import { chromium } from '@playwright/test'
import { existsSync } from 'node:fs'

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
]

export const executablePath = process.env.PW_CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined)

export function launchChromium(extraArgs = []) {
  return chromium.launch({ executablePath: executablePath || undefined, args: [...CHROMIUM_ARGS, ...extraArgs] })
}

export const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]
export const percentile = (values, q) => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]
}
