import { describe, expect, it } from 'vitest'
import jwtio from './fixtures/jwtio-e2e-jwt.json'
import { decodeToken } from './decode'
import { encodeSegment } from './base64url'

// RFC 7515 Appendix A.1.1: the JWS Compact Serialization, header with CRLF as printed in the RFC.
const RFC7515_A1 =
  'eyJ0eXAiOiJKV1QiLA0KICJhbGciOiJIUzI1NiJ9.eyJpc3MiOiJqb2UiLA0KICJleHAiOjEzMDA4MTkzODAsDQogImh0dHA6Ly9leGFtcGxlLmNvbS9pc19yb290Ijp0cnVlfQ.dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk'

const seg = (value: unknown) => encodeSegment(typeof value === 'string' ? value : JSON.stringify(value))
const GOOD_HEADER = seg({ alg: 'HS256', typ: 'JWT' })
const GOOD_PAYLOAD = seg({ sub: '1234567890' })

describe('decodeToken: tokens others made', () => {
  it('RFC 7515 A.1 keeps the header text byte for byte (CRLF included)', () => {
    const decoded = decodeToken(RFC7515_A1)
    expect(decoded.errors).toEqual([])
    expect(decoded.header).toMatchObject({ ok: true, text: '{"typ":"JWT",\r\n "alg":"HS256"}', value: { typ: 'JWT', alg: 'HS256' } })
    expect(decoded.payload).toMatchObject({ ok: true, value: { iss: 'joe', exp: 1300819380, 'http://example.com/is_root': true } })
    expect(decoded.signature).toMatchObject({ ok: true, base64url: 'dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk' })
    if (decoded.signature?.ok) expect(decoded.signature.bytes.length * 8).toBe(256)
  })

  type Entry = { header: string; payload: string; jwt: string }
  const entries: [string, Entry][] = Object.entries(jwtio.byAlgorithm).flatMap(([alg, entry]) => {
    if ('jwt' in entry) return [[alg, entry as Entry]]
    return Object.entries(entry)
      .filter(([key]) => key !== 'type')
      .map(([variant, value]): [string, Entry] => [`${alg} ${variant}`, value as Entry])
  })

  it.each(entries)('jwt.io fixture %s decodes to its header and payload', (_name, entry) => {
    const decoded = decodeToken(entry.jwt)
    expect(decoded.errors).toEqual([])
    expect(decoded.header?.ok && decoded.header.value).toEqual(JSON.parse(entry.header))
    expect(decoded.payload?.ok && decoded.payload.value).toEqual(JSON.parse(entry.payload))
  })

  it('marks the unsecured jwt.io token as unsecured', () => {
    expect(decodeToken(jwtio.byAlgorithm.none.jwt).unsecured).toBe(true)
    expect(decodeToken(RFC7515_A1).unsecured).toBe(false)
  })
})

describe('decodeToken: malformed input', () => {
  it.each([
    ['empty', '', 'empty', null],
    ['one part', 'abc', 'part-count', null],
    ['two parts', `${GOOD_HEADER}.${GOOD_PAYLOAD}`, 'part-count', null],
    ['four parts', `${GOOD_HEADER}.${GOOD_PAYLOAD}.x.y`, 'part-count', null],
    ['five parts (JWE)', `${seg({ alg: 'RSA-OAEP', enc: 'A256GCM' })}.a.b.c.d`, 'jwe', null],
    ['a + in the payload', `${GOOD_HEADER}.ab+c.sig`, 'bad-char', 1],
    ['a space in the signature', `${GOOD_HEADER}.${GOOD_PAYLOAD}.ab c`, 'bad-char', 2],
    ['padding on the header', `${seg('{"alg":"HS256"}')}=.${GOOD_PAYLOAD}.sig`, 'padding', 0],
    ['a truncated header', `abcde.${GOOD_PAYLOAD}.sig`, 'bad-length', 0],
    ['an empty payload', `${GOOD_HEADER}..sig`, 'bad-length', 1],
    ['a header that is not JSON', `${seg('{"alg":HS256}')}.${GOOD_PAYLOAD}.sig`, 'not-json', 0],
    ['a payload that is an array', `${GOOD_HEADER}.${seg([1, 2])}.sig`, 'not-object', 1],
    ['a payload that is a string', `${GOOD_HEADER}.${seg('"hi"')}.sig`, 'not-object', 1],
    ['a payload that is not UTF-8', `${GOOD_HEADER}.${encodeSegment(new Uint8Array([0xff, 0xfe, 0x7b]))}.sig`, 'not-utf8', 1],
  ])('%s', (_name, token, code, segment) => {
    const decoded = decodeToken(token)
    expect(decoded.errors[0]).toMatchObject({ code, segment })
  })

  it('an empty payload may be a detached one (RFC 7515 Appendix F), and says where to paste it', () => {
    const [error] = decodeToken(`${GOOD_HEADER}..sig`).errors
    expect(error?.message).toMatch(/^The payload is empty\. A JWS leaves it out when the payload travels apart \(detached, RFC 7515 Appendix F\): paste it under "Verify and sign"/)
  })

  it('locates a bad character by its position in the segment', () => {
    const [error] = decodeToken(`${GOOD_HEADER}.abc$d.sig`).errors
    expect(error).toMatchObject({ code: 'bad-char', segment: 1, position: 3 })
    expect(error?.message).toBe('The payload has "$" at character 4, which is not a base64url character.')
  })

  it('names an invisible character by its code point (a zero-width space pasted from a chat app)', () => {
    const result = decodeToken('eyJhbGciOiJIUzI1NiJ9.e30\u200B.sig')
    const error = result.errors[0]
    expect(error?.segment).toBe(1)
    expect(error?.message).toBe('The payload has an invisible character, U+200B (zero width space), at character 4, which is not a base64url character.')
  })

  it('locates a JSON error inside the decoded header', () => {
    const [error] = decodeToken(`${seg('{"alg":"HS256",}')}.${GOOD_PAYLOAD}.sig`).errors
    expect(error?.message).toBe('The header is not valid JSON: expected a property name in double quotes but found "}" at line 1, column 16.')
  })

  it('keeps a good header and payload visible when the signature is broken', () => {
    const decoded = decodeToken(`${GOOD_HEADER}.${GOOD_PAYLOAD}.not*base64`)
    expect(decoded.header?.ok).toBe(true)
    expect(decoded.payload?.ok).toBe(true)
    expect(decoded.signature?.ok).toBe(false)
    expect(decoded.errors).toHaveLength(1)
  })

  it('still decodes the header and payload of a token with a missing signature part', () => {
    const decoded = decodeToken(`${GOOD_HEADER}.${GOOD_PAYLOAD}`)
    expect(decoded.payload).toMatchObject({ ok: true, value: { sub: '1234567890' } })
  })

  it('shows a JWE header but never tries its payload', () => {
    const decoded = decodeToken(`${seg({ alg: 'dir', enc: 'A128GCM' })}..iv.ciphertext.tag`)
    expect(decoded.header).toMatchObject({ ok: true, value: { alg: 'dir' } })
    expect(decoded.payload).toBeNull()
  })

  it('keeps HTML in claims as plain text', () => {
    const decoded = decodeToken(`${GOOD_HEADER}.${seg({ name: '<img src=x onerror=alert(1)>' })}.sig`)
    expect(decoded.payload?.ok && decoded.payload.value.name).toBe('<img src=x onerror=alert(1)>')
  })
})

describe('decodeToken: unencoded payloads ("b64": false, RFC 7797)', () => {
  // RFC 7797 §4.2's header (its example payload "$.02" holds a '.', so that token exists only detached).
  const RFC7797_HEADER = 'eyJhbGciOiJIUzI1NiIsImI2NCI6ZmFsc2UsImNyaXQiOlsiYjY0Il19'
  const UNENCODED = seg({ alg: 'HS256', b64: false, crit: ['b64'] })

  it('reads a JSON payload part as the JSON it is, with no error', () => {
    const decoded = decodeToken(`${UNENCODED}.{"sub":"ann","n":12345678901234567890}.sig`)
    expect(decoded.errors).toEqual([])
    expect(decoded.payload).toEqual({ ok: true, form: 'unencoded', text: '{"sub":"ann","n":12345678901234567890}', value: { sub: 'ann', n: 12345678901234567890 } })
  })

  it('keeps a payload part that is not JSON as its text, not as an error', () => {
    const decoded = decodeToken(`${RFC7797_HEADER}.$02,hello!.sig`)
    expect(decoded.errors).toEqual([])
    expect(decoded.payload).toMatchObject({ ok: false, form: 'unencoded', text: '$02,hello!' })
  })

  it.each([
    ['b64: true', { alg: 'HS256', b64: true, crit: ['b64'] }],
    ['b64: "false" (a string)', { alg: 'HS256', b64: 'false', crit: ['b64'] }],
  ])('reads the payload as base64url when the header says %s', (_name, header) => {
    const decoded = decodeToken(`${seg(header)}.{"sub":"ann"}.sig`)
    expect(decoded.errors).toMatchObject([{ code: 'bad-char', segment: 1 }])
  })

  it('reads an unchanged payload part again when the header starts or stops saying b64: false', () => {
    const attached = decodeToken(`${GOOD_HEADER}.${GOOD_PAYLOAD}.sig`)
    const unencoded = decodeToken(`${UNENCODED}.${GOOD_PAYLOAD}.sig`, attached)
    expect(unencoded.payload).toMatchObject({ ok: false, form: 'unencoded', text: GOOD_PAYLOAD })
    const back = decodeToken(`${GOOD_HEADER}.${GOOD_PAYLOAD}.sig`, unencoded)
    expect(back.payload).toEqual(attached.payload)
  })
})

describe('decodeToken: nested JWTs (RFC 7519 §5.2)', () => {
  const INNER = `${GOOD_HEADER}.${GOOD_PAYLOAD}.c2lnbmF0dXJl`

  it.each([
    ['"cty": "JWT"', { alg: 'HS256', cty: 'JWT' }, INNER],
    ['"cty": "jwt" (any case)', { alg: 'HS256', cty: 'jwt' }, INNER],
    ['no cty, but the payload is a compact JWS', { alg: 'HS256' }, INNER],
    ['no cty, but the payload is a compact JWE', { alg: 'HS256' }, `${seg({ alg: 'dir', enc: 'A128GCM' })}..aXY.Y3Q.dGFn`],
  ])('%s: the payload is the inner token, not a JSON error', (_name, header, inner) => {
    const decoded = decodeToken(`${seg(header)}.${seg(inner)}.sig`)
    expect(decoded.errors).toEqual([])
    expect(decoded.payload).toMatchObject({ ok: false, form: 'nested', text: inner })
  })

  it.each([
    ['three dotted words', 'abcd.efgh.ijkl'],
    ['a token with a space after it', `${INNER} `],
    ['two parts', `${GOOD_HEADER}.${GOOD_PAYLOAD}`],
  ])('%s without cty stays a payload that is not JSON', (_name, text) => {
    const decoded = decodeToken(`${GOOD_HEADER}.${seg(text)}.sig`)
    expect(decoded.errors).toMatchObject([{ code: 'not-json', segment: 1 }])
    expect(decoded.payload).not.toHaveProperty('form')
  })

  it('"cty": "JWT" over a payload that is neither a token nor JSON says both', () => {
    const decoded = decodeToken(`${seg({ alg: 'HS256', cty: 'JWT' })}.${seg('hello world')}.sig`)
    expect(decoded.errors).toMatchObject([{ code: 'not-json', segment: 1 }])
    expect(decoded.errors[0]?.message).toMatch(/^The payload is not valid JSON: .*\. The header's "cty" says it is a nested JWT \(RFC 7519 §5\.2\), but it is not a compact token either\.$/)
    // Without cty, the same payload is only "not valid JSON".
    expect(decodeToken(`${GOOD_HEADER}.${seg('hello world')}.sig`).errors[0]?.message).not.toMatch(/cty/)
  })
})
