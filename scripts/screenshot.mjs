// Takes a screenshot of the built app for the README and for looking at changes:
//   npm run build && node scripts/screenshot.mjs [out.png] [theme: light|dark] [fragment]
import { spawn } from 'node:child_process'
import { launchChromium } from './bench/browser.mjs'

const [out = '.github/screenshot.png', theme = 'light', fragment = ''] = process.argv.slice(2)
const server = spawn('./node_modules/.bin/vite', ['preview', '--port', '4180', '--strictPort'], { stdio: 'ignore' })
try {
  await new Promise((resolve) => setTimeout(resolve, 1500))
  const browser = await launchChromium()
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, colorScheme: theme })
  await page.goto(`http://127.0.0.1:4180/${fragment}`)
  await page.waitForTimeout(2500)
  await page.screenshot({ path: out, fullPage: true })
  await browser.close()
  console.log(`wrote ${out}`)
} finally {
  server.kill()
}
