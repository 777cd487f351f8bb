/**
 * The JWS algorithms this app signs and verifies, as one table (like jose's lib/jws_algorithms.ts).
 * The alg picker, the key form, key generation and the security review all read it.
 * It does not say whether the running browser supports an algorithm: see `supports()` in sign/verify.
 */

export const ALGORITHM_FAMILIES = ['HMAC', 'RSA', 'RSA-PSS', 'ECDSA', 'EdDSA', 'ML-DSA'] as const
export type AlgorithmFamily = (typeof ALGORITHM_FAMILIES)[number]

export interface AlgorithmInfo {
  alg: string
  family: AlgorithmFamily
  /** What the key must be, in words a person recognises ("RSA", "EC P-256"). */
  keyLabel: string
  /** HMAC: the hash output in bytes, the shortest secret RFC 7518 section 3.2 allows. */
  hashBytes?: number
  /** ECDSA: the named curve the key must be on (RFC 7518 section 3.4). */
  curve?: 'P-256' | 'P-384' | 'P-521'
  /** RSA and RSA-PSS: the smallest modulus in bits (RFC 7518 sections 3.3 and 3.5). */
  minModulusBits?: number
  label: string
  spec: string
}

const ALGORITHMS = [
  { alg: 'HS256', family: 'HMAC', keyLabel: 'shared secret', hashBytes: 32, label: 'HMAC using SHA-256', spec: 'RFC 7518 §3.2' },
  { alg: 'HS384', family: 'HMAC', keyLabel: 'shared secret', hashBytes: 48, label: 'HMAC using SHA-384', spec: 'RFC 7518 §3.2' },
  { alg: 'HS512', family: 'HMAC', keyLabel: 'shared secret', hashBytes: 64, label: 'HMAC using SHA-512', spec: 'RFC 7518 §3.2' },
  { alg: 'RS256', family: 'RSA', keyLabel: 'RSA', minModulusBits: 2048, label: 'RSASSA-PKCS1-v1_5 using SHA-256', spec: 'RFC 7518 §3.3' },
  { alg: 'RS384', family: 'RSA', keyLabel: 'RSA', minModulusBits: 2048, label: 'RSASSA-PKCS1-v1_5 using SHA-384', spec: 'RFC 7518 §3.3' },
  { alg: 'RS512', family: 'RSA', keyLabel: 'RSA', minModulusBits: 2048, label: 'RSASSA-PKCS1-v1_5 using SHA-512', spec: 'RFC 7518 §3.3' },
  { alg: 'PS256', family: 'RSA-PSS', keyLabel: 'RSA', minModulusBits: 2048, label: 'RSASSA-PSS using SHA-256 and MGF1 with SHA-256', spec: 'RFC 7518 §3.5' },
  { alg: 'PS384', family: 'RSA-PSS', keyLabel: 'RSA', minModulusBits: 2048, label: 'RSASSA-PSS using SHA-384 and MGF1 with SHA-384', spec: 'RFC 7518 §3.5' },
  { alg: 'PS512', family: 'RSA-PSS', keyLabel: 'RSA', minModulusBits: 2048, label: 'RSASSA-PSS using SHA-512 and MGF1 with SHA-512', spec: 'RFC 7518 §3.5' },
  { alg: 'ES256', family: 'ECDSA', keyLabel: 'EC P-256', curve: 'P-256', label: 'ECDSA using P-256 and SHA-256', spec: 'RFC 7518 §3.4' },
  { alg: 'ES384', family: 'ECDSA', keyLabel: 'EC P-384', curve: 'P-384', label: 'ECDSA using P-384 and SHA-384', spec: 'RFC 7518 §3.4' },
  { alg: 'ES512', family: 'ECDSA', keyLabel: 'EC P-521', curve: 'P-521', label: 'ECDSA using P-521 and SHA-512', spec: 'RFC 7518 §3.4' },
  { alg: 'EdDSA', family: 'EdDSA', keyLabel: 'Ed25519', label: 'EdDSA (Ed25519), the RFC 8037 name', spec: 'RFC 8037 §3.1' },
  { alg: 'Ed25519', family: 'EdDSA', keyLabel: 'Ed25519', label: 'Ed25519, the fully specified name', spec: 'RFC 9864' },
  { alg: 'ML-DSA-44', family: 'ML-DSA', keyLabel: 'ML-DSA-44', label: 'ML-DSA-44 (post-quantum, FIPS 204)', spec: 'draft-ietf-cose-dilithium' },
  { alg: 'ML-DSA-65', family: 'ML-DSA', keyLabel: 'ML-DSA-65', label: 'ML-DSA-65 (post-quantum, FIPS 204)', spec: 'draft-ietf-cose-dilithium' },
  { alg: 'ML-DSA-87', family: 'ML-DSA', keyLabel: 'ML-DSA-87', label: 'ML-DSA-87 (post-quantum, FIPS 204)', spec: 'draft-ietf-cose-dilithium' },
] as const satisfies readonly AlgorithmInfo[]

export type Alg = (typeof ALGORITHMS)[number]['alg']

/** Every signing algorithm, in the order the picker shows them. `none` is not here: it never signs. */
export const SIGNING_ALGORITHMS: readonly AlgorithmInfo[] = ALGORITHMS

/** Looks up an alg from a token header; returns undefined for `none` and anything unknown. */
export function algorithmInfo(alg: unknown): AlgorithmInfo | undefined {
  return SIGNING_ALGORITHMS.find((info) => info.alg === alg)
}

/** True when `alg` needs a shared secret rather than a key pair. */
export function isSymmetric(alg: unknown): boolean {
  return algorithmInfo(alg)?.family === 'HMAC'
}
