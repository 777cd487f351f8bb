import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { DEFAULT_POLICY, DEFAULT_SETTINGS, leadCoversLifetime, pythonTimedelta, toPythonSnippet, type SimpleJwtSettings } from './policy'

describe('DEFAULT_SETTINGS', () => {
  it("matches simplejwt 5.2's DEFAULTS (rest_framework_simplejwt/settings.py), lifetimes in seconds", () => {
    const { SIGNING_KEY: _key, ...rest } = DEFAULT_SETTINGS
    expect(rest).toEqual({
      ACCESS_TOKEN_LIFETIME: 5 * 60, // timedelta(minutes=5)
      REFRESH_TOKEN_LIFETIME: 24 * 3600, // timedelta(days=1)
      ROTATE_REFRESH_TOKENS: false,
      BLACKLIST_AFTER_ROTATION: false,
      LEEWAY: 0,
      ALGORITHM: 'HS256',
      USER_ID_CLAIM: 'user_id',
    })
  })

  it('ships a placeholder key long enough for HS256 (RFC 7518 section 3.2: at least 256 bits)', () => {
    expect(new TextEncoder().encode(DEFAULT_SETTINGS.SIGNING_KEY).length).toBeGreaterThanOrEqual(32)
  })

  it('has a default client that refreshes on 401 and logs in again', () => {
    expect(DEFAULT_POLICY.refresh).toEqual({ kind: 'on-401' })
    expect(DEFAULT_POLICY.reloginOnRefreshFailure).toBe(true)
  })
})

describe('pythonTimedelta', () => {
  it.each([
    [300, 'timedelta(minutes=5)'],
    [86400, 'timedelta(days=1)'],
    [7 * 86400, 'timedelta(days=7)'],
    [3600, 'timedelta(hours=1)'],
    [5400, 'timedelta(minutes=90)'],
    [90, 'timedelta(seconds=90)'],
    [0, 'timedelta(seconds=0)'],
  ])('%i s -> %s', (seconds, text) => {
    expect(pythonTimedelta(seconds)).toBe(text)
  })
})

describe('toPythonSnippet', () => {
  it('writes the defaults as a settings.py block', () => {
    expect(toPythonSnippet({ ...DEFAULT_SETTINGS, SIGNING_KEY: 'k' })).toBe(
      [
        'from datetime import timedelta',
        '',
        'SIMPLE_JWT = {',
        '    "ACCESS_TOKEN_LIFETIME": timedelta(minutes=5),',
        '    "REFRESH_TOKEN_LIFETIME": timedelta(days=1),',
        '    "ROTATE_REFRESH_TOKENS": False,',
        '    "BLACKLIST_AFTER_ROTATION": False,',
        '    "LEEWAY": 0,',
        '    "ALGORITHM": "HS256",',
        '    # Read the key from the environment in real projects; never commit it.',
        '    "SIGNING_KEY": "k",',
        '    "USER_ID_CLAIM": "user_id",',
        '}',
        '',
      ].join('\n'),
    )
  })

  it('reminds that blacklisting needs the token_blacklist app', () => {
    const text = toPythonSnippet({ ...DEFAULT_SETTINGS, ROTATE_REFRESH_TOKENS: true, BLACKLIST_AFTER_ROTATION: true })
    expect(text).toContain('rest_framework_simplejwt.token_blacklist')
    expect(text).toContain('"BLACKLIST_AFTER_ROTATION": True,')
  })

  it.each([
    ['nobody', false, null, null],
    ['rotation blacklisting', true, null, '# BLACKLIST_AFTER_ROTATION needs "rest_framework_simplejwt.token_blacklist" in INSTALLED_APPS.'],
    ['a client that logs out', false, 3600, '# Logging out (POST /api/token/blacklist/) needs "rest_framework_simplejwt.token_blacklist" in INSTALLED_APPS:'],
    ['both', true, 3600, '# BLACKLIST_AFTER_ROTATION and logging out (POST /api/token/blacklist/) need "rest_framework_simplejwt.token_blacklist" in INSTALLED_APPS:'],
  ])('names the token_blacklist app when %s needs it', (_name, blacklist, logoutAt, comment) => {
    const lines = toPythonSnippet({ ...DEFAULT_SETTINGS, ROTATE_REFRESH_TOKENS: blacklist, BLACKLIST_AFTER_ROTATION: blacklist }, { logoutAt }).split('\n')
    const comments = lines.filter((line) => line.includes('INSTALLED_APPS'))
    expect(comments).toEqual(comment === null ? [] : [comment])
    // simplejwt 5.2 blacklists only with the app installed; a logout without it still answers 200.
    expect(lines.some((line) => line.includes('answers the logout with 200 and blacklists nothing'))).toBe(logoutAt !== null)
  })

  // Python itself reads the snippet back; skipped where Debian's python is absent.
  it.skipIf(!existsSync('/usr/bin/python3'))('is Python that evaluates to the same settings, odd key included', () => {
    const settings: SimpleJwtSettings = {
      ACCESS_TOKEN_LIFETIME: 90,
      REFRESH_TOKEN_LIFETIME: 7 * 86400,
      ROTATE_REFRESH_TOKENS: true,
      BLACKLIST_AFTER_ROTATION: true,
      LEEWAY: 2.5,
      ALGORITHM: 'HS384',
      SIGNING_KEY: 'quote " backslash \\ tab \t é 😀 \u2028 end',
      USER_ID_CLAIM: 'uid',
    }
    const program = `${toPythonSnippet(settings, { logoutAt: 60 })}
import json, sys
out = {k: (v.total_seconds() if isinstance(v, timedelta) else v) for k, v in SIMPLE_JWT.items()}
sys.stdout.write(json.dumps(out))`
    const printed = execFileSync('/usr/bin/python3', ['-c', program], { encoding: 'utf8' })
    expect(JSON.parse(printed)).toEqual(settings)
  })
})

describe('leadCoversLifetime', () => {
  it.each([
    [{ kind: 'on-401' } as const, 300, false],
    [{ kind: 'proactive', secondsBeforeExpiry: 30 } as const, 300, false],
    [{ kind: 'proactive', secondsBeforeExpiry: 299 } as const, 300, false],
    [{ kind: 'proactive', secondsBeforeExpiry: 300 } as const, 300, true],
    [{ kind: 'proactive', secondsBeforeExpiry: 600 } as const, 300, true],
  ])('%j with ACCESS_TOKEN_LIFETIME %i: %s', (refresh, lifetime, covers) => {
    expect(leadCoversLifetime({ refresh }, { ACCESS_TOKEN_LIFETIME: lifetime })).toBe(covers)
  })
})
