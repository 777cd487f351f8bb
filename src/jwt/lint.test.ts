import { describe, expect, it } from 'vitest'
import fixtures from './fixtures/jwtio-e2e-jwt.json'
import { FINDING_IDS, reviewToken, type FindingId, type ReviewInput } from './lint'

// A clean token: RS256, exp 15 minutes after iat, nothing sensitive.
const IAT = 1_700_000_000
const clean: ReviewInput = {
  header: { alg: 'RS256', typ: 'JWT' },
  payload: { iss: 'https://issuer.example', sub: 'user-42', aud: 'api', iat: IAT, exp: IAT + 15 * 60 },
}
const cleanHs: ReviewInput = {
  header: { alg: 'HS256', typ: 'JWT' },
  payload: clean.payload,
  // 43 base64url characters = 32 bytes, the HS256 minimum (RFC 7518 §3.2); from jwt.io's fixtures.
  keyText: fixtures.byAlgorithm.HS256.withBase64urlSecret.secret,
  encoding: 'base64url',
}

function ids(input: ReviewInput): FindingId[] {
  return reviewToken(input).map((f) => f.id)
}
function finding(input: ReviewInput, id: FindingId) {
  return reviewToken(input).find((f) => f.id === id)
}
const withHeader = (extra: Record<string, unknown>): ReviewInput => ({
  ...clean,
  header: { ...(clean.header as object), ...extra },
})
const withPayload = (extra: Record<string, unknown>): ReviewInput => ({
  ...clean,
  payload: { ...(clean.payload as object), ...extra },
})

describe('clean tokens', () => {
  it('RS256 with a 15-minute lifetime has no findings', () => {
    expect(reviewToken(clean)).toEqual([])
  })
  it('HS256 with a 32-byte random secret has no findings', () => {
    expect(reviewToken(cleanHs)).toEqual([])
  })
  it('a plain kid is info only', () => {
    const findings = reviewToken(withHeader({ kid: '2024-09-rsa' }))
    expect(findings.map((f) => [f.id, f.severity])).toEqual([['kid-header', 'info']])
  })
})

// Each row: a token built to trigger one id, and the severity we expect. The clean token never triggers any.
const triggers: [FindingId, ReviewInput, string][] = [
  ['alg-none', withHeader({ alg: 'none' }), 'high'],
  ['no-alg', { ...clean, header: { typ: 'JWT' } }, 'medium'],
  ['unknown-alg', withHeader({ alg: 'HS257' }), 'medium'],
  ['alg-confusion', { ...cleanHs, keyText: fixtures.byAlgorithm.RS256.withPemKey.publicKey }, 'high'],
  ['weak-secret', { ...cleanHs, keyText: 'your-256-bit-secret', encoding: 'utf8' }, 'high'],
  ['no-exp', { ...clean, payload: { sub: 'user-42', iat: IAT } }, 'medium'],
  ['long-lifetime', withPayload({ exp: IAT + 30 * 86_400 }), 'medium'],
  ['jku-header', withHeader({ jku: 'https://attacker.example/jwks.json' }), 'medium'],
  ['x5u-header', withHeader({ x5u: 'https://attacker.example/cert.pem' }), 'medium'],
  ['jwk-header', withHeader({ jwk: fixtures.byAlgorithm.ES256.withJwkKey.publicKey }), 'high'],
  ['kid-header', withHeader({ kid: '../../../../dev/null' }), 'high'],
  ['crit-unknown', withHeader({ crit: ['exp-ext'], 'exp-ext': 1 }), 'medium'],
  ['sensitive-claim', withPayload({ password: 'hunter2' }), 'high'],
  ['encrypted-token', { header: { alg: 'RSA-OAEP', enc: 'A256GCM' }, payload: null }, 'info'],
  ['payload-unreadable', { ...clean, payload: null }, 'info'],
  ['never-valid', withPayload({ nbf: IAT + 7200, exp: IAT + 3600 }), 'medium'],
  ['duplicate-member', { ...clean, headerText: '{"alg":"RS256","alg":"none"}' }, 'high'],
]

describe.each(triggers)('%s', (id, input, severity) => {
  it('is triggered by a token built for it', () => {
    expect(finding(input, id)?.severity).toBe(severity)
  })
  it('is absent from the clean tokens', () => {
    expect(ids(clean)).not.toContain(id)
    expect(ids(cleanHs)).not.toContain(id)
  })
  it('has a one-line why and a source', () => {
    const f = finding(input, id)
    expect(f?.why).toMatch(/^[^\n]{10,}$/)
    expect(f?.source).toMatch(/RFC \d{4}/)
  })
})

it('every finding id has a trigger row', () => {
  expect(new Set(triggers.map(([id]) => id))).toEqual(new Set(FINDING_IDS))
})

describe('alg', () => {
  it.each(['None', 'NONE', 'nOnE'])('%s is still none', (alg) => {
    expect(finding(withHeader({ alg }), 'alg-none')?.severity).toBe('high')
  })
  it('a non-string alg is no-alg', () => {
    expect(finding(withHeader({ alg: 256 }), 'no-alg')?.title).toBe('The alg header is not a string')
  })
  it('input.alg overrides the header', () => {
    expect(ids({ ...clean, alg: 'none' })).toContain('alg-none')
  })
  it.each(Object.keys(fixtures.byAlgorithm).filter((a) => a !== 'none'))('jwt.io alg %s is known', (alg) => {
    expect(ids(withHeader({ alg }))).not.toContain('unknown-alg')
  })
  it('an empty input.alg falls back to the header', () => {
    expect(ids({ ...clean, alg: '' })).toEqual([])
  })
})

describe('weak-secret', () => {
  // RFC 7518 §3.2: HS256/384/512 need at least 32/48/64 bytes.
  it.each([
    ['HS256', 31, true],
    ['HS256', 32, false],
    ['HS384', 47, true],
    ['HS384', 48, false],
    ['HS512', 63, true],
    ['HS512', 64, false],
  ] as const)('%s with a %i-byte secret: weak = %s', (alg, bytes, weak) => {
    const input = { ...cleanHs, header: { alg }, keyText: 'x'.repeat(bytes), encoding: 'utf8' } as const
    expect(ids(input).includes('weak-secret')).toBe(weak)
  })
  it('counts UTF-8 bytes, not characters: 16 × "é" is 32 bytes', () => {
    expect(ids({ ...cleanHs, keyText: 'é'.repeat(16), encoding: 'utf8' })).not.toContain('weak-secret')
    expect(ids({ ...cleanHs, keyText: 'é'.repeat(15), encoding: 'utf8' })).toContain('weak-secret')
  })
  it('counts decoded bytes for base64url: 42 characters decode to 31 bytes', () => {
    expect(ids({ ...cleanHs, keyText: 'A'.repeat(42), encoding: 'base64url' })).toContain('weak-secret')
  })
  it('a long well-known secret is still weak, with its own title', () => {
    const f = finding({ ...cleanHs, keyText: 'a-string-secret-at-least-256-bits-long', encoding: 'utf8' }, 'weak-secret')
    expect(f?.title).toBe('Well-known secret')
  })
  it('matches case-insensitively and Django’s insecure default prefix', () => {
    expect(finding({ ...cleanHs, keyText: 'SuperSecret', encoding: 'utf8' }, 'weak-secret')?.title).toBe(
      'Well-known secret',
    )
    const django = 'django-insecure-' + 'k'.repeat(50)
    expect(finding({ ...cleanHs, keyText: django, encoding: 'utf8' }, 'weak-secret')?.title).toMatch(/Framework default/)
  })
  it('a short secret has the length title and cites RFC 7518 §3.2', () => {
    const f = finding({ ...cleanHs, keyText: 'hello world', encoding: 'utf8' }, 'weak-secret')
    expect(f?.title).toBe('Secret shorter than 32 bytes')
    expect(f?.source).toBe('RFC 7518 §3.2')
  })
  it('is not judged for asymmetric algs or when no key is given', () => {
    expect(ids({ ...clean, keyText: 'secret' })).toEqual([])
    expect(ids({ ...cleanHs, keyText: '   ' })).toEqual([])
  })
})

describe('alg-confusion', () => {
  it('an HS256 "secret" that is an EC public JWK', () => {
    const jwk = JSON.stringify(fixtures.byAlgorithm.ES256.withJwkKey.publicKey)
    expect(finding({ ...cleanHs, keyText: jwk, encoding: 'utf8' }, 'alg-confusion')?.title).toBe(
      'HS256 with a public key as the secret',
    )
  })
  it('an oct JWK is a secret, not confusion', () => {
    const oct = JSON.stringify({ kty: 'oct', k: cleanHs.keyText })
    expect(ids({ ...cleanHs, keyText: oct, encoding: 'utf8' })).not.toContain('alg-confusion')
  })
  it('a private key PEM is flagged too', () => {
    const pem = fixtures.byAlgorithm.RS256.withPemKey.privateKey
    expect(finding({ ...cleanHs, keyText: pem, encoding: 'utf8' }, 'alg-confusion')?.title).toBe(
      'HS256 with a private key as the secret',
    )
  })
  it('does not also report weak-secret', () => {
    expect(ids({ ...cleanHs, keyText: fixtures.byAlgorithm.RS256.withPemKey.publicKey })).toEqual(['alg-confusion'])
  })
})

describe('lifetime', () => {
  it('exactly the threshold is fine, one second more is not', () => {
    expect(ids(withPayload({ exp: IAT + 86_400 }))).not.toContain('long-lifetime')
    expect(ids(withPayload({ exp: IAT + 86_401 }))).toContain('long-lifetime')
  })
  it('honours maxLifetimeSeconds', () => {
    expect(ids({ ...withPayload({ exp: IAT + 3600 }), maxLifetimeSeconds: 600 })).toContain('long-lifetime')
  })
  it('without iat only exp is judged', () => {
    expect(ids({ ...clean, payload: { exp: IAT + 10 * 365 * 86_400 } })).toEqual([])
  })
  it.each([
    [IAT + 30 * 86_400, 'Lifetime of 30 days'],
    [IAT + 86_401, 'Lifetime of 1 day 1 s'],
    [IAT + 2 * 3600 + 0.5, 'Lifetime of 2 h 0.5 s'],
    [IAT + 86_400 + 3600 + 61, 'Lifetime of about 1 day 1 h'],
  ])('exp %d is described in days, hours and seconds: %s', (exp, title) => {
    expect(finding({ ...withPayload({ exp }), maxLifetimeSeconds: 3600 }, 'long-lifetime')?.title).toBe(title)
  })
  it('a fractional lifetime is in days too, not raw seconds (iat −1, exp 4102444800.5)', () => {
    expect(finding(withPayload({ iat: -1, exp: 4102444800.5 }), 'long-lifetime')?.title).toBe('Lifetime of 47482 days 1.5 s')
  })
  it('a string exp is not a NumericDate', () => {
    expect(finding(withPayload({ exp: '1700000900' }), 'no-exp')?.title).toBe('exp is not a NumericDate')
  })
})

describe('tokens whose payload cannot be read', () => {
  // RFC 7797 §4: HS256 over the detached, unencoded payload "$.02"; the payload part is empty.
  const rfc7797 = 'eyJhbGciOiJIUzI1NiIsImI2NCI6ZmFsc2UsImNyaXQiOlsiYjY0Il19..A5dxf2s96_n5FLueVuW1Z_vh161FwXZC4YLPff6dmDY'
  const rfc7797Header = { alg: 'HS256', b64: false, crit: ['b64'] }

  it('a JWE (RSA-OAEP / A256GCM) is an encrypted token: no "unknown alg", no "no expiry"', () => {
    const findings = reviewToken({ header: { alg: 'RSA-OAEP', enc: 'A256GCM' }, payload: null })
    expect(findings.map((f) => [f.id, f.title])).toEqual([['encrypted-token', 'Encrypted token (JWE, RSA-OAEP / A256GCM)']])
    expect(findings[0]?.why).toMatch(/cannot be read without the recipient's private key/)
  })
  it.each(['dir', 'ECDH-ES+A256KW', 'PBES2-HS256+A128KW', 'A128KW'])('alg %s is JWE key management, not unknown', (alg) => {
    expect(ids({ header: { alg, enc: 'A128GCM' }, payload: null })).toEqual(['encrypted-token'])
  })
  it('the RFC 7797 §4 detached payload is said to be detached, not "no expiry"', () => {
    const findings = reviewToken({ header: rfc7797Header, payload: null, signature: rfc7797.split('.')[2], payloadDetached: true })
    expect(findings.map((f) => [f.id, f.title])).toEqual([
      ['payload-unreadable', 'Detached payload: not reviewed'],
      ['crit-unknown', 'crit present: b64'],
    ])
  })
  it('an attached unencoded payload (b64: false) and an unreadable one are not judged either', () => {
    expect(finding({ header: rfc7797Header, payload: null, signature: 's' }, 'payload-unreadable')?.title).toBe('Unencoded payload (b64: false): not reviewed')
    expect(ids({ header: { alg: 'RS256' }, payload: undefined })).toEqual(['payload-unreadable'])
  })
})

describe('alg none with a signature', () => {
  it('is named for what it is: an unsecured token must have an empty signature (RFC 7518 §3.6)', () => {
    const f = finding({ ...withHeader({ alg: 'none' }), signature: 'c2lnbmF0dXJl' }, 'alg-none')
    expect([f?.severity, f?.title, f?.source]).toEqual(['high', 'alg "none" with a signature attached', 'RFC 7518 §3.6; RFC 8725 §2.1'])
  })
  it('with an empty signature stays the plain unsecured finding', () => {
    expect(finding({ ...withHeader({ alg: 'none' }), signature: '' }, 'alg-none')?.title).toBe('Unsecured token (alg: none)')
  })
})

describe('never valid', () => {
  it('nbf after exp (issued now, usable in 2 h, expired in 1 h) can never be valid', () => {
    const f = finding(withPayload({ iat: IAT, nbf: IAT + 7200, exp: IAT + 3600 }), 'never-valid')
    expect(f?.title).toBe('nbf is not before exp: the token can never be valid')
    expect(f?.why).toContain('1 h earlier')
  })
  it('nbf before exp is fine', () => {
    expect(ids(withPayload({ nbf: IAT, exp: IAT + 60 }))).toEqual([])
  })
})

describe('duplicate member names', () => {
  it('in the header is high, with each name said (parsers disagree on which copy wins)', () => {
    const f = finding({ ...clean, headerText: '{"alg":"HS256","alg":"none"}', payloadText: '{"sub":"a","sub":"b"}' }, 'duplicate-member')
    expect([f?.severity, f?.title, f?.detail]).toEqual(['high', 'Duplicate names in the header and payload: alg, sub', 'header: alg; payload: sub'])
  })
  it('in the payload only is medium; unique names say nothing', () => {
    expect(finding({ ...clean, payloadText: '{"sub":"a","sub":"b"}' }, 'duplicate-member')?.severity).toBe('medium')
    expect(ids({ ...clean, headerText: '{"alg":"RS256"}', payloadText: '{"sub":"a"}' })).toEqual([])
  })
})

describe('kid', () => {
  it.each([
    ["x' UNION SELECT 'key", 'SQL'],
    ["1' OR '1'='1", 'SQL'],
    ['/etc/passwd', 'a file path'],
    ['..\\..\\keys\\k1', 'a file path'],
    ['https://attacker.example/key', 'a URL'],
    ['key|cat /etc/hosts', 'shell or markup characters'],
  ])('%s looks like %s', (kid, what) => {
    const f = finding(withHeader({ kid }), 'kid-header')
    expect([f?.severity, f?.title]).toEqual(['high', `kid looks like ${what}`])
  })
  it.each(['2024-09-rsa', 'c1a0f6e2b3d4', 'NkJCQzIyQzRBMEU4NjhGNUU4MzU4RkY0M0ZDQzkwOUQ0Q0VGNUMwQg'])('%s is plain', (kid) => {
    expect(finding(withHeader({ kid }), 'kid-header')?.severity).toBe('info')
  })
  it('a non-string kid is medium', () => {
    expect(finding(withHeader({ kid: 7 }), 'kid-header')?.severity).toBe('medium')
  })
})

describe('crit', () => {
  it('b64 (RFC 7797) is understood: info only', () => {
    expect(finding(withHeader({ crit: ['b64'], b64: false }), 'crit-unknown')?.severity).toBe('info')
  })
  it.each([[[]], ['b64'], [['alg']], [['missing']]])('crit %j is malformed', (crit) => {
    expect(finding(withHeader({ crit }), 'crit-unknown')?.severity).toBe('medium')
  })
})

describe('sensitive-claim', () => {
  it('lists every path in detail', () => {
    const f = finding(withPayload({ user: { api_key: 'k-123' }, card: '4111 1111 1111 1111' }), 'sensitive-claim')
    expect(f?.title).toBe('2 sensitive-looking claims')
    expect(f?.detail).toContain('user.api_key')
    expect(f?.detail).toContain('card')
  })
  it('simplejwt’s own claims are not sensitive', () => {
    const simplejwt = { token_type: 'access', exp: IAT + 300, iat: IAT, jti: 'a1b2c3', user_id: 1 }
    expect(ids({ ...clean, payload: simplejwt })).toEqual([])
  })
})

it('sorts findings most severe first', () => {
  const findings = reviewToken({ header: { alg: 'none', kid: 'k1' }, payload: { password: 'x' } })
  // alg-none (high), sensitive-claim (high), no-exp (medium), kid-header (info)
  expect(findings.map((f) => f.severity)).toEqual(['high', 'high', 'medium', 'info'])
})

it('survives headers and payloads that are not objects', () => {
  expect(ids({ header: null, payload: 'text' })).toEqual(['no-alg', 'no-exp'])
  expect(ids({ header: [1], payload: [2] })).toEqual(['no-alg', 'no-exp'])
})
