// Sums Vitest's and Playwright's JSON reports into the one line CI logs end with: "N passed, N failed".
// A report that is missing (its runner never ran) counts as a failure, so a broken step cannot look green.
import { existsSync, readFileSync } from 'node:fs'

const [unitPath, e2ePath] = process.argv.slice(2)
let passed = 0
let failed = 0
let missing = false

if (unitPath && existsSync(unitPath)) {
  const unit = JSON.parse(readFileSync(unitPath, 'utf8'))
  passed += unit.numPassedTests
  failed += unit.numFailedTests
} else missing = true

if (e2ePath && existsSync(e2ePath)) {
  const { stats } = JSON.parse(readFileSync(e2ePath, 'utf8'))
  passed += stats.expected + stats.flaky
  failed += stats.unexpected
} else missing = true

if (missing) console.error('A test report is missing: a runner did not finish.')
console.log(`${passed} passed, ${failed} failed`)
process.exit(missing || failed > 0 || passed === 0 ? 1 : 0)
