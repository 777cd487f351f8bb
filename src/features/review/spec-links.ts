/**
 * Splits a finding's source ("RFC 8725 §2.1, §3.2; RFC 7518 §3.6") into pieces with links to each RFC
 * section on rfc-editor.org. Text it does not recognise stays plain text; it never invents a section.
 */

export type SpecPiece = { text: string; href?: string }

// A section number: 4.1.11, 12, or an appendix A.5 (a full stop after it ends the sentence, not the number).
const SECTION = String.raw`(?:\d+|[A-Z])(?:\.\d+)*`
const RFC_GROUP = new RegExp(String.raw`RFC (\d{3,5})((?:,?\s*§${SECTION})*)`, 'g')
const SECTION_REF = new RegExp(`§(${SECTION})`, 'g')

export function specPieces(source: string): SpecPiece[] {
  const pieces: SpecPiece[] = []
  let last = 0
  for (const match of source.matchAll(RFC_GROUP)) {
    const [whole, number, sections = ''] = match
    const start = match.index
    if (start > last) pieces.push({ text: source.slice(last, start) })
    const base = `https://www.rfc-editor.org/rfc/rfc${number}`
    if (sections === '') {
      pieces.push({ text: whole, href: base })
    } else {
      let end = 0
      for (const ref of sections.matchAll(SECTION_REF)) {
        const section = ref[1] ?? ''
        const separator = sections.slice(end, ref.index)
        const href = `${base}#${/^[A-Z]/.test(section) ? 'appendix' : 'section'}-${section}`
        if (end === 0) pieces.push({ text: `RFC ${number}${separator}${ref[0]}`, href })
        else pieces.push({ text: separator }, { text: ref[0], href })
        end = ref.index + ref[0].length
      }
    }
    last = start + whole.length
  }
  if (last < source.length) pieces.push({ text: source.slice(last) })
  return pieces
}
