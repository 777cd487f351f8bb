/**
 * Tells what a pasted key text is: a secret, a PEM (which container, which key type), a JWK, a JWKS,
 * or something broken, with a label a person understands. Synchronous and cheap enough to run on
 * every keystroke. It never imports a key into WebCrypto, so "recognised" does not mean "usable".
 */
import type { JWK } from 'jose'
import {
  DerError,
  describePkcs8,
  describeSpki,
  parsePem,
  pkcs1PrivateBits,
  pkcs1PublicBits,
  sec1Curve,
  spkiOfCertificate,
  type KeyAlgorithmIds,
  type PemBlock,
} from './pem'
import { decodeSegment, findSegmentProblem } from './base64url'
import { parseJson } from './json-text'

/** Every kind recognizeKey can report; 'unsupported' is a real key format this tool does not read. */
export const KEY_KINDS = [
  'empty',
  'secret',
  'pem-spki',
  'pem-pkcs8',
  'pem-pkcs1-public',
  'pem-pkcs1-private',
  'pem-sec1-private',
  'pem-x509',
  'jwk-public',
  'jwk-private',
  'jwk-secret',
  'jwks',
  'unsupported',
  'malformed-pem',
  'malformed-json',
  'not-a-key',
] as const
export type KeyKind = (typeof KEY_KINDS)[number]

/** What kind of key material a key is, in JWK terms (RFC 7518 §6, RFC 8037 §2, draft-ietf-cose-dilithium). */
export interface KeyType {
  kty: 'RSA' | 'EC' | 'OKP' | 'AKP' | 'oct' | 'other'
  /** EC curve, OKP subtype or ML-DSA parameter set: 'P-256', 'Ed25519', 'ML-DSA-44'. */
  crv?: string
  /** RSA modulus size in bits, when the text says. */
  bits?: number
  /** An RSA key whose SPKI/PKCS#8 OID restricts it to RSASSA-PSS (RFC 4055 §1.2). */
  pssOnly?: boolean
  /** An RSASSA-PSS key with parameters: the hashes it may be used with ("SHA-256"), RFC 4055 §3.1. */
  pssHashes?: { hash: string; mgf1Hash: string }
  /** In words: "RSA 2048-bit", "EC P-256", "Ed25519", "ML-DSA-44". */
  label: string
}

export interface RecognizedKey {
  kind: KeyKind
  /** A human label: "PEM public key (SPKI, RSA 2048-bit)", "JWK private key (EC P-256)", "JWKS with 3 keys". */
  label: string
  /** Whether the text holds a public key, a private key (which includes its public key) or a shared secret. */
  visibility?: 'public' | 'private' | 'secret'
  keyType?: KeyType
  /** PEM kinds: the DER of the key block, before any re-wrapping. */
  der?: Uint8Array
  /** jwk-* kinds: the parsed JWK. */
  jwk?: JWK
  /** jwks: its entries, each recognised on its own. */
  keys?: readonly RecognizedJwk[]
  /** malformed-*, not-a-key and unsupported: why, in words. */
  problem?: string
}

/** One JWK of a JWKS, recognised. */
export interface RecognizedJwk {
  jwk: JWK
  kid?: string
  visibility: 'public' | 'private' | 'secret'
  keyType: KeyType
}

/** Recognises key text; never throws and never touches WebCrypto. */
export function recognizeKey(text: string): RecognizedKey {
  const trimmed = text.trim()
  if (trimmed === '') return { kind: 'empty', label: 'No key' }
  if (trimmed.includes('-----BEGIN')) return recognizePem(trimmed)
  if (/^(ssh-(rsa|ed25519|dss)|ecdsa-sha2-nistp\d+) AAAA/.test(trimmed)) {
    return unsupported('OpenSSH public key', 'OpenSSH keys are not PEM; convert it with "ssh-keygen -e -m PKCS8 -f key.pub"')
  }
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) return recognizeJson(trimmed)
  return { kind: 'secret', label: `Secret (${[...text].length} characters)`, visibility: 'secret' }
}

function unsupported(label: string, problem: string): RecognizedKey {
  return { kind: 'unsupported', label: `${label}: not supported`, problem }
}

// ---- PEM ----

/** OIDs of key algorithms (RFC 3279, RFC 4055, RFC 5480, RFC 8410, FIPS 204 / RFC 9881). */
const ALGORITHM_OIDS: Readonly<Record<string, Omit<KeyType, 'label' | 'bits'> & { name: string }>> = {
  '1.2.840.113549.1.1.1': { kty: 'RSA', name: 'RSA' },
  '1.2.840.113549.1.1.10': { kty: 'RSA', pssOnly: true, name: 'RSA-PSS' },
  '1.3.101.112': { kty: 'OKP', crv: 'Ed25519', name: 'Ed25519' },
  '1.3.101.113': { kty: 'OKP', crv: 'Ed448', name: 'Ed448' },
  '1.3.101.110': { kty: 'OKP', crv: 'X25519', name: 'X25519' },
  '1.3.101.111': { kty: 'OKP', crv: 'X448', name: 'X448' },
  '2.16.840.1.101.3.4.3.17': { kty: 'AKP', crv: 'ML-DSA-44', name: 'ML-DSA-44' },
  '2.16.840.1.101.3.4.3.18': { kty: 'AKP', crv: 'ML-DSA-65', name: 'ML-DSA-65' },
  '2.16.840.1.101.3.4.3.19': { kty: 'AKP', crv: 'ML-DSA-87', name: 'ML-DSA-87' },
  '1.2.840.10040.4.1': { kty: 'other', name: 'DSA' },
}
const EC_PUBLIC_KEY_OID = '1.2.840.10045.2.1'
const CURVE_OIDS: Readonly<Record<string, string>> = {
  '1.2.840.10045.3.1.7': 'P-256',
  '1.3.132.0.34': 'P-384',
  '1.3.132.0.35': 'P-521',
  '1.3.132.0.10': 'secp256k1',
}
const HASH_OIDS: Readonly<Record<string, string>> = {
  '1.3.14.3.2.26': 'SHA-1',
  '2.16.840.1.101.3.4.2.4': 'SHA-224',
  '2.16.840.1.101.3.4.2.1': 'SHA-256',
  '2.16.840.1.101.3.4.2.2': 'SHA-384',
  '2.16.840.1.101.3.4.2.3': 'SHA-512',
}
const hashName = (oid: string) => HASH_OIDS[oid] ?? `hash OID ${oid}`

function keyTypeFromOids(ids: KeyAlgorithmIds): KeyType {
  if (ids.algorithm === EC_PUBLIC_KEY_OID) {
    const crv = (ids.curve && CURVE_OIDS[ids.curve]) ?? `curve ${ids.curve ?? '(not named)'}`
    return { kty: 'EC', crv, label: `EC ${crv}` }
  }
  const known = ALGORITHM_OIDS[ids.algorithm]
  if (!known) return { kty: 'other', label: `algorithm OID ${ids.algorithm}` }
  const { name, ...rest } = known
  if (rest.kty === 'RSA') {
    const pssHashes = ids.pss && { hash: hashName(ids.pss.hash), mgf1Hash: hashName(ids.pss.mgf1Hash) }
    return rsaType(ids.rsaBits, rest.pssOnly, pssHashes)
  }
  return { ...rest, label: name }
}

function rsaType(bits: number | undefined, pssOnly?: boolean, pssHashes?: KeyType['pssHashes']): KeyType {
  const name = `${pssOnly ? 'RSA-PSS' : 'RSA'}${bits ? ` ${bits}-bit` : ''}`
  const label = pssHashes ? `${name}, ${pssHashes.hash} only` : name
  return { kty: 'RSA', ...(bits ? { bits } : {}), ...(pssOnly ? { pssOnly } : {}), ...(pssHashes ? { pssHashes } : {}), label }
}

/** Labels that are not keys and may stand beside one (openssl ecparam writes EC PARAMETERS first). */
const SKIPPED_LABELS = new Set(['EC PARAMETERS'])

function recognizePem(text: string): RecognizedKey {
  const parsed = parsePem(text)
  if (!parsed.ok) return malformedPem(parsed.problem)
  const block = parsed.blocks.find((b) => !SKIPPED_LABELS.has(b.label))
  if (!block) return malformedPem('it holds only EC PARAMETERS, not a key')
  if (block.headers['Proc-Type']?.includes('ENCRYPTED')) {
    return unsupported(`Encrypted PEM (${block.label})`, 'the key is encrypted with a passphrase; decrypt it first, e.g. "openssl pkey -in key.pem"')
  }
  try {
    return describePemBlock(block)
  } catch (error) {
    if (error instanceof DerError) return malformedPem(`the ${block.label} data ${error.message}`)
    throw error
  }
}

function malformedPem(problem: string): RecognizedKey {
  return { kind: 'malformed-pem', label: 'PEM that does not parse', problem }
}

function describePemBlock(block: PemBlock): RecognizedKey {
  const { der } = block
  switch (block.label) {
    case 'PUBLIC KEY': {
      const keyType = keyTypeFromOids(describeSpki(der))
      return { kind: 'pem-spki', label: `PEM public key (SPKI, ${keyType.label})`, visibility: 'public', keyType, der }
    }
    case 'PRIVATE KEY': {
      const keyType = keyTypeFromOids(describePkcs8(der))
      return { kind: 'pem-pkcs8', label: `PEM private key (PKCS#8, ${keyType.label})`, visibility: 'private', keyType, der }
    }
    case 'RSA PUBLIC KEY': {
      const keyType = rsaType(pkcs1PublicBits(der))
      return { kind: 'pem-pkcs1-public', label: `PEM RSA public key (PKCS#1, ${keyType.bits}-bit)`, visibility: 'public', keyType, der }
    }
    case 'RSA PRIVATE KEY': {
      const keyType = rsaType(pkcs1PrivateBits(der))
      return { kind: 'pem-pkcs1-private', label: `PEM RSA private key (PKCS#1, ${keyType.bits}-bit)`, visibility: 'private', keyType, der }
    }
    case 'EC PRIVATE KEY': {
      const keyType = keyTypeFromOids({ algorithm: EC_PUBLIC_KEY_OID, curve: sec1Curve(der) })
      return { kind: 'pem-sec1-private', label: `PEM EC private key (SEC1, ${keyType.crv})`, visibility: 'private', keyType, der }
    }
    case 'CERTIFICATE': {
      const keyType = keyTypeFromOids(describeSpki(spkiOfCertificate(der)))
      return { kind: 'pem-x509', label: `X.509 certificate (PEM, ${keyType.label} public key)`, visibility: 'public', keyType, der }
    }
    case 'ENCRYPTED PRIVATE KEY':
      return unsupported('Encrypted PEM private key (PKCS#8)', 'the key is encrypted with a passphrase; decrypt it first, e.g. "openssl pkey -in key.pem"')
    case 'OPENSSH PRIVATE KEY':
      return unsupported('OpenSSH private key', 'convert it to PKCS#8 first, e.g. "ssh-keygen -p -m PKCS8 -f key"')
    case 'CERTIFICATE REQUEST':
      return unsupported('Certificate signing request', 'a CSR is not a key you can verify with; paste the certificate or the public key')
    default:
      return unsupported(`PEM "${block.label}"`, `"${block.label}" is not a key format this tool reads`)
  }
}

// ---- JSON: JWK (RFC 7517 §4) and JWK Set (RFC 7517 §5) ----

function recognizeJson(text: string): RecognizedKey {
  // The decoder's parser: it says where the JSON breaks by line and column, in the same words as for a token.
  const parsed = parseJson(text)
  if (!parsed.ok) return { kind: 'malformed-json', label: 'JSON that does not parse', problem: parsed.message }
  const value = parsed.value
  if (!isObject(value)) {
    return { kind: 'not-a-key', label: 'JSON, but not a key', problem: 'a JWK is a JSON object and a JWKS is {"keys": [...]}' }
  }
  if (Array.isArray(value.keys)) return recognizeJwks(value.keys)
  const entry = recognizeJwk(value)
  if (typeof entry === 'string') return { kind: 'not-a-key', label: 'JSON, but not a key', problem: entry }
  const kind = entry.visibility === 'secret' ? 'jwk-secret' : entry.visibility === 'private' ? 'jwk-private' : 'jwk-public'
  const noun = entry.visibility === 'secret' ? 'secret key' : `${entry.visibility} key`
  return { kind, label: `JWK ${noun} (${entry.keyType.label})`, visibility: entry.visibility, keyType: entry.keyType, jwk: entry.jwk }
}

function recognizeJwks(entries: readonly unknown[]): RecognizedKey {
  const keys: RecognizedJwk[] = []
  for (const [index, entry] of entries.entries()) {
    const recognized = isObject(entry) ? recognizeJwk(entry) : 'it is not a JSON object'
    if (typeof recognized === 'string') {
      return { kind: 'not-a-key', label: 'JWKS with a broken key', problem: `keys[${index}]: ${recognized}` }
    }
    keys.push(recognized)
  }
  return { kind: 'jwks', label: `JWKS with ${keys.length} ${keys.length === 1 ? 'key' : 'keys'}`, keys }
}

function recognizeJwk(value: Record<string, unknown>): RecognizedJwk | string {
  const { kty } = value
  if (typeof kty !== 'string') return 'it has no "kty" (key type), so it is not a JWK'
  const jwk = value as JWK
  const kid = typeof value.kid === 'string' ? value.kid : undefined
  const withKid = (entry: Omit<RecognizedJwk, 'jwk' | 'kid'>): RecognizedJwk => ({ jwk, ...(kid === undefined ? {} : { kid }), ...entry })
  const isPrivate = typeof value.d === 'string' || typeof value.priv === 'string'
  const visibility = isPrivate ? 'private' : 'public'
  switch (kty) {
    case 'oct': {
      if (typeof value.k !== 'string') return 'an "oct" JWK needs "k"'
      const bytes = base64urlLength(value.k)
      return withKid({ visibility: 'secret', keyType: { kty: 'oct', label: bytes === undefined ? 'oct' : `oct, ${bytes} bytes` } })
    }
    case 'RSA': {
      if (typeof value.n !== 'string' || typeof value.e !== 'string') return 'an RSA JWK needs "n" and "e"'
      const bytes = base64urlLength(value.n)
      return withKid({ visibility, keyType: rsaType(bytes === undefined ? undefined : modulusBits(value.n, bytes)) })
    }
    case 'EC':
    case 'OKP': {
      if (typeof value.crv !== 'string') return `an ${kty} JWK needs "crv"`
      return withKid({ visibility, keyType: { kty, crv: value.crv, label: kty === 'EC' ? `EC ${value.crv}` : value.crv } })
    }
    case 'AKP': {
      if (typeof value.alg !== 'string') return 'an AKP JWK needs "alg" (its ML-DSA parameter set)'
      return withKid({ visibility, keyType: { kty: 'AKP', crv: value.alg, label: value.alg } })
    }
    default:
      return withKid({ visibility, keyType: { kty: 'other', label: `kty "${kty}"` } })
  }
}

function base64urlLength(value: string): number | undefined {
  if (findSegmentProblem(value)) return undefined
  return Math.floor((value.length * 3) / 4)
}

function modulusBits(n: string, bytes: number): number {
  const first = decodeSegment(n.slice(0, 4))[0] ?? 0
  // A leading zero byte is not part of the modulus (RFC 7518 §6.3.1.1 forbids it, but it happens).
  if (first === 0) return (bytes - 1) * 8
  return (bytes - 1) * 8 + Math.floor(Math.log2(first)) + 1
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
