import { defineConfig } from 'vitest/config'
import react from '@vitejs/plugin-react'
import tailwindcss from '@tailwindcss/vite'
import { fileURLToPath } from 'node:url'
import { cspPlugin } from './build/csp-plugin.ts'
import { offlinePlugin } from './build/offline-plugin.ts'
import { eagerCjsPlugin } from './build/eager-cjs-plugin.ts'

export default defineConfig({
  // Relative asset URLs: one dist/ works at / and under any GitHub Pages sub-path.
  base: './',
  plugins: [react(), tailwindcss(), cspPlugin(), offlinePlugin(), eagerCjsPlugin()],
  // No modulepreload polyfill: its feature test ran before the first render (the page's first createElement,
  // seen in CPU profiles of a cold load). A browser without modulepreload (Firefox before 115, Safari before
  // 17) still loads every chunk, only without fetching a lazy chunk's imports ahead of it.
  build: { modulePreload: { polyfill: false } },
  resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
  // Fixed ports so Playwright and the bench script know where to look.
  server: { port: 5173, host: '127.0.0.1' },
  preview: { port: 4173, host: '127.0.0.1', strictPort: true },
  test: {
    // jose's HMAC keys fail under jsdom (Uint8Array realm mismatch): domain code is tested in node.
    environment: 'node',
    include: ['src/**/*.test.ts', 'build/**/*.test.ts'],
    // CI sums this report with Playwright's into one "N passed, N failed" line.
    reporters: process.env.CI ? ['default', ['json', { outputFile: 'test-results/unit.json' }]] : ['default'],
  },
})
