import { describe, expect, it } from 'vitest'
import { describeStripped, normalizeInput } from './normalize'

const T = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2ln'

describe('normalizeInput', () => {
  it.each([
    ['a bare token', T, T, []],
    ['surrounding whitespace', `  \n${T}\n\t`, T, ['whitespace']],
    ['a Bearer prefix', `Bearer ${T}`, T, ['bearer']],
    ['a lower-case bearer prefix', `bearer   ${T}`, T, ['bearer']],
    ['double quotes', `"${T}"`, T, ['quotes']],
    ['single quotes and spaces', ` '${T}' `, T, ['whitespace', 'quotes']],
    ['a whole header line', `Authorization: Bearer ${T}`, T, ['authorization-header', 'bearer']],
    ['a quoted header value', `authorization:"Bearer ${T}"`, T, ['authorization-header', 'quotes', 'bearer']],
    ['a token broken over lines', `${T.slice(0, 10)}\n${T.slice(10)}`, T, ['inner-whitespace']],
  ])('strips %s', (_name, raw, token, stripped) => {
    const result = normalizeInput(raw)
    expect(result.token).toBe(token)
    expect(result.stripped).toEqual(stripped)
  })

  it('reports where the token sits in the raw text', () => {
    const raw = `Bearer ${T}  `
    const { start, end } = normalizeInput(raw)
    expect(raw.slice(start, end)).toBe(T)
  })

  it('keeps a lone quote (not a pair) as part of the input', () => {
    expect(normalizeInput(`"${T}`).token).toBe(`"${T}`)
  })
})

describe('describeStripped', () => {
  it('is null when nothing was stripped', () => expect(describeStripped([])).toBeNull())
  it('lists what was ignored', () =>
    expect(describeStripped(['authorization-header', 'bearer'])).toBe(
      'Ignored the "Authorization:" header name and the "Bearer " prefix.',
    ))
})
