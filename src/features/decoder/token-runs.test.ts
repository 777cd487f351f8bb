import { describe, expect, it } from 'vitest'
import { normalizeInput } from '@/jwt/normalize'
import { colourRuns, elidedColourRuns, segmentAt } from './token-runs'

const runsOf = (raw: string) => colourRuns(raw, normalizeInput(raw))

describe('colourRuns', () => {
  it('colours header, payload and signature, and leaves the dots and what was stripped uncoloured', () => {
    expect(runsOf('Bearer aaa.bbb.ccc\n')).toEqual([
      { text: 'Bearer ', segment: null },
      { text: 'aaa', segment: 0 },
      { text: '.', segment: null },
      { text: 'bbb', segment: 1 },
      { text: '.', segment: null },
      { text: 'ccc', segment: 2 },
      { text: '\n', segment: null },
    ])
  })

  it('leaves whitespace inside the token and a fourth part uncoloured', () => {
    expect(runsOf('aa\n a.b.c.d')).toEqual([
      { text: 'aa', segment: 0 },
      { text: '\n ', segment: null },
      { text: 'a', segment: 0 },
      { text: '.', segment: null },
      { text: 'b', segment: 1 },
      { text: '.', segment: null },
      { text: 'c', segment: 2 },
      { text: '.d', segment: null },
    ])
  })

  it('colours a stretch from inside the token by the dots before it', () => {
    const raw = 'hhh.ppppp.sss'
    expect(colourRuns(raw, normalizeInput(raw), 6)).toEqual([
      { text: 'ppp', segment: 1 },
      { text: '.', segment: null },
      { text: 'sss', segment: 2 },
    ])
    expect(colourRuns(raw, normalizeInput(raw), 0, 5)).toEqual([
      { text: 'hhh', segment: 0 },
      { text: '.', segment: null },
      { text: 'p', segment: 1 },
    ])
  })
})

describe('elidedColourRuns', () => {
  it('shows the start and the end in their colours around the mark', () => {
    const raw = `"hhh.${'p'.repeat(50)}.sss"`
    expect(elidedColourRuns(raw, normalizeInput(raw), 6, 48, '…')).toEqual([
      { text: '"', segment: null },
      { text: 'hhh', segment: 0 },
      { text: '.', segment: null },
      { text: 'p', segment: 1 },
      { text: '…', segment: null, mark: true },
      { text: 'p', segment: 1 },
      { text: '.', segment: null },
      { text: 'sss', segment: 2 },
      { text: '"', segment: null },
    ])
  })
})

describe('segmentAt', () => {
  it('names the segment at an offset, and none outside the token', () => {
    const raw = ' aa.bb.cc '
    const normalized = normalizeInput(raw)
    expect([0, 1, 3, 4, 6, 7, 9, 10].map((offset) => segmentAt(raw, normalized, offset))).toEqual([null, 0, 0, 1, 1, 2, 2, null])
  })
})
