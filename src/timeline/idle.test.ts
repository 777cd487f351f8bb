import { describe, expect, it } from 'vitest'
import { idleSpans, nextIdleStart, skipIdle } from './idle'

describe('idle spans', () => {
  const spans = idleSpans(
    [
      { from: 50, to: 60 },
      { from: 10, to: 20 },
      { from: 15, to: 30 },
      { from: 30, to: 35 },
    ],
    1000,
  )

  it('become absolute, sorted and merged (overlapping and touching ones join)', () => {
    expect(spans).toEqual([
      { from: 1010, to: 1035 },
      { from: 1050, to: 1060 },
    ])
  })

  it.each([
    [1000, 1000],
    [1010, 1035],
    [1034, 1035],
    [1035, 1035],
    [1055, 1060],
  ])('a call due at %i happens at %i', (t, expected) => {
    expect(skipIdle(spans, t)).toBe(expected)
  })

  it.each([
    [1000, 1010],
    [1010, 1050],
    [1050, Infinity],
  ])('after %i the next idle span starts at %s', (t, expected) => {
    expect(nextIdleStart(spans, t)).toBe(expected)
  })
})
