import { algorithmInfo } from './algorithms'
import { decodeSegment, findSegmentProblem } from './base64url'
import { findDuplicateMembers } from './duplicate-members'
import { isJweAlgorithm, isJweHeader } from './jwe-algorithms'
import { findSensitiveClaims } from './sensitive-claims'
import { matchWellKnownSecret } from './weak-secrets'

/**
 * The security review: findings about a token and the key the user typed, each with one line of why and the
 * spec it comes from. It reads what is there; it never verifies a signature and never looks at the clock.
 */

export const SEVERITIES = ['high', 'medium', 'low', 'info'] as const
export type Severity = (typeof SEVERITIES)[number]

export const FINDING_IDS = [
  'alg-none',
  'no-alg',
  'unknown-alg',
  'encrypted-token',
  'payload-unreadable',
  'duplicate-member',
  'alg-confusion',
  'weak-secret',
  'no-exp',
  'long-lifetime',
  'never-valid',
  'jku-header',
  'x5u-header',
  'jwk-header',
  'kid-header',
  'crit-unknown',
  'sensitive-claim',
] as const
export type FindingId = (typeof FINDING_IDS)[number]

export interface Finding {
  id: FindingId
  severity: Severity
  title: string
  /** One line. */
  why: string
  /** Where the rule comes from, e.g. "RFC 8725 §3.1". */
  source: string
  /** What triggered it, when that helps: claim paths, the kid value, unknown crit names. */
  detail?: string
}

export interface ReviewInput {
  header: unknown
  /** The decoded payload; null or undefined when it could not be read (JWE, detached, not JSON): then no claim is judged. */
  payload: unknown
  /** The signature part as typed ('' when empty), when known: alg none must have an empty one (RFC 7518 §3.6). */
  signature?: string
  /** The payload part is empty: the payload travels apart from the token (RFC 7515 Appendix F). */
  payloadDetached?: boolean
  /** The header's and payload's decoded JSON text, when known: duplicate member names only show in the text. */
  headerText?: string
  payloadText?: string
  /** The alg to judge; when absent or empty, `header.alg`. */
  alg?: string
  /** The secret or key text as typed. Empty or blank counts as "no key given". */
  keyText?: string
  /** How an HMAC secret is written; default 'utf8'. */
  encoding?: 'utf8' | 'base64url'
  /** `long-lifetime` fires when exp − iat exceeds this; default 86400 (one day). */
  maxLifetimeSeconds?: number
}

export const DEFAULT_MAX_LIFETIME_SECONDS = 86_400

// Header parameters that jose understands when listed in crit (RFC 7797 `b64`).
const UNDERSTOOD_CRIT = new Set(['b64'])
// RFC 7515 section 4.1.11: these are defined by JWS/JWA and must not appear in crit.
const SPEC_DEFINED_HEADER = new Set(['alg', 'jku', 'jwk', 'kid', 'x5u', 'x5c', 'x5t', 'x5t#S256', 'typ', 'cty', 'crit'])

const RANK: Record<Severity, number> = { high: 0, medium: 1, low: 2, info: 3 }

/**
 * Reviews one token (decoded header and payload) and optional key. Findings come sorted, most severe first,
 * one per id. It does not check signatures, expiry against the clock, or whether a key parses.
 */
export function reviewToken(input: ReviewInput): Finding[] {
  const header = asRecord(input.header)
  const payload = asRecord(input.payload)
  // An empty alg from the UI means "not chosen": fall back to the header.
  const alg = input.alg || (typeof header.alg === 'string' ? header.alg : undefined)
  const payloadRead = input.payload !== null && input.payload !== undefined
  const findings: Finding[] = [
    ...algFindings(header, alg, input.signature),
    ...keyFindings(alg, input.keyText, input.encoding ?? 'utf8'),
    ...(payloadRead ? lifetimeFindings(payload, input.maxLifetimeSeconds ?? DEFAULT_MAX_LIFETIME_SECONDS) : unreadFindings(header, input.payloadDetached === true)),
    ...duplicateFindings(input.headerText, input.payloadText),
    ...headerKeyFindings(header),
    ...critFindings(header),
    ...sensitiveFindings(input.payload),
  ]
  return findings.sort((a, b) => RANK[a.severity] - RANK[b.severity])
}

function asRecord(value: unknown): Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {}
}

function algFindings(header: Record<string, unknown>, alg: string | undefined, signature: string | undefined): Finding[] {
  // Checked before "no alg": a JWE with no alg is still an encrypted token, not a JWS missing its algorithm.
  if (isJweHeader(header) || isJweAlgorithm(alg)) {
    const enc = typeof header.enc === 'string' ? ` / ${header.enc}` : ''
    return [
      {
        id: 'encrypted-token',
        severity: 'info',
        title: `Encrypted token (JWE${alg === undefined ? '' : `, ${alg}${enc}`})`,
        why: `${alg === undefined ? 'Its header' : `"${alg}"`} is JWE key management: the payload cannot be read without the recipient's private key, so only the header is reviewed.`,
        source: 'RFC 7516 §9; RFC 7518 §4.1',
      },
    ]
  }
  if (alg === undefined) {
    const present = 'alg' in header
    return [
      {
        id: 'no-alg',
        severity: 'medium',
        title: present ? 'The alg header is not a string' : 'No alg header',
        why: 'Every JWS must name its algorithm; verifiers must reject a token without one.',
        source: 'RFC 7515 §4.1.1',
      },
    ]
  }
  // Case variants (None, NONE) have been used to slip past blocklists that compare exactly.
  if (alg.toLowerCase() === 'none') {
    if (signature !== undefined && signature !== '') {
      return [
        {
          id: 'alg-none',
          severity: 'high',
          title: `alg "${alg}" with a signature attached`,
          why: 'An unsecured token must have an empty signature; bytes here mean a signed token had its alg changed to none, so nothing checks them.',
          source: 'RFC 7518 §3.6; RFC 8725 §2.1',
        },
      ]
    }
    return [
      {
        id: 'alg-none',
        severity: 'high',
        title: alg === 'none' ? 'Unsecured token (alg: none)' : `alg "${alg}" is a spelling of none`,
        why: 'Nobody signed it: anyone can change the claims, and a verifier that accepts none accepts forgeries.',
        source: 'RFC 8725 §2.1, §3.2; RFC 7518 §3.6',
      },
    ]
  }
  if (algorithmInfo(alg) === undefined) {
    return [
      {
        id: 'unknown-alg',
        severity: 'medium',
        title: `Unknown alg "${alg}"`,
        why: 'Not a JWS signing algorithm this tool knows; verifiers must accept only the algorithms they expect.',
        source: 'RFC 8725 §3.1; RFC 7515 §4.1.1',
      },
    ]
  }
  return []
}

type AsymmetricKeyKind = 'public' | 'private' | 'certificate'

/** Spots PEM blocks and non-`oct` JWKs (or JWK Sets) without parsing them: enough to say "this is not a shared secret". */
function asymmetricKeyKind(text: string): AsymmetricKeyKind | null {
  const pem = /-----BEGIN ([A-Z0-9 ]+)-----/.exec(text)
  if (pem) {
    const label = pem[1] ?? ''
    if (label.includes('CERTIFICATE')) return 'certificate'
    if (label.includes('PRIVATE')) return 'private'
    if (label.includes('PUBLIC')) return 'public'
    return null
  }
  const trimmed = text.trim()
  if (!trimmed.startsWith('{')) return null
  let json: unknown
  try {
    json = JSON.parse(trimmed)
  } catch {
    return null
  }
  const record = asRecord(json)
  const keys = Array.isArray(record.keys) ? record.keys.map(asRecord) : [record]
  const asymmetric = keys.filter((k) => typeof k.kty === 'string' && k.kty !== 'oct')
  if (asymmetric.length === 0) return null
  // RSA/EC/OKP keep the private part in "d", AKP (ML-DSA) in "priv".
  return asymmetric.some((k) => 'd' in k || 'priv' in k) ? 'private' : 'public'
}

function secretBytes(text: string, encoding: 'utf8' | 'base64url'): number | null {
  if (encoding === 'utf8') return new TextEncoder().encode(text).length
  if (findSegmentProblem(text) !== null) return null
  return decodeSegment(text).length
}

function keyFindings(alg: string | undefined, keyText: string | undefined, encoding: 'utf8' | 'base64url'): Finding[] {
  const info = algorithmInfo(alg)
  if (info?.family !== 'HMAC' || keyText === undefined || keyText.trim() === '') return []
  const asymmetric = asymmetricKeyKind(keyText)
  if (asymmetric !== null) {
    const what = { public: 'a public key', private: 'a private key', certificate: 'a certificate' }[asymmetric]
    return [
      {
        id: 'alg-confusion',
        severity: 'high',
        title: `${info.alg} with ${what} as the secret`,
        why:
          asymmetric === 'private'
            ? 'HMAC treats the key text as a shared secret; a key pair belongs with RS/PS/ES/EdDSA algorithms.'
            : 'A verifier that lets the token pick HMAC and uses its public key as the secret accepts tokens anyone can make.',
        source: 'RFC 8725 §2.1, §3.1',
      },
    ]
  }
  const known = matchWellKnownSecret(keyText)
  if (known !== null) {
    return [
      {
        id: 'weak-secret',
        severity: 'high',
        title: known.kind === 'prefix' ? `Framework default secret (${known.entry}…)` : 'Well-known secret',
        why: 'This secret is published in examples or wordlists; anyone can sign tokens with it.',
        source: 'RFC 8725 §3.5',
        detail: known.entry,
      },
    ]
  }
  const length = secretBytes(keyText, encoding)
  const needed = info.hashBytes ?? 0
  if (length !== null && length < needed) {
    return [
      {
        id: 'weak-secret',
        severity: 'high',
        title: `Secret shorter than ${needed} bytes`,
        why: `${info.alg} needs a key at least as long as its ${needed * 8}-bit hash output; this one has ${length} bytes.`,
        source: 'RFC 7518 §3.2',
      },
    ]
  }
  return []
}

function lifetimeFindings(payload: Record<string, unknown>, maxLifetime: number): Finding[] {
  const { exp, iat } = payload
  if (typeof exp !== 'number' || !Number.isFinite(exp)) {
    return [
      {
        id: 'no-exp',
        severity: 'medium',
        title: exp === undefined ? 'No expiry (exp)' : 'exp is not a NumericDate',
        why: 'Without a usable exp the token is valid forever unless the server tracks and revokes it.',
        source: 'RFC 7519 §4.1.4',
      },
    ]
  }
  const { nbf } = payload
  // A clock-free fact: rejected before nbf and from exp on, the token has no moment left.
  if (typeof nbf === 'number' && Number.isFinite(nbf) && nbf >= exp) {
    return [
      {
        id: 'never-valid',
        severity: 'medium',
        title: 'nbf is not before exp: the token can never be valid',
        why: `It may not be used before nbf and expires at exp, ${describeSeconds(nbf - exp)} earlier: the issuer's clock or code is wrong.`,
        source: 'RFC 7519 §4.1.4, §4.1.5',
      },
    ]
  }
  // Judged on exp − iat so the rule needs no clock; a token without iat is not judged here.
  if (typeof iat === 'number' && Number.isFinite(iat) && exp - iat > maxLifetime) {
    return [
      {
        id: 'long-lifetime',
        severity: 'medium',
        title: `Lifetime of ${describeSeconds(exp - iat)}`,
        why: `exp − iat is longer than ${describeSeconds(maxLifetime)}: a stolen token stays useful that long.`,
        source: 'RFC 7519 §4.1.4, §4.1.6',
      },
    ]
  }
  return []
}

/** Why no claim was judged, for a payload that could not be read: JWE is said by algFindings already. */
function unreadFindings(header: Record<string, unknown>, detached: boolean): Finding[] {
  if (isJweHeader(header)) return []
  const unencoded = header.b64 === false
  return [
    {
      id: 'payload-unreadable',
      severity: 'info',
      title: detached ? 'Detached payload: not reviewed' : unencoded ? 'Unencoded payload (b64: false): not reviewed' : 'Payload not readable: not reviewed',
      why: detached
        ? 'The payload part is empty: the payload travels separately, so its claims (exp, lifetime, secrets) cannot be checked here.'
        : unencoded
          ? 'The payload is sent as it is, not as base64url JSON, so its claims (exp, lifetime, secrets) cannot be checked here.'
          : 'The payload is not a JSON object this tool can decode, so its claims (exp, lifetime, secrets) are not checked.',
      source: detached ? 'RFC 7515 §F; RFC 7797 §4' : unencoded ? 'RFC 7797 §3' : 'RFC 7519 §7.2',
    },
  ]
}

// Largest unit first; a lifetime is shown in its two largest non-zero units.
const DURATION_UNITS = [
  [86_400, ' day', ' days'],
  [3600, ' h', ' h'],
  [60, ' min', ' min'],
  [1, ' s', ' s'],
] as const

/** "30 days", "1 day 1 s", "about 47481 days 23 h": never raw seconds for a long span, fractions or not. */
function describeSeconds(seconds: number): string {
  let rest = seconds
  const parts: string[] = []
  for (const [size, one, many] of DURATION_UNITS) {
    // Seconds keep their fraction (0.5 s); larger units take whole counts.
    const count = size === 1 ? Math.round(rest * 1000) / 1000 : Math.floor(rest / size)
    rest -= count * size
    if (count > 0) parts.push(`${count}${count === 1 ? one : many}`)
  }
  if (parts.length === 0) return '0 s'
  return parts.length <= 2 ? parts.join(' ') : `about ${parts.slice(0, 2).join(' ')}`
}

// kid values that only make sense as an attack on a server that uses kid in a path, a query or a URL.
const SUSPICIOUS_KID: readonly (readonly [RegExp, string])[] = [
  [/\.\.[/\\]|^[/\\]|^[a-z]:\\|\/dev\/|\0/i, 'a file path'],
  [/['";]|--|\/\*|\bunion\b.*\bselect\b|\bsleep\s*\(/i, 'SQL'],
  [/^[a-z][a-z0-9+.-]*:\/\/|^file:/i, 'a URL'],
  [/[|`$<>]|\$\(/, 'shell or markup characters'],
]

function headerKeyFindings(header: Record<string, unknown>): Finding[] {
  const findings: Finding[] = []
  if ('jku' in header) {
    findings.push({
      id: 'jku-header',
      severity: 'medium',
      title: 'jku header: the token points to its own key set',
      why: 'A verifier that fetches this URL lets the sender choose the key, and can be used for SSRF.',
      source: 'RFC 8725 §2.9, §3.10; RFC 7515 §4.1.2',
      detail: String(header.jku),
    })
  }
  if ('x5u' in header) {
    findings.push({
      id: 'x5u-header',
      severity: 'medium',
      title: 'x5u header: the token points to its own certificate',
      why: 'A verifier that fetches this URL lets the sender choose the key, and can be used for SSRF.',
      source: 'RFC 8725 §2.9, §3.10; RFC 7515 §4.1.5',
      detail: String(header.x5u),
    })
  }
  if ('jwk' in header) {
    findings.push({
      id: 'jwk-header',
      severity: 'high',
      title: 'jwk header: the token carries its own public key',
      why: 'A verifier that trusts an embedded key accepts any token signed with any key; only pinned keys count.',
      source: 'RFC 7515 §4.1.3; RFC 8725 §3.10',
    })
  }
  if ('kid' in header) findings.push(kidFinding(header.kid))
  return findings
}

function kidFinding(kid: unknown): Finding {
  const source = 'RFC 8725 §3.10; RFC 7515 §4.1.4'
  if (typeof kid !== 'string') {
    return {
      id: 'kid-header',
      severity: 'medium',
      title: 'kid is not a string',
      why: 'kid must be a string; a server that passes it on unchecked may break or be exploited.',
      source,
    }
  }
  const suspicious = SUSPICIOUS_KID.find(([pattern]) => pattern.test(kid))
  if (suspicious) {
    return {
      id: 'kid-header',
      severity: 'high',
      title: `kid looks like ${suspicious[1]}`,
      why: 'Servers that build a file path, SQL query or URL from kid can be made to use a key the attacker knows.',
      source,
      detail: kid,
    }
  }
  return {
    id: 'kid-header',
    severity: 'info',
    title: 'kid header present',
    why: 'Fine on its own; the server must look it up in a fixed key list, never in a path, query or URL.',
    source,
    detail: kid,
  }
}

function critFindings(header: Record<string, unknown>): Finding[] {
  if (!('crit' in header)) return []
  const crit = header.crit
  const source = 'RFC 7515 §4.1.11'
  if (!Array.isArray(crit) || crit.length === 0 || !crit.every((name) => typeof name === 'string')) {
    return [
      {
        id: 'crit-unknown',
        severity: 'medium',
        title: 'crit is malformed',
        why: 'crit must be a non-empty array of header names; verifiers must reject this token.',
        source,
      },
    ]
  }
  const names = crit as string[]
  const misused = names.filter((name) => SPEC_DEFINED_HEADER.has(name) || !(name in header))
  const unknown = names.filter((name) => !UNDERSTOOD_CRIT.has(name) && !misused.includes(name))
  if (misused.length > 0 || unknown.length > 0) {
    return [
      {
        id: 'crit-unknown',
        severity: 'medium',
        title: unknown.length > 0 ? `crit lists extensions not understood: ${unknown.join(', ')}` : 'crit is malformed',
        why: 'A verifier must reject a token whose crit names it does not understand; one that ignores crit is unsafe.',
        source,
        detail: [...misused, ...unknown].join(', '),
      },
    ]
  }
  return [
    {
      id: 'crit-unknown',
      severity: 'info',
      title: `crit present: ${names.join(', ')}`,
      why: 'Every verifier must understand these extensions or reject the token.',
      source,
    },
  ]
}

function duplicateFindings(headerText: string | undefined, payloadText: string | undefined): Finding[] {
  const inHeader = headerText === undefined ? [] : findDuplicateMembers(headerText)
  const inPayload = payloadText === undefined ? [] : findDuplicateMembers(payloadText)
  if (inHeader.length === 0 && inPayload.length === 0) return []
  const where = [inHeader.length > 0 ? 'header' : null, inPayload.length > 0 ? 'payload' : null].filter((part) => part !== null)
  return [
    {
      id: 'duplicate-member',
      // In the header it can change the algorithm one verifier sees; in the payload, a claim.
      severity: inHeader.length > 0 ? 'high' : 'medium',
      title: `Duplicate names in the ${where.join(' and ')}: ${[...inHeader, ...inPayload].join(', ')}`,
      why: 'Parsers disagree on which copy wins (this page shows the last), so two verifiers can read two different tokens; reject it.',
      source: 'RFC 7515 §4, §5.2; RFC 7519 §4',
      detail: [...inHeader.map((name) => `header: ${name}`), ...inPayload.map((name) => `payload: ${name}`)].join('; '),
    },
  ]
}

function sensitiveFindings(payload: unknown): Finding[] {
  const hits = findSensitiveClaims(payload)
  if (hits.length === 0) return []
  const paths = hits.map((hit) => hit.path)
  return [
    {
      id: 'sensitive-claim',
      severity: 'high',
      title: hits.length === 1 ? `Sensitive-looking claim: ${paths[0]}` : `${hits.length} sensitive-looking claims`,
      why: 'The payload is base64url, not encryption: anyone holding the token can read these.',
      source: 'RFC 7519 §12',
      detail: hits.map((hit) => `${hit.path}: ${hit.label}`).join('; '),
    },
  ]
}
