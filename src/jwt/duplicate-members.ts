import { closingQuote } from './json-text'

/**
 * Finds member names that appear twice in one JSON object: `{"alg":"HS256","alg":"none"}`. JSON.parse keeps
 * the last, other parsers the first, so two verifiers can read two different tokens (RFC 7515 §4, RFC 7519
 * §4). One pass over the text; it does not validate: call it on JSON that already parsed.
 */
export function findDuplicateMembers(text: string): string[] {
  const duplicates: string[] = []
  // One entry per open object or array: the names seen so far (null for an array) and the path to it.
  const stack: { names: Set<string> | null; path: string }[] = []
  // The last member name read, waiting for its value (it becomes the path of a nested object).
  let pendingName: string | null = null
  // Jumps from one quote or bracket to the next: numbers, commas and spaces are never looked at one by one.
  const structural = /["{}[\]]/g
  for (let match = structural.exec(text); match !== null; match = structural.exec(text)) {
    const i = match.index
    const char = match[0]
    if (char === '"') {
      const end = closingQuote(text, i)
      const top = stack.at(-1)
      // A string directly inside an object and followed by ":" is a member name.
      if (top?.names && nextSignificant(text, end + 1) === ':') {
        const raw = text.slice(i + 1, end)
        // Escapes spell the same name two ways ("a" and "\u0061"): compare what they decode to.
        const name = raw.includes('\\') ? (JSON.parse(`"${raw}"`) as string) : raw
        if (top.names.has(name)) duplicates.push(join(top.path, name))
        else top.names.add(name)
        pendingName = name
      }
      structural.lastIndex = end + 1
    } else if (char === '{' || char === '[') {
      const parent = stack.at(-1)
      const path = parent === undefined ? '' : parent.names ? join(parent.path, pendingName ?? '') : `${parent.path}[]`
      stack.push({ names: char === '{' ? new Set() : null, path })
    } else if (char === '}' || char === ']') {
      stack.pop()
    }
  }
  return duplicates
}

function join(path: string, name: string): string {
  return path === '' ? name : `${path}.${name}`
}

const SPACE = /[ \t\n\r]*/y

function nextSignificant(text: string, from: number): string | undefined {
  SPACE.lastIndex = from
  SPACE.test(text)
  return text[SPACE.lastIndex]
}
