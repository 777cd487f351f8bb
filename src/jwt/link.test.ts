import { describe, expect, it } from 'vitest'
import { buildShareFragment, fragmentForQueryToken, fragmentWithoutKey, fragmentWithoutToken, readLinkToken, searchWithoutToken } from './link'

const T = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2ln'
const PEM = '-----BEGIN PUBLIC KEY-----\nMFkw+/=\n-----END PUBLIC KEY-----'

describe('readLinkToken', () => {
  it.each([
    ['our #token=', `#token=${T}`, '', 'token'],
    ["jwt.io's legacy #debugger-io?token=", `#debugger-io?token=${T}`, '', 'jwt.io legacy'],
    ['an OAuth implicit redirect #id_token=', `#state=x&id_token=${T}&token_type=bearer`, '', 'id_token'],
    ['#access_token=', `#access_token=${T}&expires_in=3600`, '', 'access_token'],
    ['#value=', `#value=${T}`, '', 'value'],
  ])('opens %s', (_name, hash, search, source) => {
    expect(readLinkToken(hash, search)).toEqual({ token: T, source, fromQuery: false })
  })

  it('prefers id_token, then access_token, value, token', () => {
    expect(readLinkToken(`#token=a&value=b&access_token=c&id_token=d`, '')?.token).toBe('d')
    expect(readLinkToken(`#token=a&value=b&access_token=c`, '')?.token).toBe('c')
    expect(readLinkToken(`#token=a&value=b`, '')?.token).toBe('b')
  })

  it('opens ?token= and says it came from the query', () => {
    expect(readLinkToken('', `?token=${T}`)).toEqual({ token: T, source: 'token', fromQuery: true })
  })

  it('prefers the fragment over the query', () => {
    expect(readLinkToken(`#token=frag`, `?token=query`)?.token).toBe('frag')
  })

  it('carries a public key', () => {
    const hash = buildShareFragment(T, PEM)
    expect(readLinkToken(hash, '')).toEqual({ token: T, source: 'token', publicKey: PEM, fromQuery: false })
    expect(readLinkToken(`#debugger-io?token=${T}&publicKey=${encodeURIComponent(PEM)}`, '')?.publicKey).toBe(PEM)
  })

  it('returns null for an address with no token', () => {
    expect(readLinkToken('#/timeline', '?lang=en')).toBeNull()
    expect(readLinkToken('', '')).toBeNull()
  })
})

describe('share links', () => {
  it('builds a fragment that round-trips', () => {
    expect(buildShareFragment(T)).toBe(`#token=${T}`)
  })

  it('removes token parameters from the query and keeps the rest', () => {
    expect(searchWithoutToken(`?token=${T}&lang=en`)).toBe('?lang=en')
    expect(searchWithoutToken(`?token=${T}`)).toBe('')
  })
})

describe('fragmentWithoutKey', () => {
  it('drops publicKey= and keeps the rest, in the form the fragment came in', () => {
    expect(fragmentWithoutKey(`#token=${T}&publicKey=abc&state=x`)).toBe(`#token=${T}&state=x`)
    expect(fragmentWithoutKey(`#debugger-io?token=${T}&publicKey=abc`)).toBe(`#debugger-io?token=${T}`)
    expect(fragmentWithoutKey(`#token=${T}`)).toBe(`#token=${T}`)
  })
})

describe('fragmentForQueryToken', () => {
  it('puts the token first and keeps what the fragment held', () => {
    expect(fragmentForQueryToken('#state=x', T)).toBe(`#token=${T}&state=x`)
    expect(fragmentForQueryToken('', T)).toBe(`#token=${T}`)
    expect(fragmentForQueryToken('#', T, 'k')).toBe(`#token=${T}&publicKey=k`)
  })
})

describe('fragmentWithoutToken', () => {
  it('removes the token and its key, keeping what else the fragment says', () => {
    expect(fragmentWithoutToken('#token=a.b.c&publicKey=k&view=learn')).toBe('#view=learn')
    expect(fragmentWithoutToken('#id_token=a.b.c&state=xyz')).toBe('#state=xyz')
    expect(fragmentWithoutToken('#access_token=a.b.c&token_type=Bearer')).toBe('#token_type=Bearer')
  })

  it('leaves nothing when the fragment held only the token, in our form or jwt.io legacy one', () => {
    expect(fragmentWithoutToken('#token=a.b.c')).toBe('')
    expect(fragmentWithoutToken('#debugger-io?token=a.b.c&publicKey=k')).toBe('')
    expect(fragmentWithoutToken('#debugger-io?value=a.b.c&view=learn')).toBe('#debugger-io?view=learn')
  })
})
