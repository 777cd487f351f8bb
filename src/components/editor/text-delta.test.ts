import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { textDelta, type TextDelta } from './text-delta'

const apply = (old: string, delta: TextDelta | null) => (delta ? old.slice(0, delta.start) + delta.text + old.slice(delta.end) : old)

describe('textDelta', () => {
  it('is null for equal texts', () => {
    expect(textDelta('{"a": 1}', '{"a": 1}')).toBeNull()
  })

  it('replaces only the changed middle', () => {
    expect(textDelta('{\n  "jti": "bench-1"\n}', '{\n  "jti": "bench-2"\n}')).toEqual({ start: 18, end: 19, text: '2' })
  })

  it('describes insertions and deletions at either end', () => {
    expect(textDelta('abc', 'abcd')).toEqual({ start: 3, end: 3, text: 'd' })
    expect(textDelta('abc', 'xabc')).toEqual({ start: 0, end: 0, text: 'x' })
    expect(textDelta('abc', 'ac')).toEqual({ start: 1, end: 2, text: '' })
    expect(textDelta('', 'new')).toEqual({ start: 0, end: 0, text: 'new' })
    expect(textDelta('old', '')).toEqual({ start: 0, end: 3, text: '' })
  })

  it('does not let the common start and end overlap in repeated text', () => {
    const delta = textDelta('aaaa', 'aaaaa')
    expect(apply('aaaa', delta)).toBe('aaaaa')
    expect(delta!.end - delta!.start).toBeLessThanOrEqual(0)
  })

  it('never cuts an emoji in half', () => {
    // 😀 (D83D DE00) and 😁 (D83D DE01) share their high surrogate.
    const delta = textDelta('"😀"', '"😁"')!
    expect(delta).toEqual({ start: 1, end: 3, text: '😁' })
    // A common end that starts with a low surrogate: 𝟘 (D835 DFD8) and 𝟘 after a different high half.
    const tail = textDelta('\ud835\udfd8', '\ud834\udfd8')!
    expect(tail).toEqual({ start: 0, end: 2, text: '\ud834\udfd8' })
  })

  it('always turns the old text into the new one', () => {
    // Few distinct pieces, so the two texts often share long starts and ends; emoji and lone halves among them.
    const text = fc.string({ unit: fc.constantFrom('a', 'b', '\n', '😀', '😁', '\ud83d', '\ude00') })
    fc.assert(
      fc.property(text, text, (old, next) => {
        expect(apply(old, textDelta(old, next))).toBe(next)
      }),
      { numRuns: 2000 },
    )
  })
})
