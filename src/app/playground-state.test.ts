import { describe, expect, it } from 'vitest'
import { decodeSegment, encodeSegment } from '@/jwt/base64url'
import { initialState, playgroundReducer, type PlaygroundAction, type PlaygroundState } from './playground-state'

// The reducer's edits to a token's JSON, read back as the bytes a verifier would see.

const HEADER = '{"alg":"HS256","typ":"JWT"}'
const PAYLOAD = '{"id":12345678901234567890,"price":1.10,"sub":"x"}'
const SIGNATURE = 'c2lnbmF0dXJl'

const token = (header: string, payload: string, signature = SIGNATURE) => `${encodeSegment(header)}.${encodeSegment(payload)}.${signature}`
const withToken = (tokenText: string): PlaygroundState => ({ ...initialState, tokenText })
const run = (state: PlaygroundState, ...actions: PlaygroundAction[]) => actions.reduce(playgroundReducer, state)

/** The token's three parts: header and payload as decoded text, the signature as it stands. */
function partsOf(state: PlaygroundState): [string, string, string] {
  const [header = '', payload = '', signature = ''] = state.tokenText.split('.')
  const text = (segment: string) => new TextDecoder().decode(decodeSegment(segment))
  return [text(header), text(payload), signature]
}

describe('edits keep the text of every member nobody touched', () => {
  it('a payload typed in an editor goes in as written, only compacted', () => {
    const typed = '{\n  "id": 12345678901234567890,\n  "price": 1.10,\n  "sub": "xy"\n}'
    const state = run(withToken(token(HEADER, PAYLOAD)), { type: 'segmentEdited', segment: 1, json: typed })
    expect(partsOf(state)).toEqual([HEADER, '{"id":12345678901234567890,"price":1.10,"sub":"xy"}', SIGNATURE])
    expect(state.signRequest).toBe(initialState.signRequest + 1)
  })

  it('stamping iat and exp adds them and keeps the 64-bit id and 1.10', () => {
    const state = run(withToken(token(HEADER, PAYLOAD)), { type: 'claimsStamped', claims: { iat: 1700000000 } }, { type: 'claimsStamped', claims: { exp: 1700000900 } })
    expect(partsOf(state)[1]).toBe('{"id":12345678901234567890,"price":1.10,"sub":"x","iat":1700000000,"exp":1700000900}')
    expect(state.signRequest).toBe(initialState.signRequest + 2)
  })

  it('stamping a claim the payload has twice leaves it once, with the new value', () => {
    const state = run(withToken(token(HEADER, '{"exp":1,"id":12345678901234567890,"exp":2}')), { type: 'claimsStamped', claims: { exp: 3 } })
    expect(partsOf(state)[1]).toBe('{"id":12345678901234567890,"exp":3}')
  })

  it('changing the alg rewrites only the alg, and leaves the payload byte for byte', () => {
    const header = '{"alg":"HS256","typ":"JWT","x5t#S256":"a\\/b","n":1.0}'
    const state = run(withToken(token(header, PAYLOAD)), { type: 'algChanged', alg: 'HS512' })
    expect(partsOf(state)).toEqual(['{"alg":"HS512","typ":"JWT","x5t#S256":"a\\/b","n":1.0}', PAYLOAD, SIGNATURE])
  })

  it('changing the alg of a header that does not decode starts a header with that alg', () => {
    const state = run(withToken(`not-base64!.${encodeSegment(PAYLOAD)}.${SIGNATURE}`), { type: 'algChanged', alg: 'HS256' })
    expect(partsOf(state)).toEqual(['{"alg":"HS256"}', PAYLOAD, SIGNATURE])
  })

  it('stamping a payload that does not decode does nothing', () => {
    const state = withToken(`${encodeSegment(HEADER)}.${encodeSegment('{"a":')}.${SIGNATURE}`)
    expect(run(state, { type: 'claimsStamped', claims: { iat: 1 } })).toBe(state)
  })

  it('stamping an unencoded payload (b64: false, RFC 7797) leaves it as it is, never as base64url', () => {
    const state = withToken(`${encodeSegment('{"alg":"HS256","b64":false,"crit":["b64"]}')}.{"sub":"x"}.${SIGNATURE}`)
    expect(run(state, { type: 'claimsStamped', claims: { iat: 1 } })).toBe(state)
  })
})

describe('alg "none" makes an unsecured JWS: header.payload. (RFC 7518 §3.6)', () => {
  it('from the alg menu, the old signature goes', () => {
    const state = run(withToken(token(HEADER, PAYLOAD)), { type: 'algChanged', alg: 'none' })
    expect(state.tokenText).toBe(`${encodeSegment('{"alg":"none","typ":"JWT"}')}.${encodeSegment(PAYLOAD)}.`)
  })

  it('from a header typed with "none", and the signature stays empty through payload edits', () => {
    const unsecured = run(withToken(token(HEADER, PAYLOAD)), { type: 'segmentEdited', segment: 0, json: '{ "alg": "none" }' })
    expect(partsOf(unsecured)).toEqual(['{"alg":"none"}', PAYLOAD, ''])
    const edited = run(unsecured, { type: 'claimsStamped', claims: { iat: 5 } })
    expect(edited.tokenText).toBe(`${encodeSegment('{"alg":"none"}')}.${encodeSegment('{"id":12345678901234567890,"price":1.10,"sub":"x","iat":5}')}.`)
  })

  it('only the exact name: "None" is not the unsecured algorithm, and keeps its (stale) signature', () => {
    const state = run(withToken(token(HEADER, PAYLOAD)), { type: 'algChanged', alg: 'None' })
    expect(partsOf(state)[2]).toBe(SIGNATURE)
  })
})

describe('a draft the token does not have yet is never overwritten', () => {
  const start = withToken(token(HEADER, PAYLOAD))
  const payloadDraft: PlaygroundAction = { type: 'draftChanged', segment: 1, unapplied: true }

  it('stamping waits while the payload editor holds JSON that does not parse', () => {
    const drafting = run(start, payloadDraft)
    expect(run(drafting, { type: 'claimsStamped', claims: { exp: 9 } })).toBe(drafting)
    const applied = run(drafting, { type: 'draftChanged', segment: 1, unapplied: false }, { type: 'claimsStamped', claims: { exp: 9 } })
    expect(partsOf(applied)[1]).toContain('"exp":9')
  })

  it('changing the alg still works with a payload draft, and waits for a header draft', () => {
    expect(partsOf(run(start, payloadDraft, { type: 'algChanged', alg: 'HS384' }))[0]).toContain('HS384')
    const headerDraft = run(start, { type: 'draftChanged', segment: 0, unapplied: true })
    expect(run(headerDraft, { type: 'algChanged', alg: 'HS384' })).toBe(headerDraft)
  })

  it('a draft reported again unchanged is the same state (no re-render)', () => {
    const drafting = run(start, payloadDraft)
    expect(run(drafting, payloadDraft)).toBe(drafting)
  })
})

describe('a generated key pair names itself in the header', () => {
  const pem = '-----BEGIN PRIVATE KEY-----\nMC4CAQAwBQYDK2VwBCIEI…\n-----END PRIVATE KEY-----'
  const generated: PlaygroundAction = { type: 'keyGenerated', keyText: pem, secretEncoding: 'utf8', kid: 'thumb-1' }

  it('puts its kid in the header, replacing the old key\'s, and leaves the other members as they were', () => {
    const state = run(withToken(token('{"alg":"EdDSA","kid":"old","x-big":12345678901234567890}', PAYLOAD)), generated)
    expect(partsOf(state)[0]).toBe('{"alg":"EdDSA","kid":"thumb-1","x-big":12345678901234567890}')
    expect(partsOf(state)[1]).toBe(PAYLOAD)
    expect(state.keyText).toBe(pem)
  })

  it('adds a kid to a header that had none; a secret adds none', () => {
    expect(partsOf(run(withToken(token(HEADER, PAYLOAD)), generated))[0]).toBe('{"alg":"HS256","typ":"JWT","kid":"thumb-1"}')
    const secret = run(withToken(token(HEADER, PAYLOAD)), { type: 'keyGenerated', keyText: 's', secretEncoding: 'base64url' })
    expect(partsOf(secret)[0]).toBe(HEADER)
  })

  it('leaves a header being typed, or one that does not decode, as it is; the key still arrives', () => {
    const drafting = run(withToken(token(HEADER, PAYLOAD)), { type: 'draftChanged', segment: 0, unapplied: true })
    expect(run(drafting, generated)).toMatchObject({ tokenText: drafting.tokenText, keyText: pem })
    const broken = withToken(`${encodeSegment('{"alg":')}.${encodeSegment(PAYLOAD)}.${SIGNATURE}`)
    expect(run(broken, generated)).toMatchObject({ tokenText: broken.tokenText, keyText: pem })
  })
})
