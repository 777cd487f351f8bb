/**
 * The timing benchmark for simulate(): two days of one API call per second with simplejwt's
 * defaults (172,800 calls). Takes the clock as a parameter (pass `() => performance.now()`), so
 * the timeline code itself never reads one; asserts nothing.
 */
import { DEFAULT_POLICY, DEFAULT_SETTINGS, type ClientPolicy } from './policy'
import { simulate, type SimulateOptions } from './simulate'

export const BENCH_POLICY: ClientPolicy = { ...DEFAULT_POLICY, callEverySeconds: 1 }
export const BENCH_OPTIONS: SimulateOptions = { start: 1_700_000_000, horizon: 2 * 86400, seed: 1 }

export interface BenchResult {
  /** Milliseconds per run, in run order. */
  readonly runs: readonly number[]
  readonly medianMs: number
  /** Size of the schedule: exchanges in the log and the runs that store them. */
  readonly exchanges: number
  readonly storedRuns: number
}

/** Times `repeats` simulations with the given clock (milliseconds); does not warm up beyond one untimed run. */
export function benchSimulate(clock: () => number, repeats = 5): BenchResult {
  simulate(DEFAULT_SETTINGS, BENCH_POLICY, BENCH_OPTIONS)
  const runs: number[] = []
  let exchanges = 0
  let storedRuns = 0
  for (let i = 0; i < repeats; i++) {
    const before = clock()
    const result = simulate(DEFAULT_SETTINGS, BENCH_POLICY, BENCH_OPTIONS)
    runs.push(clock() - before)
    if (result.ok) {
      exchanges = result.schedule.exchanges.length
      storedRuns = result.schedule.exchanges.runs.length
    }
  }
  const sorted = [...runs].sort((a, b) => a - b)
  return { runs, medianMs: sorted[Math.floor(sorted.length / 2)] ?? Number.NaN, exchanges, storedRuns }
}
