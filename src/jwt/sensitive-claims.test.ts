import { describe, expect, it } from 'vitest'
import { findSensitiveClaims, luhnValid, sensitiveNameLabel } from './sensitive-claims'

describe('luhnValid', () => {
  // 79927398713 is the worked example of the Luhn algorithm; the others are the card networks' published test numbers.
  it.each(['79927398713', '4111111111111111', '5555555555554444', '378282246310005', '6011111111111117'])('%s passes', (n) => {
    expect(luhnValid(n)).toBe(true)
  })
  it.each(['79927398710', '4111111111111112', '1234567812345678', '', '4111-1111'])('%j fails', (n) => {
    expect(luhnValid(n)).toBe(false)
  })
})

describe('sensitiveNameLabel', () => {
  it.each([
    ['password', 'a password'],
    ['Password', 'a password'],
    ['new_password', 'a password'],
    ['pwd', 'a password'],
    ['apiKey', 'an API key'],
    ['API-KEY', 'an API key'],
    ['client_secret', 'a client secret'],
    ['stripe_secret', 'a secret'],
    ['refresh_token', 'a token'],
    ['ssn', 'a social security number'],
    ['cvv', 'a card security code'],
  ])('%s -> %s', (name, label) => {
    expect(sensitiveNameLabel(name)).toBe(label)
  })
  it.each(['sub', 'token_type', 'jti', 'name', 'email', 'secretary', 'passport_country', 'iat'])('%s is not sensitive', (name) => {
    expect(sensitiveNameLabel(name)).toBeNull()
  })
})

describe('findSensitiveClaims', () => {
  it('finds names at any depth and card numbers by value', () => {
    const hits = findSensitiveClaims({
      sub: '1234567890',
      profile: { passwd: 'hunter2', cards: ['4111 1111 1111 1111', '4111 1111 1111 1112'] },
      tax: { id: '078-05-1120' },
      backup: '-----BEGIN PRIVATE KEY-----\nMIIE...\n-----END PRIVATE KEY-----',
    })
    expect(hits.map((h) => [h.path, h.reason])).toEqual([
      ['profile.passwd', 'name'],
      ['profile.cards[0]', 'card-number'],
      ['tax.id', 'ssn'],
      ['backup', 'private-key'],
    ])
  })
  it('ignores booleans, nulls and empty strings under sensitive names', () => {
    expect(findSensitiveClaims({ password_set: true, secret: null, token: '' })).toEqual([])
  })
  it('does not take timestamps or short ids for card numbers', () => {
    expect(findSensitiveClaims({ iat: 1516239022, exp: 1516242622, sub: '1234567890', phone: '+44 20 7946 0018' })).toEqual([])
  })
  it('reads a card number given as a safe integer', () => {
    expect(findSensitiveClaims({ n: 4111111111111111 })).toEqual([
      { path: 'n', reason: 'card-number', label: 'value is a payment card number (passes the Luhn check)' },
    ])
  })
  it('returns nothing for non-objects', () => {
    expect(findSensitiveClaims('x')).toEqual([])
    expect(findSensitiveClaims(null)).toEqual([])
  })
})
