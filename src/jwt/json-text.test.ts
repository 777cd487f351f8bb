import { describe, expect, it } from 'vitest'
import { compactJson, formatJson, jsonDepth, parseJson } from './json-text'

describe('parseJson', () => {
  it('parses valid JSON', () => expect(parseJson('{"a":[1,true,null]}')).toEqual({ ok: true, value: { a: [1, true, null] } }))

  it.each([
    ['{"a":1,}', 7, 'a property name in double quotes'],
    ['{"a" 1}', 5, "':' after the property name"],
    ['{a:1}', 1, 'a property name in double quotes'],
    ['{"a":1', 6, "',' or '}'"],
    ['[1 2]', 3, "',' or ']'"],
    ['{"a":tru}', 8, '"true"'],
    ['{"a":"x\ny"}', 7, 'a closing quote (control characters must be escaped)'],
    ['{} x', 3, 'the end of the JSON'],
    ['', 0, 'a value'],
  ])('locates the error in %j', (text, position, expected) => {
    const result = parseJson(text)
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.position).toBe(position)
    expect(result.message).toContain(`expected ${expected}`)
  })

  it('gives 1-based line and column', () => {
    const result = parseJson('{\n  "a": 1\n  "b": 2\n}')
    expect(result).toMatchObject({ ok: false, line: 3, column: 3 })
  })
})

describe('formatJson and compactJson', () => {
  const compact = '{"sub":"a b","big":12345678901234567890,"n":{"x":[1,{}],"e":[]},"s":"q\\"}{,:"}'

  it('indents by two spaces without touching values', () => {
    expect(formatJson(compact)).toBe(
      '{\n  "sub": "a b",\n  "big": 12345678901234567890,\n  "n": {\n    "x": [\n      1,\n      {}\n    ],\n    "e": []\n  },\n  "s": "q\\"}{,:"\n}',
    )
  })

  it('compacts back to the same text', () => expect(compactJson(formatJson(compact))).toBe(compact))

  it('keeps the RFC 7515 A.1 header parseable either way', () => {
    const header = '{"typ":"JWT",\r\n "alg":"HS256"}'
    expect(compactJson(header)).toBe('{"typ":"JWT","alg":"HS256"}')
    expect(JSON.parse(formatJson(header))).toEqual(JSON.parse(header))
  })

  it('keeps absurdly deep JSON compact rather than indenting it into megabytes', () => {
    const deep = `{"a":${'['.repeat(10_000)}${']'.repeat(10_000)}}`
    expect(formatJson(deep)).toBe(deep)
    expect(formatJson('{"a":[[1]]}')).toBe('{\n  "a": [\n    [\n      1\n    ]\n  ]\n}')
  })
})

describe('jsonDepth', () => {
  it.each([
    ['{}', 1],
    ['{"a":[{"b":[]}]}', 4],
    // Brackets inside strings, escaped quotes and escaped backslashes do not count.
    ['{"s":"[[[{{{"}', 1],
    ['{"s":"q\\"[[[","t":[]}', 2],
    ['{"s":"ends with a backslash\\\\","t":[[]]}', 3],
    // A string that never closes swallows the rest of the text.
    ['{"s":"[[[', 1],
  ])('%s is %i deep', (text, depth) => expect(jsonDepth(text)).toBe(depth))

  it('skips a 740 KB string claim in one step and still sees the structure after it', () => {
    const text = `{"blob":"${'x\\"'.repeat(250_000)}","deep":[[[1]]]}`
    expect(jsonDepth(text)).toBe(4)
    expect(compactJson(formatJson(text))).toBe(text)
  })
})
