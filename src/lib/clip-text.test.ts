import { describe, expect, it } from 'vitest'
import { clipText, textWindow } from './clip-text'

describe('clipText', () => {
  it('keeps text at or under the limit whole', () => {
    expect(clipText('abcd', 4)).toEqual({ shown: 'abcd', rest: 0 })
    expect(clipText('', 4)).toEqual({ shown: '', rest: 0 })
  })

  it('keeps the start of longer text and counts what it left off', () => {
    expect(clipText('abcdefgh', 3)).toEqual({ shown: 'abc', rest: 5 })
  })
})

describe('textWindow', () => {
  it('is the whole text when it fits', () => {
    expect(textWindow(10, [3], 100)).toEqual({ from: 0, to: 10 })
  })

  it('puts the first offset that matters in the middle of the window', () => {
    expect(textWindow(1_000_000, [500_001, 500_000], 4096)).toEqual({ from: 497_952, to: 502_048 })
  })

  it('stays inside the text near either end', () => {
    expect(textWindow(1_000_000, [10], 4096)).toEqual({ from: 0, to: 4096 })
    expect(textWindow(1_000_000, [999_999], 4096)).toEqual({ from: 995_904, to: 1_000_000 })
    expect(textWindow(1_000_000, [], 4096)).toEqual({ from: 0, to: 4096 })
  })
})
