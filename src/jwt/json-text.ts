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
