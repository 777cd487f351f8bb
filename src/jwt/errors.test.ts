import { compactVerify, errors } from 'jose'
import { describe, expect, it } from 'vitest'
import { describeError, JOSE_ERROR_MESSAGES } from './errors'

describe('describeError', () => {
  const joseErrors = [
    errors.JOSEError,
    errors.JOSEAlgNotAllowed,
    errors.JOSENotSupported,
    errors.JWSInvalid,
    errors.JWTInvalid,
    errors.JWKInvalid,
    errors.JWKSInvalid,
    errors.JWKSNoMatchingKey,
    errors.JWKSMultipleMatchingKeys,
    errors.JWSSignatureVerificationFailed,
  ]

  it.each(joseErrors.map((ErrorClass) => [ErrorClass.code, ErrorClass] as const))('%s has a message of its own', (code, ErrorClass) => {
    const described = describeError(new ErrorClass('detail from jose'))
    expect(described.code).toBe(code)
    expect(JOSE_ERROR_MESSAGES[code]).toBeDefined()
    expect(described.message.startsWith(JOSE_ERROR_MESSAGES[code]!)).toBe(true)
  })

  it('keeps the signature failure message plain (jose adds nothing useful)', () => {
    expect(describeError(new errors.JWSSignatureVerificationFailed()).message).toBe(JOSE_ERROR_MESSAGES.ERR_JWS_SIGNATURE_VERIFICATION_FAILED)
  })

  it('appends jose\'s detail to other codes', () => {
    expect(describeError(new errors.JWSInvalid('Invalid Compact JWS')).message).toBe('the token is not a well-formed JWS (Invalid Compact JWS)')
  })

  it('maps a real jose failure by its code', async () => {
    const key = await crypto.subtle.importKey('raw', new Uint8Array(32), { name: 'HMAC', hash: 'SHA-256' }, false, ['verify'])
    const error = await compactVerify('eyJhbGciOiJIUzI1NiJ9.e30.AAAA', key).catch((e: unknown) => e)
    expect(describeError(error).code).toBe('ERR_JWS_SIGNATURE_VERIFICATION_FAILED')
  })

  it('names WebCrypto failures by their standard DOMException names', async () => {
    const error = await crypto.subtle.importKey('spki', new Uint8Array([1, 2, 3]), { name: 'ECDSA', namedCurve: 'P-256' }, false, ['verify']).catch((e: unknown) => e)
    expect(describeError(error).code).toBe('webcrypto:DataError')
    expect(describeError(new DOMException('x', 'NotSupportedError')).message).toMatch(/does not support/)
  })

  it('passes jose argument TypeErrors and anything else through with their text', () => {
    expect(describeError(new TypeError('RS256 requires key modulusLength to be 2048 bits or larger'))).toEqual({
      code: 'key-rejected',
      message: 'RS256 requires key modulusLength to be 2048 bits or larger',
    })
    expect(describeError('boom')).toEqual({ code: 'unexpected', message: 'boom' })
    expect(describeError({ code: 'ENOENT' }).code).toBe('unexpected')
  })
})
