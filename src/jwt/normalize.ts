/**
 * Pulls a compact token out of what people really paste: whitespace and line breaks, surrounding quotes,
 * a `Bearer ` prefix, a whole `Authorization:` header line. It does not check that the result is a JWT.
 */

export type StrippedPart = 'whitespace' | 'quotes' | 'bearer' | 'authorization-header' | 'inner-whitespace'

export interface NormalizedInput {
  /** The token with everything around and inside it that is not the token removed. */
  token: string
  /** Where the token starts and ends in the raw text (inner whitespace may sit between them). */
  start: number
  end: number
  stripped: StrippedPart[]
}

const AUTHORIZATION = /^authorization\s*:\s*/i
const BEARER = /^bearer\s+/i
const QUOTES = ['"', "'", '`'] as const

export function normalizeInput(raw: string): NormalizedInput {
  const stripped: StrippedPart[] = []
  let start = 0
  let end = raw.length
  const view = () => raw.slice(start, end)
  const skipSpace = () => {
    const text = view()
    const lead = text.length - text.trimStart().length
    const trail = text.length - text.trimEnd().length
    if (lead + trail > 0 && !stripped.includes('whitespace')) stripped.push('whitespace')
    start += lead
    end -= trail
  }
  const skipPrefix = (pattern: RegExp, part: StrippedPart) => {
    const match = pattern.exec(view())
    if (!match) return
    start += match[0].length
    stripped.push(part)
    skipSpace()
  }
  const skipQuotes = () => {
    const text = view()
    const quote = QUOTES.find((q) => text.length >= 2 && text.startsWith(q) && text.endsWith(q))
    if (!quote) return
    start += 1
    end -= 1
    stripped.push('quotes')
    skipSpace()
  }

  skipSpace()
  skipQuotes()
  skipPrefix(AUTHORIZATION, 'authorization-header')
  skipQuotes()
  skipPrefix(BEARER, 'bearer')
  skipQuotes()

  const inner = view()
  const token = inner.replace(/\s+/g, '')
  if (token.length !== inner.length) stripped.push('inner-whitespace')
  return { token, start, end, stripped }
}

const STRIPPED_LABELS: Record<StrippedPart, string> = {
  whitespace: 'surrounding whitespace',
  quotes: 'quotes',
  bearer: 'the "Bearer " prefix',
  'authorization-header': 'the "Authorization:" header name',
  'inner-whitespace': 'line breaks and spaces inside the token',
}

/** A sentence such as "Ignored the "Bearer " prefix and quotes." or null when nothing was stripped. */
export function describeStripped(stripped: readonly StrippedPart[]): string | null {
  if (stripped.length === 0) return null
  const labels = stripped.map((part) => STRIPPED_LABELS[part])
  const list = labels.length === 1 ? labels[0] : `${labels.slice(0, -1).join(', ')} and ${labels.at(-1)}`
  return `Ignored ${list}.`
}
