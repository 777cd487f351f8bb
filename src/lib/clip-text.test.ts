import { describe, expect, it } from 'vitest'
import { clipText } from './clip-text'

describe('clipText', () => {
  it('keeps text at or under the limit whole', () => {
    expect(clipText('abcd', 4)).toEqual({ shown: 'abcd', rest: 0 })
    expect(clipText('', 4)).toEqual({ shown: '', rest: 0 })
  })

  it('keeps the start of longer text and counts what it left off', () => {
    expect(clipText('abcdefgh', 3)).toEqual({ shown: 'abc', rest: 5 })
  })
})
