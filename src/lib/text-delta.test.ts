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

  it('finds the one change in long texts, wherever it falls against the chunks compared at once', () => {
    const shared = (length: number) => Array.from({ length }, (_, i) => String.fromCharCode(97 + ((i * 7) % 26))).join('')
    for (const at of [0, 1, 1023, 1024, 1025, 2048, 4999, 5000]) {
      const before = shared(at)
      const after = shared(5000 - at)
      expect(textDelta(`${before}X${after}`, `${before}YZ${after}`)).toEqual({ start: at, end: at + 1, text: 'YZ' })
    }
    // Repeated text around a chunk's length: the common start and end must still not overlap.
    for (const length of [1020, 1023, 1024, 1025, 2047, 2048, 2049, 3075]) {
      for (const other of [length - 3, length - 1, length, length + 1, length + 4]) {
        for (const [old, next] of [
          ['a'.repeat(length), 'a'.repeat(other)],
          [`X${'a'.repeat(length)}`, `Y${'a'.repeat(other)}`],
          [`${'a'.repeat(length)}X`, `${'a'.repeat(other)}Y`],
        ]) {
          const delta = textDelta(old!, next!)
          expect(apply(old!, delta)).toBe(next)
          expect(delta === null || delta.end >= delta.start).toBe(true)
        }
      }
    }
  })

  it('always turns a long text into one that shares its start and end', () => {
    const piece = fc.string({ unit: fc.constantFrom('a', 'b', '😀', '\ud83d'), maxLength: 8 })
    const long = fc.tuple(fc.string({ unit: fc.constantFrom('a', 'b', '😀'), maxLength: 40 }), fc.integer({ min: 0, max: 120 })).map(([text, times]) => text.repeat(times))
    fc.assert(
      fc.property(long, piece, piece, long, (start, oldMiddle, newMiddle, end) => {
        const old = start + oldMiddle + end
        const next = start + newMiddle + end
        expect(apply(old, textDelta(old, next))).toBe(next)
      }),
      { numRuns: 500 },
    )
  })
})
