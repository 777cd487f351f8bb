import { describe, expect, it } from 'vitest'
import { matchWellKnownSecret, WELL_KNOWN_SECRETS } from './weak-secrets'

describe('matchWellKnownSecret', () => {
  it.each(['secret', 'SECRET', ' your-256-bit-secret ', 'Shhhhh', 'keyboard cat'])('%j is well known', (s) => {
    expect(matchWellKnownSecret(s)?.kind).toBe('exact')
  })
  it('matches Django’s startproject default by prefix', () => {
    expect(matchWellKnownSecret('django-insecure-9x$w!k2...')).toEqual({ kind: 'prefix', entry: 'django-insecure-' })
  })
  it.each(['', '   ', 'secrets-are-fun-but-this-one-is-not-listed', 'c8y_QVYNPWYCmbm0WctPNldrEH1Kw-DPl5ULQfr6YT0'])(
    '%j is not',
    (s) => {
      expect(matchWellKnownSecret(s)).toBeNull()
    },
  )
  it('the list is lowercase, trimmed and free of duplicates, so the case-insensitive compare works', () => {
    for (const entry of WELL_KNOWN_SECRETS) expect(entry).toBe(entry.trim().toLowerCase())
    expect(new Set(WELL_KNOWN_SECRETS).size).toBe(WELL_KNOWN_SECRETS.length)
    expect(WELL_KNOWN_SECRETS.length).toBeGreaterThanOrEqual(40)
  })
})
