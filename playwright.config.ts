import { defineConfig, devices } from '@playwright/test'
import { existsSync } from 'node:fs'

// A system Chromium where there is one (Playwright cannot download its own browsers everywhere),
// else Playwright's own (after `npx playwright install chromium`).
const systemChromium = process.env.PW_CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined)

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
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: systemChromium || undefined,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-dev-shm-usage',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
  webServer: {
    command: `./node_modules/.bin/vite preview --base ${BASE_PATH} --port ${PORT} --strictPort`,
    url: `http://127.0.0.1:${PORT}${BASE_PATH}`,
    reuseExistingServer: !process.env.CI,
  },
})
