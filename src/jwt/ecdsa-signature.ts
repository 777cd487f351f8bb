/**
 * Tells a DER-encoded ECDSA signature (an ASN.1 SEQUENCE of two INTEGERs, as OpenSSL and Java write it) from
 * the fixed-length R‖S form JWS requires (RFC 7518 §3.4). It only looks at the shape; it verifies nothing.
 */

const RAW_LENGTH: Readonly<Record<string, number>> = { ES256: 64, ES384: 96, ES512: 132 }

/** The R‖S length `alg` needs when `bytes` look DER-encoded instead; null when they do not (or alg is not ECDSA). */
export function derInsteadOfRaw(alg: string, bytes: Uint8Array): number | null {
  const raw = RAW_LENGTH[alg]
  if (raw === undefined || bytes.length === raw) return null
  return isDerSequenceOfIntegers(bytes) ? raw : null
}

// 0x30 SEQUENCE, its length (short form, or 0x81 n for ES512's 128–139 bytes), then 0x02 INTEGER.
function isDerSequenceOfIntegers(bytes: Uint8Array): boolean {
  if (bytes[0] !== 0x30) return false
  const first = bytes[1] ?? 0
  if (first < 0x80) return first === bytes.length - 2 && bytes[2] === 0x02
  return first === 0x81 && bytes[2] === bytes.length - 3 && bytes[3] === 0x02
}
