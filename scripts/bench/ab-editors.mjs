// Two builds, one measure: the editors arriving after the first pointer move (see editors.mjs), loads
// alternating between the builds (see ab.mjs).
// Usage: node scripts/bench/ab-editors.mjs <dist A> <dist B> [rounds, default 10]
import { median } from './browser.mjs'
import { buildArgs, compareBuilds } from './ab.mjs'
import { editorBringUp } from './editors.mjs'

const [dirA, dirB, roundsArg] = buildArgs('node scripts/bench/ab-editors.mjs <dist A> <dist B> [rounds]')
const builds = await compareBuilds([dirA, dirB], Number(roundsArg ?? 10), editorBringUp, 4284)
for (const { dir, results } of builds) {
  const at = (key) => median(results.map((load) => load[key])).toFixed(0)
  console.log(`${dir}: longest task ${at('longestMs')} ms, blocked ${at('blockedMs')} ms, editors up after ${at('readyMs')} ms (medians of ${results.length})`)
}
