import { textDelta } from './text-delta'
import { isLowSurrogate } from './utf16'

/** The one character that stands, in the field, for the middle of a text too long to lay out. */
export const ELISION_MARK = '…'

/** Where the mark is in the field's text, and the text it stands for. */
export interface Elision {
  at: number
  hidden: string
}

export interface ElidedFieldOptions {
  /** The longest text the field shows whole. */
  limit: number
  /** How many characters of a longer text's start, and of its end, the field shows. */
  head: number
  tail: number
}

/** How many texts shown shortened are remembered for undo and redo. */
const REMEMBERED = 32

/**
 * A text field that shows a text over `limit` characters as its start, one mark, and its end, and turns
 * each edit of what it shows back into an edit of the whole text.
 *
 * Chromium shapes every character of a textarea whenever it lays it out: 100 ms for a 1 MB token, in one
 * task, before any script can run. Shortened, the field lays out in a few milliseconds and stays a field:
 * typing at either end, pasting over it, Ctrl+Z and Ctrl+Shift+Z behave as usual. Deleting the mark deletes
 * the middle it stands for. The field remembers the texts it showed shortened, so one coming back through
 * undo or redo stands for its whole text again.
 */
export class ElidedField {
  private shown = ''
  private elision: Elision | null = null
  private readonly remembered = new Map<string, Elision>()
  private longestRemembered = 0
  private readonly options: ElidedFieldOptions

  constructor(options: ElidedFieldOptions) {
    this.options = options
  }

  /** How many characters the mark stands for (0 when the field shows its text whole). */
  get hiddenLength(): number {
    return this.elision?.hidden.length ?? 0
  }

  /** Where the mark is in the field's text (-1 when the field shows its text whole). */
  get markAt(): number {
    return this.elision?.at ?? -1
  }

  /** What the field should show for `text`, a whole text that came from elsewhere (a link, a pane edit). */
  show(text: string): string {
    if (text.length <= this.options.limit) this.set(text, null)
    else this.set(...this.shorten(text))
    return this.shown
  }

  /**
   * The field shows `fieldText` after an edit: the whole text that means, and what the field should show.
   * The two texts differ only when the edit left a field not yet shortened over the limit (a script setting
   * its value, or a keystroke at the limit): the field must then be given `shown`.
   */
  edited(fieldText: string): { text: string; shown: string } {
    // A text longer than any remembered is not looked up: hashing a 64 KB token would cost every keystroke.
    const remembered = fieldText.length <= this.longestRemembered ? this.remembered.get(fieldText) : undefined
    const elision = remembered ?? this.follow(fieldText)
    const text = expand(fieldText, elision)
    if (elision === null && fieldText.length > this.options.limit) return { text, shown: this.show(text) }
    this.set(fieldText, elision)
    return { text, shown: fieldText }
  }

  /**
   * `data` is about to replace the field's characters [start, end). Null when the field can take it as it
   * comes; otherwise the field's text would be over the limit, and this is what the field should show
   * instead (the field is then replaced whole; `edited` will know the text it is given).
   */
  insertion(start: number, end: number, data: string): string | null {
    // A textarea stores line breaks as LF: what the field will hold must be what is remembered.
    data = data.replace(/\r\n?/g, '\n')
    if (this.shown.length - (end - start) + data.length <= this.options.limit) return null
    const text = this.wholeSlice(0, start) + data + this.wholeSlice(end, this.shown.length)
    const [shown, elision] = this.shorten(text)
    this.remember(shown, elision)
    return shown
  }

  /** The offset in the whole text of an offset in the field. */
  wholeOffset(offset: number): number {
    const elision = this.elision
    return elision === null || offset <= elision.at ? offset : offset - 1 + elision.hidden.length
  }

  /** The whole text behind the field's characters [start, end): what copying them should copy. */
  wholeSlice(start: number, end: number): string {
    return expand(this.shown.slice(start, end), this.elision && within(this.elision, start, end))
  }

  /** Where the mark is after the field changed from what it showed to `fieldText` (null: the edit took it out). */
  private follow(fieldText: string): Elision | null {
    const elision = this.elision
    if (elision === null) return null
    const delta = textDelta(this.shown, fieldText)
    if (delta === null || elision.at < delta.start) return elision
    if (elision.at < delta.end) return null
    return { at: elision.at + delta.text.length - (delta.end - delta.start), hidden: elision.hidden }
  }

  private shorten(text: string): [string, Elision] {
    let head = this.options.head
    let tail = text.length - this.options.tail
    // Never split a surrogate pair: a lone half would be a different character.
    if (isLowSurrogate(text.charCodeAt(head))) head--
    if (isLowSurrogate(text.charCodeAt(tail))) tail--
    return [text.slice(0, head) + ELISION_MARK + text.slice(tail), { at: head, hidden: text.slice(head, tail) }]
  }

  private set(shown: string, elision: Elision | null) {
    this.shown = shown
    this.elision = elision
    if (elision) this.remember(shown, elision)
  }

  private remember(shown: string, elision: Elision) {
    this.remembered.delete(shown)
    this.remembered.set(shown, elision)
    this.longestRemembered = Math.max(this.longestRemembered, shown.length)
    if (this.remembered.size > REMEMBERED) this.remembered.delete(this.remembered.keys().next().value as string)
  }
}

/** The whole text behind `fieldText`, a field's text holding the mark where `elision` says. */
function expand(fieldText: string, elision: Elision | null): string {
  return elision === null ? fieldText : fieldText.slice(0, elision.at) + elision.hidden + fieldText.slice(elision.at + 1)
}

/** The elision as seen from a slice [start, end) of the field's text, or null when the mark is outside it. */
function within(elision: Elision, start: number, end: number): Elision | null {
  return elision.at >= start && elision.at < end ? { at: elision.at - start, hidden: elision.hidden } : null
}
