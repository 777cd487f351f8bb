import { describe, expect, it } from 'vitest'
import { claimRows, numericDateNote, timeVerdict, validityClaims } from './claims'
import { formatLocal, formatRelative, formatUtc } from './time-format'

const NOW = new Date('2026-01-01T00:00:00Z')
const now = NOW.getTime() / 1000

describe('claimRows', () => {
  it('names registered claims, from RFC 7519, OpenID Connect and simplejwt, and lists the rest as custom', () => {
    const rows = claimRows({ role: 'admin', sub: '42', token_type: 'access', user_id: 7, nonce: 'n', jti: 'x' }, { now: NOW })
    expect(rows.map((row) => [row.name, row.info?.source ?? 'custom'])).toEqual([
      ['sub', 'RFC 7519 §4.1.2'],
      ['token_type', 'simplejwt settings: TOKEN_TYPE_CLAIM'],
      ['user_id', 'simplejwt settings: USER_ID_CLAIM'],
      ['nonce', 'OpenID Connect Core §2'],
      ['jti', 'RFC 7519 §4.1.7'],
      ['role', 'custom'],
    ])
  })

  it('builds only the first rows asked for, in the same order', () => {
    const payload = { role: 'admin', ...Object.fromEntries(Array.from({ length: 5000 }, (_, i) => [`c${i}`, i])), sub: '42', exp: now + 60 }
    const rows = claimRows(payload, { now: NOW, limit: 3 })
    expect(rows.map((row) => row.name)).toEqual(['sub', 'exp', 'role'])
    expect(rows[1]?.time?.status).toBe('valid')
    expect(claimRows(payload, { now: NOW })).toHaveLength(5003)
  })

  it('does not treat inherited object keys as registered claims', () => {
    expect(claimRows({ constructor: 1, toString: 2 }, { now: NOW }).every((row) => row.info === undefined)).toBe(true)
  })

  it.each([
    ['exp in the past', { exp: now - 180 }, 'exp', 'expired'],
    ['exp exactly now (RFC 7519: on or after)', { exp: now }, 'exp', 'expired'],
    ['exp in the future', { exp: now + 60 }, 'exp', 'valid'],
    ['nbf in the future', { nbf: now + 60 }, 'nbf', 'not-yet-valid'],
    ['nbf now', { nbf: now }, 'nbf', 'valid'],
    ['iat in the future', { iat: now + 60 }, 'iat', 'issued-in-future'],
    ['exp as a string', { exp: '1700000000' }, 'exp', 'not-a-number'],
  ])('%s', (_name, payload, claim, status) => {
    const row = claimRows(payload, { now: NOW }).find((r) => r.name === claim)
    expect(row?.time?.status).toBe(status)
  })

  it('applies the leeway both ways', () => {
    expect(claimRows({ exp: now - 30 }, { now: NOW, leeway: 60 })[0]?.time?.status).toBe('valid')
    expect(claimRows({ nbf: now + 30 }, { now: NOW, leeway: 60 })[0]?.time?.status).toBe('valid')
  })
})

describe('NumericDates out of the range a date can show', () => {
  it.each([
    ['auth_time', 99999999999999, 'valid'],
    ['updated_at', 1e20, 'valid'],
    ['nbf', 8640000000000001, 'not-yet-valid'],
    ['exp', 1e20, 'valid'],
    ['exp', -1e20, 'expired'],
    ['iat', 1e20, 'issued-in-future'],
  ])('%s %d is a NumericDate, judged as %s, with a note that no date shows it', (claim, seconds, status) => {
    const time = claimRows({ [claim]: seconds }, { now: NOW })[0]?.time
    expect(time).toMatchObject({ status, inDateRange: false })
    expect(time && numericDateNote(time)).toBe('a NumericDate, but out of the range a date can show')
  })

  it('is not a NumericDate only when not a finite number', () => {
    const time = claimRows({ exp: '1700000000' }, { now: NOW })[0]?.time
    expect(time?.status).toBe('not-a-number')
    expect(time && numericDateNote(time)).toBeNull()
  })

  it('hints at milliseconds when exp reads as a 2001–2286 time only in milliseconds', () => {
    // 2026-01-01 in milliseconds: as seconds it is the year 57971.
    const ms = claimRows({ exp: 1767225600000 }, { now: NOW })[0]?.time
    expect(ms).toMatchObject({ status: 'valid', inDateRange: true, looksLikeMilliseconds: true })
    expect(ms && numericDateNote(ms)).toBe('looks like milliseconds; NumericDate is seconds (RFC 7519 §2)')
    const seconds = claimRows({ exp: 1767225600 }, { now: NOW })[0]?.time
    expect(seconds && numericDateNote(seconds)).toBeNull()
  })
})

describe('validityClaims', () => {
  it('judges exp and nbf only, and only when the payload has them', () => {
    expect(validityClaims({ exp: now - 1, iat: now + 60, sub: 'x' }, { now: NOW })).toEqual({
      exp: expect.objectContaining({ status: 'expired', seconds: now - 1 }),
      nbf: undefined,
    })
    expect(validityClaims({ toString: 1 }, { now: NOW })).toEqual({ exp: undefined, nbf: undefined })
    expect(validityClaims({ nbf: now + 30 }, { now: NOW, leeway: 60 }).nbf?.status).toBe('valid')
  })
})

describe('timeVerdict', () => {
  it.each([
    [{ exp: now + 1 }, 'valid'],
    [{ exp: now - 1 }, 'expired'],
    [{ exp: now + 100, nbf: now + 50 }, 'not-yet-valid'],
    [{ sub: 'x' }, 'no-exp'],
    [{ exp: now + 100, nbf: 'soon' }, 'not-a-number'],
    // Issued now, usable in 2 hours, expired in 1: no moment is both.
    [{ iat: now, nbf: now + 7200, exp: now + 3600 }, 'never-valid'],
    [{ nbf: now - 60, exp: now - 60 }, 'never-valid'],
    [{ exp: 1e20 }, 'valid'],
    [{ exp: -1e20 }, 'expired'],
    [{ exp: now + 100, nbf: 8640000000000001 }, 'never-valid'],
  ])('%j is %s', (payload, verdict) => expect(timeVerdict(validityClaims(payload, { now: NOW }))).toBe(verdict))
})

describe('time formatting', () => {
  it.each([
    [-180, '3 minutes ago'],
    [300, 'in 5 minutes'],
    [-86400 * 2, '2 days ago'],
    [0, 'now'],
    [-59, '59 seconds ago'],
  ])('%d s is "%s"', (seconds, text) => expect(formatRelative(seconds)).toBe(text))

  it('formats UTC and local time', () => {
    const date = new Date(1300819380 * 1000)
    expect(formatUtc(date)).toBe('2011-03-22 18:43:00 UTC')
    expect(formatLocal(date, 'Europe/Paris')).toBe('22 Mar 2011, 19:43:00 CET')
  })
})
