/**
 * Characters a browser draws as nothing, or that reorder the text around them: bidi controls (a claim
 * "\u202Eevil" reads "live"), zero-width characters, C0/C1 controls, the BOM, and lone surrogates. Shown
 * as their code point wherever a person must read a value exactly. Tab, line feed and carriage return are
 * not in the list: they show as space.
 */
const INVISIBLE =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u00AD\u061C\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g

const NAMES: Record<number, string> = {
  0x00ad: 'soft hyphen',
  0x061c: 'Arabic letter mark',
  0x200b: 'zero width space',
  0x200c: 'zero width non-joiner',
  0x200d: 'zero width joiner',
  0x200e: 'left-to-right mark',
  0x200f: 'right-to-left mark',
  0x202a: 'left-to-right embedding',
  0x202b: 'right-to-left embedding',
  0x202c: 'pop directional formatting',
  0x202d: 'left-to-right override',
  0x202e: 'right-to-left override',
  0x2060: 'word joiner',
  0x2066: 'left-to-right isolate',
  0x2067: 'right-to-left isolate',
  0x2068: 'first strong isolate',
  0x2069: 'pop directional isolate',
  0xfeff: 'zero width no-break space (BOM)',
}

export interface InvisibleChar {
  /** "U+202E" */
  label: string
  /** "right-to-left override", or what kind of character it is. */
  name: string
}

export function describeInvisible(char: string): InvisibleChar {
  const code = char.charCodeAt(0)
  const label = `U+${code.toString(16).toUpperCase().padStart(4, '0')}`
  if (code >= 0xd800 && code <= 0xdfff) return { label, name: 'lone surrogate: half of a character whose other half is missing' }
  return { label, name: NAMES[code] ?? 'control character' }
}

/** The text cut into visible runs and the invisible characters between them, in order. */
export function splitInvisible(text: string): Array<string | InvisibleChar> {
  const parts: Array<string | InvisibleChar> = []
  let from = 0
  for (const match of text.matchAll(INVISIBLE)) {
    if (match.index > from) parts.push(text.slice(from, match.index))
    parts.push(describeInvisible(match[0]))
    from = match.index + match[0].length
  }
  if (from < text.length) parts.push(text.slice(from))
  return parts
}

/** True when the character is one splitInvisible would name. */
export function isInvisible(char: string): boolean {
  INVISIBLE.lastIndex = 0
  return INVISIBLE.test(char)
}
