// Lighthouse (the npm package) against the built app, in the same Chromium, through its debugging port.
import lighthouse from 'lighthouse'
import desktopConfig from 'lighthouse/core/config/desktop-config.js'
import { launchChromium } from './browser.mjs'

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo']
const PORT = 9333

/** Scores 0–100 per category, for the desktop and the default mobile settings; failed audits listed. */
export async function measureLighthouse(url) {
  const browser = await launchChromium([`--remote-debugging-port=${PORT}`, '--headless=new'])
  try {
    const results = {}
    for (const [preset, config] of [['desktop', desktopConfig], ['mobile', undefined]]) {
      const runner = await lighthouse(url, { port: PORT, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES }, config)
      const { categories, audits } = runner.lhr
      results[preset] = {
        scores: Object.fromEntries(CATEGORIES.map((name) => [name, Math.round((categories[name]?.score ?? 0) * 100)])),
        failed: Object.values(audits)
          .filter((audit) => audit.score !== null && audit.score < 0.9 && audit.scoreDisplayMode !== 'informative' && audit.scoreDisplayMode !== 'notApplicable')
          .map((audit) => audit.id),
      }
    }
    return results
  } finally {
    await browser.close()
  }
}
