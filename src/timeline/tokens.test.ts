import { compactVerify, decodeProtectedHeader, errors } from 'jose'
import { describe, expect, it } from 'vitest'
import { DEFAULT_SETTINGS } from './policy'
import { RECORDING, recordedSettings, type RecordedScenario, type RecordedToken } from './recorded-fixture'
import { pythonJsonDumps, signScheduleToken, signScheduleTokens } from './tokens'

/** Every distinct decodable token in the recording, labelled by where it first appears. */
function distinctRecordedTokens() {
  const seen = new Set<string>()
  const rows: (readonly [string, RecordedScenario, RecordedToken])[] = []
  for (const scenario of RECORDING.scenarios)
    for (const exchange of scenario.exchanges)
      for (const token of exchange.tokens) {
        if (token.payload === null || seen.has(token.token)) continue
        seen.add(token.token)
        rows.push([`${scenario.name} +${exchange.offset}s ${token.role}`, scenario, token])
      }
  return rows
}
const recordedTokens = distinctRecordedTokens()

describe('signScheduleToken', () => {
  it('has recorded tokens to compare with', () => {
    expect(recordedTokens.length).toBeGreaterThan(20)
  })

  it.each(recordedTokens)('re-signs the recorded payload byte for byte: %s', async (_label, scenario, recorded) => {
    const signed = await signScheduleToken({ payload: recorded.payload ?? {} }, recordedSettings(scenario))
    expect(signed).toEqual({ ok: true, jwt: recorded.token })
  })

  it('writes the header PyJWT writes, alg from ALGORITHM (HS512 scenario)', async () => {
    const signed = await signScheduleToken({ payload: { a: 1 } }, { ALGORITHM: 'HS512', SIGNING_KEY: 'k'.repeat(64) })
    if (!signed.ok) throw new Error(signed.message)
    expect(atob(signed.jwt.split('.')[0] ?? '')).toBe('{"alg":"HS512","typ":"JWT"}')
    expect(decodeProtectedHeader(signed.jwt)).toEqual({ alg: 'HS512', typ: 'JWT' })
  })

  it('verifies with SIGNING_KEY and fails with any other key (jose code, not message)', async () => {
    const settings = { ...DEFAULT_SETTINGS, SIGNING_KEY: 'the-right-key-the-right-key-12345' }
    const signed = await signScheduleToken({ payload: { token_type: 'access', exp: 1, iat: 0, jti: 'x', user_id: 1 } }, settings)
    if (!signed.ok) throw new Error(signed.message)
    const encoder = new TextEncoder()
    await expect(compactVerify(signed.jwt, encoder.encode(settings.SIGNING_KEY))).resolves.toBeTruthy()
    const wrong = await compactVerify(signed.jwt, encoder.encode('another-key-another-key-another-k')).catch((e: unknown) => e)
    expect(wrong).toBeInstanceOf(errors.JWSSignatureVerificationFailed)
    expect((wrong as errors.JOSEError).code).toBe('ERR_JWS_SIGNATURE_VERIFICATION_FAILED')
  })

  it('reports a failure as a result, not a throw (empty key)', async () => {
    const signed = await signScheduleToken({ payload: {} }, { ALGORITHM: 'HS256', SIGNING_KEY: '' })
    expect(signed.ok).toBe(false)
  })

  it('signs a list into a jti map', async () => {
    const result = await signScheduleTokens(
      [
        { jti: 'a', payload: { jti: 'a' } },
        { jti: 'b', payload: { jti: 'b' } },
      ],
      DEFAULT_SETTINGS,
    )
    expect(result.ok && [...result.jwts.keys()]).toEqual(['a', 'b'])
  })
})

describe('pythonJsonDumps', () => {
  // Expected strings are what CPython 3.11 prints for json.dumps(value, separators=(",", ":")).
  it.each([
    [{ token_type: 'access', exp: 1, user_id: 7 }, '{"token_type":"access","exp":1,"user_id":7}'],
    [{ user_id: 'é' }, '{"user_id":"\\u00e9"}'],
    [{ user_id: '😀' }, '{"user_id":"\\ud83d\\ude00"}'],
    [{ user_id: 'a\u007fb' }, '{"user_id":"a\\u007fb"}'],
    [{ user_id: 'tab\there' }, '{"user_id":"tab\\there"}'],
    [{ user_id: '\u0001' }, '{"user_id":"\\u0001"}'],
    [{ user_id: '"/\\' }, '{"user_id":"\\"/\\\\"}'],
  ])('%j -> %s', (value, expected) => {
    expect(pythonJsonDumps(value)).toBe(expected)
  })
})
