import { describe, expect, it } from 'vitest'
import { detachedPayloadPart, isDetachedPayload, isUnencodedPayload, type DetachedForm, type LineEnds } from './detached'
import rfc from './fixtures/rfc-vectors.json'
import { A1_PAYLOAD_B64U } from './fixtures/rfc7515-a1'
import { verifySignature } from './verify'

// RFC 7515 Appendix F: A.1's token with its payload part emptied, the payload sent apart.
const a1 = rfc.vectors.find((v) => v.id === 'rfc7515-a1')!
const a1Key = JSON.stringify(a1.privateJwk)
const [a1Header, , a1Signature] = a1.token.split('.') as [string, string, string]
const a1Detached = `${a1Header}..${a1Signature}`
// RFC 7797 §4.2: HS256 with A.1's key over the unencoded payload "$.02", sent detached.
const rfc7797 = 'eyJhbGciOiJIUzI1NiIsImI2NCI6ZmFsc2UsImNyaXQiOlsiYjY0Il19..A5dxf2s96_n5FLueVuW1Z_vh161FwXZC4YLPff6dmDY'

/** What the verify panel does: the pasted payload in its form, then the signature check with it. */
async function verifyDetached(token: string, text: string, form: DetachedForm, unencoded = false, lineEnds: LineEnds = 'lf') {
  const part = detachedPayloadPart({ text, form, unencoded, lineEnds })
  if (!part.ok) throw new Error(part.message)
  return verifySignature(token, a1Key, { encoding: 'utf8', detachedPayload: part.part })
}

describe('a detached payload, pasted as content or as base64url', () => {
  it('tells a detached token from others by its empty middle part', () => {
    expect(isDetachedPayload(a1Detached.split('.'))).toBe(true)
    expect(isDetachedPayload(a1.token.split('.'))).toBe(false)
    expect(isDetachedPayload(['a', ''])).toBe(false)
    expect(isUnencodedPayload({ alg: 'HS256', b64: false })).toBe(true)
    expect(isUnencodedPayload({ alg: 'HS256', b64: 'false' })).toBe(false)
  })

  it('RFC 7515 Appendix F: verifies with A.1 payload content, CRLF line ends and all', async () => {
    const content = new TextDecoder().decode(Buffer.from(A1_PAYLOAD_B64U, 'base64url'))
    expect(content).toContain('\r\n')
    expect((await verifyDetached(a1Detached, content, 'content')).status).toBe('verified')
    // The same text with LF line ends is other bytes: not the payload that was signed.
    const lf = await verifyDetached(a1Detached, content.replaceAll('\r\n', '\n'), 'content')
    expect(lf.status).toBe('invalid')
    expect(lf.message).toMatch(/the payload given is not exactly the one signed: spaces, line ends and its form \(content or base64url\) all count$/)
  })

  it('RFC 7515 Appendix F: content pasted into a text field arrives with LF line ends; CRLF asks for them back', async () => {
    const content = new TextDecoder().decode(Buffer.from(A1_PAYLOAD_B64U, 'base64url')).replaceAll('\r\n', '\n')
    expect((await verifyDetached(a1Detached, content, 'content', false, 'crlf')).status).toBe('verified')
    expect(detachedPayloadPart({ text: 'a\nb\r\nc', form: 'content', unencoded: true, lineEnds: 'crlf' })).toEqual({ ok: true, part: 'a\r\nb\r\nc' })
  })

  it('RFC 7515 Appendix F: verifies with the payload already in base64url, spaces around it allowed', async () => {
    expect((await verifyDetached(a1Detached, ` ${A1_PAYLOAD_B64U}\n`, 'base64url')).status).toBe('verified')
  })

  it('RFC 7797 §4.2: an unencoded payload is signed as it is, whatever form was chosen', async () => {
    expect((await verifyDetached(rfc7797, '$.02', 'base64url', true)).status).toBe('verified')
    expect((await verifyDetached(rfc7797, '$.02\n', 'content', true)).status).toBe('invalid')
  })

  it('says where a base64url payload goes wrong, and offers the content form', () => {
    expect(detachedPayloadPart({ text: '{"a":1}', form: 'base64url', unencoded: false, lineEnds: 'lf' })).toEqual({
      ok: false,
      message: 'The payload has "{" at character 1, which is not base64url. If it is the payload\'s content itself, choose "content".',
    })
    expect(detachedPayloadPart({ text: 'eyJhIjoxfQ==', form: 'base64url', unencoded: false, lineEnds: 'lf' })).toMatchObject({ ok: false, message: expect.stringMatching(/^The payload ends with "=" padding at character 11/) })
    expect(detachedPayloadPart({ text: 'eyJhI', form: 'base64url', unencoded: false, lineEnds: 'lf' })).toMatchObject({ ok: false, message: expect.stringMatching(/looks truncated/) })
  })
})
