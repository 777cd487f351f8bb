/**
 * An append-only log that stores runs of near-identical entries (the same API call every N
 * seconds) as one record, so two days of one call per second is a few thousand records, not
 * 172,800. Entries are made on demand; it does not know what the entries mean.
 */

/** `count` entries: the first as given, entry i at `first.at + i * step` with index `first.index + i`. */
export interface Run<T> {
  readonly first: T
  readonly step: number
  readonly count: number
}

export interface RunLog<T> {
  readonly runs: readonly Run<T>[]
  /** offsets[r] = number of entries before run r. */
  readonly offsets: readonly number[]
  readonly length: number
}

/** A read-only, lazily made view of the first `length` entries; does not copy the log. */
export interface LogView<T> {
  readonly length: number
  /** Like Array.prototype.at: negative indexes count from the end. */
  at(index: number): T | undefined
  /** Like Array.prototype.slice (negative indexes count from the end); makes only the rows asked for. */
  slice(start?: number, end?: number): T[]
}

/** Makes entry `i` of a run; must be pure. */
export type Expand<T> = (run: Run<T>, i: number) => T

interface Timed {
  readonly at: number
  readonly index: number
}

/** Collects runs in time order; does not sort or merge them. */
export class RunLogBuilder<T extends Timed> {
  private readonly runs: Run<T>[] = []
  private readonly offsets: number[] = []
  private total = 0

  get length(): number {
    return this.total
  }

  get runCount(): number {
    return this.runs.length
  }

  push(item: T): void {
    this.pushRun(item, 1, 1)
  }

  pushRun(first: T, step: number, count: number): void {
    if (count < 1) return
    this.runs.push({ first, step, count })
    this.offsets.push(this.total)
    this.total += count
  }

  build(): RunLog<T> {
    return { runs: [...this.runs], offsets: [...this.offsets], length: this.total }
  }
}

/** Index of the last run with `key(run) <= value`, or -1; runs must be sorted by key. */
function lastRunAtOrBefore<T>(log: RunLog<T>, value: number, key: (run: Run<T>, r: number) => number): number {
  let lo = 0
  let hi = log.runs.length - 1
  let found = -1
  while (lo <= hi) {
    const mid = (lo + hi) >> 1
    if (key(log.runs[mid] as Run<T>, mid) <= value) {
      found = mid
      lo = mid + 1
    } else hi = mid - 1
  }
  return found
}

/** Number of entries with `at <= t`. */
export function countUntil<T extends Timed>(log: RunLog<T>, t: number): number {
  const r = lastRunAtOrBefore(log, t, (run) => run.first.at)
  if (r < 0) return 0
  const run = log.runs[r] as Run<T>
  const inRun = Math.min(run.count, Math.floor((t - run.first.at) / run.step) + 1)
  return (log.offsets[r] as number) + inRun
}

/** Entry `index` (0-based), or undefined when out of range. */
export function entryAt<T>(log: RunLog<T>, index: number, expand: Expand<T>): T | undefined {
  if (!Number.isInteger(index) || index < 0 || index >= log.length) return undefined
  const r = lastRunAtOrBefore(log, index, (_run, i) => log.offsets[i] as number)
  const run = log.runs[r] as Run<T>
  return expand(run, index - (log.offsets[r] as number))
}

/** A view of the first `length` entries of `log`. */
export function logView<T>(log: RunLog<T>, length: number, expand: Expand<T>): LogView<T> {
  const clamp = (value: number) => Math.max(0, Math.min(length, value < 0 ? length + value : value))
  return {
    length,
    at: (index) => {
      const i = index < 0 ? length + index : index
      return i >= 0 && i < length ? entryAt(log, i, expand) : undefined
    },
    slice: (start = 0, end = length) => {
      const rows: T[] = []
      for (let i = clamp(start); i < clamp(end); i++) rows.push(entryAt(log, i, expand) as T)
      return rows
    },
  }
}
