import { defineConfig, devices } from '@playwright/test'
// A system Chromium where there is one, else Playwright's own (after `npx playwright install chromium`).
import { CHROMIUM_ARGS, executablePath } from './scripts/chromium.mjs'

// The build is served under a GitHub Pages-like sub-path, so every test also proves sub-path hosting.
export const BASE_PATH = '/jwt-playground/'
// PW_PORT moves the preview server when 4173 is taken (another checkout running its tests).
const PORT = Number(process.env.PW_PORT ?? 4173)

export default defineConfig({
  testDir: './e2e',
  // Not test-results/ itself: Playwright empties its output folder, which also holds Vitest's report.
  outputDir: 'test-results/e2e-artifacts',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: 2,
  reporter: process.env.CI ? [['list'], ['json', { outputFile: 'test-results/e2e.json' }]] : 'list',
  use: {
    baseURL: `http://127.0.0.1:${PORT}${BASE_PATH}`,
    // Recording a trace for every test costs ~30% of the suite's time (a11y: 2.4 → 1.7 min); CI must stay
    // well under 15 minutes on 2 cores, so it records none. Locally a failing test keeps its trace.
    trace: process.env.CI ? 'off' : 'retain-on-failure',
    // The service worker precaches the whole build (Monaco included) in every test's fresh context, a cost
    // paid 275 times on 2 cores; the specs about it (offline, privacy) allow it back with test.use.
    serviceWorkers: 'block',
    // Tests run short-lived pages: V8's optimising tiers compile code that is thrown away with the context.
    // Skipping them cut the e2e suite's CPU-bound time by about a tenth; what the code does is unchanged.
    launchOptions: { executablePath, args: [...CHROMIUM_ARGS, '--js-flags=--no-opt --max-lazy'] },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
  webServer: {
    // A plain static host (scripts/serve-dist.mjs, as the bench uses): vite preview gzipped every response
    // afresh, megabytes of Monaco per test.
    command: `node scripts/serve-dist.mjs ${PORT} ${BASE_PATH}`,
    url: `http://127.0.0.1:${PORT}${BASE_PATH}`,
    reuseExistingServer: !process.env.CI,
  },
})
