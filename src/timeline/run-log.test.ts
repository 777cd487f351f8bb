import { describe, expect, it } from 'vitest'
import { RunLogBuilder, countUntil, entryAt, logView, type Expand } from './run-log'

interface Row {
  readonly index: number
  readonly at: number
  readonly label: string
}
const expand: Expand<Row> = (run, i) => ({ ...run.first, index: run.first.index + i, at: run.first.at + i * run.step })

/** a@0, b@10..50 every 10 (5 rows), c@50, d@100 */
function sample() {
  const builder = new RunLogBuilder<Row>()
  builder.push({ index: 0, at: 0, label: 'a' })
  builder.pushRun({ index: 1, at: 10, label: 'b' }, 10, 5)
  builder.push({ index: 6, at: 50, label: 'c' })
  builder.push({ index: 7, at: 100, label: 'd' })
  return builder.build()
}

describe('RunLog', () => {
  it('counts every stored row, runs expanded', () => {
    expect(sample().length).toBe(8)
    expect(sample().runs).toHaveLength(4)
  })

  it.each([
    [-1, 0],
    [0, 1],
    [9, 1],
    [10, 2],
    [29, 3],
    [49, 5],
    [50, 7],
    [99, 7],
    [100, 8],
    [Infinity, 8],
  ])('countUntil(t=%s) = %s rows with at <= t', (t, expected) => {
    expect(countUntil(sample(), t)).toBe(expected)
  })

  it('makes any row on demand with its own index and time', () => {
    const log = sample()
    const rows = Array.from({ length: 8 }, (_, i) => entryAt(log, i, expand))
    expect(rows.map((r) => `${r?.label}${r?.index}@${r?.at}`)).toEqual(['a0@0', 'b1@10', 'b2@20', 'b3@30', 'b4@40', 'b5@50', 'c6@50', 'd7@100'])
    expect(entryAt(log, 8, expand)).toBeUndefined()
    expect(entryAt(log, -1, expand)).toBeUndefined()
  })

  it('views a prefix and slices it like an array, negative indexes from the end', () => {
    const view = logView(sample(), 5, expand)
    expect(view.length).toBe(5)
    expect(view.slice(-2).map((r) => r.at)).toEqual([30, 40])
    expect(view.slice(3, 100).map((r) => r.index)).toEqual([3, 4])
    expect(view.at(5)).toBeUndefined()
    expect(view.at(4)?.label).toBe('b')
    expect(view.at(-1)?.index).toBe(4)
    expect(view.at(-6)).toBeUndefined()
  })

  it('ignores empty runs', () => {
    const builder = new RunLogBuilder<Row>()
    builder.pushRun({ index: 0, at: 0, label: 'x' }, 1, 0)
    expect(builder.build().length).toBe(0)
  })
})
