/**
 * HMAC secrets that appear in tutorials, library READMEs, framework defaults and leaked-config lists.
 * A token signed with one of these can be forged by anyone who tries the list (RFC 8725 section 3.5:
 * human-memorable passwords must not be used directly as keys). Compared case-insensitively.
 */
export const WELL_KNOWN_SECRETS: readonly string[] = [
  // jwt.io's debugger defaults (old and new)
  'your-256-bit-secret',
  'your-384-bit-secret',
  'your-512-bit-secret',
  'a-string-secret-at-least-256-bits-long',
  // README and tutorial examples
  'secret',
  'shhhhh',
  'keyboard cat',
  'mysecret',
  'my-secret',
  'my_secret',
  'mysecretkey',
  'secretkey',
  'secret-key',
  'secret_key',
  'secret123',
  'supersecret',
  'super-secret',
  'topsecret',
  's3cr3t',
  'jwt-secret',
  'jwt_secret',
  'jwtsecret',
  'your_jwt_secret',
  'your-secret-key',
  'notasecret',
  // "fill me in" placeholders
  'changeme',
  'change-me',
  'change_me',
  'replace-me',
  'default',
  'key',
  'test',
  'testing',
  'token',
  'jwt',
  // common passwords
  'password',
  'passw0rd',
  'admin',
  'letmein',
  'qwerty',
  'abc123',
  '123456',
  '12345678',
  '123456789',
]

/**
 * Prefixes of generated-but-public defaults. Django's `startproject` writes `SECRET_KEY = 'django-insecure-…'`
 * into settings.py, and simplejwt signs with SECRET_KEY unless SIGNING_KEY is set.
 */
export const WELL_KNOWN_SECRET_PREFIXES: readonly string[] = ['django-insecure-']

export type WellKnownSecretMatch = { kind: 'exact' | 'prefix'; entry: string }

/** Says whether `secret` is (or starts like) a published secret; does not judge length or entropy. */
export function matchWellKnownSecret(secret: string): WellKnownSecretMatch | null {
  const lower = secret.trim().toLowerCase()
  if (lower === '') return null
  const exact = WELL_KNOWN_SECRETS.find((entry) => entry === lower)
  if (exact !== undefined) return { kind: 'exact', entry: exact }
  const prefix = WELL_KNOWN_SECRET_PREFIXES.find((entry) => lower.startsWith(entry))
  if (prefix !== undefined) return { kind: 'prefix', entry: prefix }
  return null
}
