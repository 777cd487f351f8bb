import { describe, expect, it } from 'vitest'
import { findDuplicateMembers } from './duplicate-members'

describe('findDuplicateMembers', () => {
  it.each([
    ['{"alg":"HS256","alg":"none"}', ['alg']],
    ['{"alg":"HS256","typ":"JWT"}', []],
    // The same name spelled with an escape is the same name once decoded.
    ['{"alg":"HS256","\\u0061lg":"none"}', ['alg']],
    ['{"a":{"b":1,"b":2},"c":[{"d":1,"d":2}]}', ['a.b', 'c[].d']],
    // The same name in two different objects is fine, and so is a value that spells a name.
    ['{"a":{"x":1},"b":{"x":"a"},"x":"x"}', []],
    ['{ "sub" : "1" ,\r\n "sub" : "2" }', ['sub']],
    ['{"s":"\\"sub\\":","sub":1}', []],
  ])('%s -> %j', (text, expected) => expect(findDuplicateMembers(text)).toEqual(expected))

  it('scans a 1 MB payload of 40,000 names in one pass (a quadratic scan takes minutes)', () => {
    const big = `{${Array.from({ length: 40_000 }, (_, i) => `"claim${i}":"${'x'.repeat(20)}"`).join(',')},"claim7":0}`
    const started = performance.now()
    expect(findDuplicateMembers(big)).toEqual(['claim7'])
    expect(performance.now() - started).toBeLessThan(2000)
  })
})
