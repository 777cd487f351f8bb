import { describe, expect, it } from 'vitest'
import { describeInvisible, isInvisible, splitInvisible } from './invisible-chars'

describe('splitInvisible', () => {
  it('names the bidi override that makes "\\u202Eevil" read "live"', () => {
    expect(splitInvisible('\u202Eevil')).toEqual([{ label: 'U+202E', name: 'right-to-left override' }, 'evil'])
  })

  it('finds zero-width, control and BOM characters between visible runs', () => {
    expect(splitInvisible('ad\u200Bmin\u0000\uFEFF')).toEqual([
      'ad',
      { label: 'U+200B', name: 'zero width space' },
      'min',
      { label: 'U+0000', name: 'control character' },
      { label: 'U+FEFF', name: 'zero width no-break space (BOM)' },
    ])
  })

  it('names a lone surrogate but keeps a real pair (an emoji) as text', () => {
    expect(splitInvisible('a\uD83D\uDE00b')).toEqual(['a\uD83D\uDE00b'])
    expect(splitInvisible('a\uD83Db')).toEqual(['a', { label: 'U+D83D', name: expect.stringContaining('lone surrogate') }, 'b'])
    expect(splitInvisible('\uDE00')).toEqual([{ label: 'U+DE00', name: expect.stringContaining('lone surrogate') }])
  })

  it('leaves ordinary text, tabs and line breaks alone', () => {
    expect(splitInvisible('plain text\twith\nbreaks, café, 日本')).toEqual(['plain text\twith\nbreaks, café, 日本'])
    expect(splitInvisible('')).toEqual([])
  })
})

describe('isInvisible', () => {
  it('answers the same for repeated calls (no regex state carried over)', () => {
    expect(isInvisible('\u200B')).toBe(true)
    expect(isInvisible('\u200B')).toBe(true)
    expect(isInvisible('a')).toBe(false)
    expect(describeInvisible('\u202E').label).toBe('U+202E')
  })
})
