import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { ELISION_MARK, ElidedField } from './elided-field'

// Small numbers, so each case can be read whole: texts over 20 characters show their first 5 and last 4.
const options = { limit: 20, head: 5, tail: 4 }
const LONG = 'abcdefghijklmnopqrstuvwxyz0123456789'
const SHOWN = `abcde${ELISION_MARK}6789`

/** A field that already shows LONG shortened. */
function fieldWithLong() {
  const field = new ElidedField(options)
  field.show(LONG)
  return field
}

/** The field's text after replacing [start, end) with `text`, as the browser would. */
const typed = (fieldText: string, start: number, end: number, text: string) => fieldText.slice(0, start) + text + fieldText.slice(end)

describe('ElidedField', () => {
  it('shows a text up to the limit whole', () => {
    const field = new ElidedField(options)
    expect(field.show('a.b.c')).toBe('a.b.c')
    expect(field.hiddenLength).toBe(0)
    expect(field.edited('a.b.cd')).toEqual({ text: 'a.b.cd', shown: 'a.b.cd' })
  })

  it('shows a longer text as its start, the mark and its end', () => {
    const field = fieldWithLong()
    expect(field.markAt).toBe(5)
    expect(field.hiddenLength).toBe(LONG.length - 9)
    expect(field.wholeSlice(0, SHOWN.length)).toBe(LONG)
  })

  it('never splits an emoji at either cut', () => {
    const text = `abcd😀${'x'.repeat(30)}😀abc`
    const field = new ElidedField(options)
    expect(field.show(text)).toBe(`abcd${ELISION_MARK}😀abc`)
    expect(field.wholeSlice(0, 20)).toBe(text)
  })

  it('turns typing at either end into the same edit of the whole text', () => {
    const field = fieldWithLong()
    expect(field.edited(typed(SHOWN, 10, 10, '!')).text).toBe(`${LONG}!`)
    expect(field.edited(`!${SHOWN}!`).text).toBe(`!${LONG}!`)
    // Backspace at the end, then in the start: the mark moves with the text before it.
    expect(field.edited(`!${SHOWN}`).text).toBe(`!${LONG}`)
    expect(field.edited(`!abe${ELISION_MARK}6789`).text).toBe(`!abe${LONG.slice(5)}`)
  })

  it('reads typing right before or right after the mark as the user placed it', () => {
    expect(fieldWithLong().edited(typed(SHOWN, 5, 5, '!')).text).toBe(`abcde!${LONG.slice(5)}`)
    expect(fieldWithLong().edited(typed(SHOWN, 6, 6, '!')).text).toBe(`${LONG.slice(0, 32)}!6789`)
  })

  it('deletes the hidden middle with the mark, and Ctrl+Z brings it back', () => {
    const field = fieldWithLong()
    expect(field.edited('abcde6789')).toEqual({ text: 'abcde6789', shown: 'abcde6789' })
    expect(field.hiddenLength).toBe(0)
    // Undo gives the field its shortened text back: the field remembers what it stood for.
    expect(field.edited(SHOWN).text).toBe(LONG)
    expect(field.hiddenLength).toBe(LONG.length - 9)
  })

  it('brings the middle back on undo after typing made the field longer than it was shown', () => {
    const field = fieldWithLong()
    const typedTwice = `${SHOWN}!?`
    field.edited(`${SHOWN}!`)
    field.edited(typedTwice)
    expect(field.edited(typedTwice.replace(ELISION_MARK, '')).text).toBe(`abcde6789!?`)
    expect(field.edited(typedTwice).text).toBe(`${LONG}!?`)
  })

  it('takes a paste that would make the text too long as a replacement of the whole field', () => {
    const field = new ElidedField(options)
    field.show('a.b.c')
    expect(field.insertion(5, 5, 'de')).toBeNull()
    const shown = field.insertion(0, 5, LONG)
    expect(shown).toBe(SHOWN)
    // The browser is then given that text; the field knows what it means. Undo brings the old text back.
    expect(field.edited(shown!)).toEqual({ text: LONG, shown: SHOWN })
    expect(field.edited('a.b.c')).toEqual({ text: 'a.b.c', shown: 'a.b.c' })
    // And redo the long one again.
    expect(field.edited(SHOWN).text).toBe(LONG)
  })

  it('expects a pasted CRLF to arrive as LF, as a textarea stores it', () => {
    const field = new ElidedField(options)
    const shown = field.insertion(0, 0, `ab\r\ncd\r${LONG}`)!
    expect(shown).toBe(`ab\ncd${ELISION_MARK}6789`)
    expect(field.edited(shown).text).toBe(`ab\ncd\n${LONG}`)
    expect(field.hiddenLength).toBe(LONG.length + 6 - 9)
  })

  it('lets typing into a shortened text through as it comes', () => {
    const field = fieldWithLong()
    expect(field.insertion(10, 10, 'A')).toBeNull()
    expect(field.insertion(0, 10, 'a'.repeat(20))).toBeNull()
  })

  it('pastes into a shortened text at the place the user chose', () => {
    const field = fieldWithLong()
    // Into the start: the whole text keeps its hidden middle.
    const shown = field.insertion(1, 1, '0123456789AB')!
    expect(field.edited(shown).text).toBe(`a0123456789AB${LONG.slice(1)}`)
    // Over a selection that holds the mark: what the mark stood for is replaced too.
    const field2 = fieldWithLong()
    expect(field2.insertion(2, 8, 'XY')).toBeNull()
    expect(field2.edited(typed(SHOWN, 2, 8, 'XY')).text).toBe(`abXY${LONG.slice(-2)}`)
  })

  it('shortens a text a script set whole into the field', () => {
    const field = new ElidedField(options)
    field.show('a.b.c')
    expect(field.edited(LONG)).toEqual({ text: LONG, shown: SHOWN })
    expect(field.hiddenLength).toBe(LONG.length - 9)
  })

  it('maps field offsets and copies to the whole text', () => {
    const field = fieldWithLong()
    expect(field.wholeOffset(5)).toBe(5)
    expect(field.wholeOffset(6)).toBe(LONG.length - 4)
    expect(field.wholeOffset(SHOWN.length)).toBe(LONG.length)
    expect(field.wholeSlice(0, 3)).toBe('abc')
    expect(field.wholeSlice(4, 7)).toBe(LONG.slice(4, -3))
  })

  it('keeps the whole text in step with any run of edits that spares the mark, and undo restores each', () => {
    const edit = fc.record({ at: fc.nat(), remove: fc.nat({ max: 3 }), text: fc.string({ maxLength: 3 }) })
    fc.assert(
      fc.property(fc.array(edit, { maxLength: 12 }), (edits) => {
        const field = fieldWithLong()
        let shown = SHOWN
        let whole = LONG
        let mark = 5
        const history: [string, string][] = [[shown, whole]]
        for (const { at, remove, text } of edits) {
          if (text.includes(ELISION_MARK)) continue
          // An edit entirely before or entirely after the mark.
          const before = at % 2 === 0
          const start = before ? at % (mark + 1) : mark + 1 + (at % (shown.length - mark))
          const end = Math.min(start + remove, before ? mark : shown.length)
          if (start > end) continue
          const wholeStart = field.wholeOffset(start)
          whole = typed(whole, wholeStart, field.wholeOffset(end), text)
          shown = typed(shown, start, end, text)
          if (before) mark += text.length - (end - start)
          // Keep to edits the field takes as typed: the whole text stays over the limit.
          if (whole.length <= options.limit) return
          expect(field.edited(shown).text).toBe(whole)
          history.push([shown, whole])
        }
        for (const [fieldText, text] of history.reverse()) expect(field.edited(fieldText).text).toBe(text)
      }),
    )
  })
})
