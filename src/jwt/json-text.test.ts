import { describe, expect, it } from 'vitest'
import { compactJson, formatJson, jsonDepth, memberValueTexts, objectMembers, parseJson, setMember } from './json-text'

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

describe('compactJson keeps every value\'s text', () => {
  it.each([
    ['a 64-bit id and a trailing zero', '{ "id" : 12345678901234567890 ,\n "price": 1.10 }', '{"id":12345678901234567890,"price":1.10}'],
    ['exponents, -0 and literals', '[ 1E+2 , -0 , 0.0, true , null ]', '[1E+2,-0,0.0,true,null]'],
    ['escapes and spaces inside strings', '{ "s" : "a  \\" \\u00e9 \\/ " }', '{"s":"a  \\" \\u00e9 \\/ "}'],
  ])('%s', (_, text, compact) => expect(compactJson(text)).toBe(compact))
})

describe('objectMembers', () => {
  it('lists top-level members with their value spans, duplicates and escaped names included', () => {
    const text = '{ "a" : [1, {"b": "}"}] , "\\u0061": "x", "n":12345678901234567890}'
    const members = objectMembers(text)
    expect(members.map((member) => [member.name, text.slice(member.valueStart, member.valueEnd)])).toEqual([
      ['a', '[1, {"b": "}"}]'],
      ['a', '"x"'],
      ['n', '12345678901234567890'],
    ])
    expect(text.slice(members[1]?.start)).toMatch(/^"\\u0061"/)
  })

  it('finds none in an empty object', () => expect(objectMembers(' { } ')).toEqual([]))
})

describe('memberValueTexts', () => {
  it('gives each value as spelled, where JSON.parse rounds or respells it; the last of duplicates wins', () => {
    const text = '{"id":12345678901234567890,"price":1.10,"e":1e3,"n":{ "x" : [1.0] },"s":"a\\u0062","id":98765432109876543210}'
    expect(Object.fromEntries(memberValueTexts(text))).toEqual({
      id: '98765432109876543210',
      price: '1.10',
      e: '1e3',
      n: '{ "x" : [1.0] }',
      s: '"a\\u0062"',
    })
  })
})

describe('setMember', () => {
  const payload = '{"id":12345678901234567890,"price":1.10,"sub":"x"}'

  it.each([
    ['replaces a value in place, keeping the others\' text', payload, 'sub', '"y"', '{"id":12345678901234567890,"price":1.10,"sub":"y"}'],
    ['appends a new member last', payload, 'iat', '1700000000', '{"id":12345678901234567890,"price":1.10,"sub":"x","iat":1700000000}'],
    ['adds to an empty object', '{ }', 'alg', '"none"', '{ "alg":"none"}'],
    ['keeps spacing, newlines and nested values', '{\n  "a": {"b": 1.0},\n  "alg" : "HS256"\n}', 'alg', '"none"', '{\n  "a": {"b": 1.0},\n  "alg" : "none"\n}'],
    ['replaces a value that is an object', '{"a":{"x":[1,2]},"b":2}', 'a', '0', '{"a":0,"b":2}'],
    ['writes the name escaped when it must be', '{}', 'q"', '1', '{"q\\"":1}'],
  ])('%s', (_, text, name, value, expected) => {
    const result = setMember(text, name, value)
    expect(result).toBe(expected)
    expect(JSON.parse(result)[name]).toEqual(JSON.parse(value))
  })

  it('leaves exactly one member for a duplicated name, in the place of the one JSON.parse kept', () => {
    const text = '{"exp":1,"id":12345678901234567890,"exp":2, "\\u0065xp":3,"z":1.10}'
    const result = setMember(text, 'exp', '99')
    expect(result).toBe('{"id":12345678901234567890,"\\u0065xp":99,"z":1.10}')
    expect(JSON.parse(result)).toEqual({ id: 12345678901234567890, exp: 99, z: 1.1 })
  })

  it('matches an escaped name to the name it spells', () => {
    expect(setMember('{"\\u0061lg":"HS256","typ":"JWT"}', 'alg', '"none"')).toBe('{"\\u0061lg":"none","typ":"JWT"}')
  })

  it('does not mistake a name inside a nested object or a string for a top-level one', () => {
    expect(setMember('{"n":{"exp":1},"s":"\\"exp\\":1"}', 'exp', '2')).toBe('{"n":{"exp":1},"s":"\\"exp\\":1","exp":2}')
  })
})
