/**
 * JSON as text: parse with a located error, and re-indent or compact WITHOUT re-serialising values,
 * so big numbers, key order and escapes stay exactly as the token carries them.
 */

export type JsonParseResult =
  | { ok: true; value: unknown }
  | { ok: false; message: string; position: number; line: number; column: number }

/** Parses JSON; on failure says what was expected and where (0-based offset, 1-based line/column). */
export function parseJson(text: string): JsonParseResult {
  try {
    return { ok: true, value: JSON.parse(text) }
  } catch {
    const { position, expected } = locateJsonError(text)
    const { line, column } = lineAndColumn(text, position)
    const found = position >= text.length ? 'the end of the text' : JSON.stringify(text[position])
    return { ok: false, message: `expected ${expected} but found ${found} at line ${line}, column ${column}`, position, line, column }
  }
}

function lineAndColumn(text: string, position: number) {
  const before = text.slice(0, position)
  const line = before.split('\n').length
  return { line, column: position - before.lastIndexOf('\n') }
}

/** A small recursive-descent scanner used only after JSON.parse failed, to find the first bad offset. */
function locateJsonError(text: string): { position: number; expected: string } {
  let i = 0
  class Stop {
    expected: string
    constructor(expected: string) {
      this.expected = expected
    }
  }
  const space = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i] as string)) i++
  }
  const literal = (word: string) => {
    for (const char of word) {
      if (text[i] !== char) throw new Stop(`"${word}"`)
      i++
    }
  }
  const string = () => {
    if (text[i] !== '"') throw new Stop('a string')
    i++
    while (i < text.length && text[i] !== '"') {
      const char = text.charCodeAt(i)
      if (char < 0x20) throw new Stop('a closing quote (control characters must be escaped)')
      if (text[i] === '\\') {
        i++
        if (text[i] === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 1, i + 5))) throw new Stop('four hex digits after \\u')
          i += 4
        } else if (!'"\\/bfnrt'.includes(text[i] ?? 'x')) throw new Stop('a valid escape')
      }
      i++
    }
    if (i >= text.length) throw new Stop('a closing quote')
    i++
  }
  const number = () => {
    const match = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i))
    if (!match) throw new Stop('a value')
    i += match[0].length
  }
  const value = (): void => {
    space()
    const char = text[i]
    if (char === '{') return object()
    if (char === '[') return array()
    if (char === '"') return string()
    if (char === 't') return literal('true')
    if (char === 'f') return literal('false')
    if (char === 'n') return literal('null')
    return number()
  }
  const object = () => {
    i++
    space()
    if (text[i] === '}') return void i++
    for (;;) {
      space()
      if (text[i] !== '"') throw new Stop('a property name in double quotes')
      string()
      space()
      if (text[i] !== ':') throw new Stop("':' after the property name")
      i++
      value()
      space()
      if (text[i] === ',') i++
      else if (text[i] === '}') return void i++
      else throw new Stop("',' or '}'")
    }
  }
  const array = () => {
    i++
    space()
    if (text[i] === ']') return void i++
    for (;;) {
      value()
      space()
      if (text[i] === ',') i++
      else if (text[i] === ']') return void i++
      else throw new Stop("',' or ']'")
    }
  }
  try {
    value()
    space()
    if (i < text.length) throw new Stop('the end of the JSON')
    return { position: i, expected: 'valid JSON' }
  } catch (stop) {
    if (stop instanceof Stop) return { position: i, expected: stop.expected }
    // Only a stack overflow from absurd nesting lands here; JSON.parse would have failed on it too.
    return { position: i, expected: 'less deeply nested JSON' }
  }
}

/**
 * Past this depth JSON is treated as hostile: not indented (10,000 nested arrays would become ~200 MB of
 * spaces) and not handed to tools that recurse on it (Monaco's JSON worker overflows its stack).
 */
export const MAX_SANE_DEPTH = 64

/**
 * Re-indents valid JSON text by 2 spaces; does not validate (call after parseJson succeeded).
 * Absurdly deep JSON is returned compact instead. A caller that already knows the depth passes it.
 */
export function formatJson(text: string, depth = jsonDepth(text)): string {
  return rewriteJson(text, depth <= MAX_SANE_DEPTH)
}

/** The deepest nesting of objects and arrays in JSON text, without parsing it (strings are skipped). */
export function jsonDepth(text: string): number {
  let depth = 0
  let max = 0
  for (let i = 0; i < text.length; i++) {
    const char = text[i]
    if (char === '"') i = closingQuote(text, i)
    else if (char === '{' || char === '[') max = Math.max(max, ++depth)
    else if (char === '}' || char === ']') depth--
  }
  return max
}

// A JSON string, unrolled so the regex engine never backtracks: a 740 KB string claim is skipped in
// well under a millisecond, where a loop over its characters took 20 ms.
const STRING = /"[^"\\]*(?:\\[^][^"\\]*)*"/y

/** The index of the quote that closes the string opening at `start`; the text's end when it never closes. */
export function closingQuote(text: string, start: number): number {
  STRING.lastIndex = start
  return STRING.test(text) ? STRING.lastIndex - 1 : text.length
}

/** Removes insignificant whitespace from valid JSON text, keeping every value's spelling. */
export function compactJson(text: string): string {
  return rewriteJson(text, false)
}

function rewriteJson(text: string, pretty: boolean): string {
  const out: string[] = []
  let depth = 0
  const newline = () => (pretty ? '\n' + '  '.repeat(depth) : '')
  for (let i = 0; i < text.length; i++) {
    const char = text[i] as string
    if (char === '"') {
      const j = closingQuote(text, i)
      out.push(text.slice(i, j + 1))
      i = j
    } else if (char === '{' || char === '[') {
      const close = char === '{' ? '}' : ']'
      let k = i + 1
      while (k < text.length && ' \t\n\r'.includes(text[k] as string)) k++
      if (text[k] === close) {
        out.push(char + close)
        i = k
      } else {
        depth++
        out.push(char + newline())
      }
    } else if (char === '}' || char === ']') {
      depth--
      out.push(newline() + char)
    } else if (char === ',') out.push(',' + newline())
    else if (char === ':') out.push(pretty ? ': ' : ':')
    else if (!' \t\n\r'.includes(char)) out.push(char)
  }
  return out.join('')
}

/** A top-level member of JSON object text: where its name's quote opens, and where its value starts and ends. */
export interface MemberSpan {
  name: string
  start: number
  valueStart: number
  valueEnd: number
}

/**
 * The top-level members of JSON object text, in order, duplicate names included, in one linear pass.
 * Does not validate: call it on text JSON.parse accepted as an object.
 */
export function objectMembers(text: string): MemberSpan[] {
  const members: MemberSpan[] = []
  let i = skipSpace(text, 0)
  if (text[i] !== '{') return members
  i = skipSpace(text, i + 1)
  while (i < text.length && text[i] === '"') {
    const start = i
    const nameEnd = closingQuote(text, i) + 1
    const nameText = text.slice(i, nameEnd)
    // Only an escaped name needs decoding ("\u0061lg" is "alg", as JSON.parse sees it).
    const name = nameText.includes('\\') ? (JSON.parse(nameText) as string) : nameText.slice(1, -1)
    const valueStart = skipSpace(text, skipSpace(text, nameEnd) + 1) // past ':'
    const valueEnd = skipValue(text, valueStart)
    members.push({ name, start, valueStart, valueEnd })
    i = skipSpace(text, valueEnd)
    if (text[i] === ',') i = skipSpace(text, i + 1)
  }
  return members
}

/**
 * Each top-level member's value as JSON object text spells it (12345678901234567890, 1.10), by name; of
 * duplicate names the last, the one JSON.parse keeps. Does not validate: call it on text JSON.parse accepted.
 */
export function memberValueTexts(objectText: string): Map<string, string> {
  const texts = new Map<string, string>()
  for (const member of objectMembers(objectText)) texts.set(member.name, objectText.slice(member.valueStart, member.valueEnd))
  return texts
}

/**
 * Sets the top-level member `name` of JSON object text to `valueText` (JSON text, written as given) by
 * editing the text, so every other member keeps its exact spelling (a 64-bit id, 1.10, an escape) where
 * JSON.stringify(JSON.parse(text)) would change it. With duplicate names the last one, the one JSON.parse
 * keeps, gets the value and the earlier ones go, so exactly one remains. A new member goes last.
 * Does not validate: call it on text JSON.parse accepted as an object.
 */
export function setMember(objectText: string, name: string, valueText: string): string {
  const members = objectMembers(objectText)
  const last = members.findLast((member) => member.name === name)
  if (!last) {
    const close = objectText.lastIndexOf('}')
    const after = members.at(-1)
    const member = `${JSON.stringify(name)}:${valueText}`
    if (!after) return `${objectText.slice(0, close)}${member}${objectText.slice(close)}`
    return `${objectText.slice(0, after.valueEnd)},${member}${objectText.slice(after.valueEnd)}`
  }
  const out: string[] = []
  let from = 0
  members.forEach((member, index) => {
    if (member.name !== name || member === last) return
    // An earlier duplicate always has a member after it (at least the last one): cut up to that one's start.
    out.push(objectText.slice(from, member.start))
    from = (members[index + 1] as MemberSpan).start
  })
  out.push(objectText.slice(from, last.valueStart), valueText, objectText.slice(last.valueEnd))
  return out.join('')
}

function skipSpace(text: string, i: number): number {
  while (i < text.length && ' \t\n\r'.includes(text[i] as string)) i++
  return i
}

/** Just past the JSON value starting at `i`: strings jump to their closing quote, containers to their bracket. */
function skipValue(text: string, i: number): number {
  const first = text[i]
  if (first === '"') return closingQuote(text, i) + 1
  if (first === '{' || first === '[') {
    let depth = 0
    for (; i < text.length; i++) {
      const char = text[i]
      if (char === '"') i = closingQuote(text, i)
      else if (char === '{' || char === '[') depth++
      else if ((char === '}' || char === ']') && --depth === 0) return i + 1
    }
    return i
  }
  while (i < text.length && !',}] \t\n\r'.includes(text[i] as string)) i++
  return i
}
