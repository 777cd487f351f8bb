// The one place that says which Chromium the tests and the bench launch, and how: Debian's where there is
// one (Playwright cannot download its own browsers everywhere), else Playwright's own; quiet for a closed
// network. Used by playwright.config.ts and scripts/bench.
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

/** PW_CHROMIUM_PATH, else /usr/bin/chromium when it exists, else undefined (Playwright's own browser). */
export const executablePath = process.env.PW_CHROMIUM_PATH || (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined)
