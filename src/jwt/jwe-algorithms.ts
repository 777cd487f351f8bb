/**
 * The JWE algorithm names (RFC 7518 §4.1 key management, §5.1 content encryption), so an encrypted token's
 * header is recognised as one rather than called "unknown". It does not decrypt anything.
 */

// RFC 7518 §4.1, plus RSA-OAEP-384/512, registered later in IANA's JOSE registry (jose emits them).
const KEY_MANAGEMENT = new Set([
  'RSA1_5',
  'RSA-OAEP',
  'RSA-OAEP-256',
  'RSA-OAEP-384',
  'RSA-OAEP-512',
  'A128KW',
  'A192KW',
  'A256KW',
  'dir',
  'ECDH-ES',
  'ECDH-ES+A128KW',
  'ECDH-ES+A192KW',
  'ECDH-ES+A256KW',
  'A128GCMKW',
  'A192GCMKW',
  'A256GCMKW',
  'PBES2-HS256+A128KW',
  'PBES2-HS384+A192KW',
  'PBES2-HS512+A256KW',
])

/** True for a JWE key-management "alg" (RSA-OAEP, dir, ECDH-ES…); false for JWS algorithms and anything else. */
export function isJweAlgorithm(alg: unknown): boolean {
  return typeof alg === 'string' && KEY_MANAGEMENT.has(alg)
}

/**
 * Whether a header belongs to an encrypted token: it has "enc" (required in every JWE, RFC 7516 §4.1.2) or
 * names a key-management alg. RFC 7516 §9 tells JWS from JWE the same way.
 */
export function isJweHeader(header: Record<string, unknown>): boolean {
  return typeof header.enc === 'string' || isJweAlgorithm(header.alg)
}
