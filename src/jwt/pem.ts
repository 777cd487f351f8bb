/**
 * PEM armour (RFC 7468) and the few DER structures people paste as keys: enough to tell what a
 * key is, and to re-wrap PKCS#1, SEC1 and RSASSA-PSS keys into the SPKI / PKCS#8 containers jose imports.
 * Pure and synchronous. It never imports a key and never checks a key's mathematics.
 */

/** One `-----BEGIN X-----` … `-----END X-----` block. */
export interface PemBlock {
  label: string
  der: Uint8Array
  /** RFC 1421 headers such as `Proc-Type: 4,ENCRYPTED` (legacy encrypted PKCS#1 / SEC1). */
  headers: Readonly<Record<string, string>>
}

export type PemParseResult =
  | { ok: true; blocks: readonly PemBlock[] }
  | { ok: false; problem: string }

const BEGIN = /-----BEGIN ([A-Z0-9 ]+)-----/g

/** Splits text into PEM blocks (RFC 7468 §2) and base64-decodes them; does not look inside the DER. */
export function parsePem(text: string): PemParseResult {
  const blocks: PemBlock[] = []
  for (const match of text.matchAll(BEGIN)) {
    const label = match[1] ?? ''
    const bodyStart = (match.index ?? 0) + match[0].length
    const endMarker = `-----END ${label}-----`
    const bodyEnd = text.indexOf(endMarker, bodyStart)
    if (bodyEnd < 0) return { ok: false, problem: `"-----BEGIN ${label}-----" has no matching "${endMarker}" line` }
    const body = unescapeLineBreaks(text.slice(bodyStart, bodyEnd))
    const headers: Record<string, string> = {}
    const base64Lines: string[] = []
    for (const line of body.split(/\r\n|\n|\r/)) {
      const header = /^([A-Za-z-]+):\s*(.*)$/.exec(line.trim())
      if (header) headers[header[1] as string] = header[2] as string
      // Untrimmed: a space at a line's end may be a "+" that a URL turned into one (see decodeBody).
      else base64Lines.push(line)
    }
    const decoded = decodeBody(base64Lines.join(''))
    if (typeof decoded === 'string') return { ok: false, problem: `the ${label} body ${decoded}` }
    if (decoded.length === 0) return { ok: false, problem: `the ${label} body is empty` }
    blocks.push({ label, der: decoded, headers })
  }
  if (blocks.length === 0) return { ok: false, problem: 'no "-----BEGIN …-----" line found' }
  return { ok: true, blocks }
}

/**
 * Literal "\n", "\r\n" and "\r" (a PEM kept in a JSON string or an environment variable, escaped once or
 * more) become line breaks again; a backslash is never base64, so nothing else can be meant.
 */
function unescapeLineBreaks(body: string): string {
  return body.replace(/\\+(?:r\\+n|n|r)/g, '\n')
}

/**
 * The bytes of a PEM body. Spaces inside it are line breaks that became spaces (a PEM flattened to one
 * line), or a "+" that a URL turned into a space (jwt.io's legacy links carry keys in a query string):
 * whichever reading decodes to one whole DER element is the one meant.
 */
function decodeBody(text: string): Uint8Array | string {
  if (text.includes('\\')) return 'holds a "\\" (an escape sequence): its line breaks seem to have been escaped; paste the key with real line breaks'
  if (!/\s/.test(text.trim())) return decodeBase64(text.trim())
  const removed = decodeBase64(text.replace(/\s+/g, ''))
  if (typeof removed !== 'string' && isWholeDer(removed)) return removed
  const plus = decodeBase64(text.replace(/ /g, '+').replace(/\s+/g, ''))
  if (typeof plus !== 'string' && isWholeDer(plus)) return plus
  const still = typeof removed === 'string' ? removed : 'is not a whole key (cut short or changed?)'
  return `holds spaces: its line breaks seem to have been lost or escaped, and with the spaces taken out it ${still}`
}

function isWholeDer(der: Uint8Array): boolean {
  try {
    return readTlv(der, 0).end === der.length
  } catch {
    return false
  }
}

/** Standard base64 (RFC 4648 §4) with optional padding; returns a problem description on failure. */
function decodeBase64(text: string): Uint8Array | string {
  const bad = /[^A-Za-z0-9+/=]/.exec(text)
  if (bad) return `contains "${bad[0]}", which is not base64`
  if (/=[^=]/.test(text) || text.replace(/=+$/, '').length % 4 === 1) return 'is not valid base64 (cut short?)'
  try {
    return Uint8Array.from(atob(text.replace(/=+$/, '')), (c) => c.charCodeAt(0))
  } catch {
    return 'is not valid base64 (cut short?)'
  }
}

/** Formats DER as PEM with 64-character lines (RFC 7468 §2); does not check that the DER matches the label. */
export function derToPem(der: Uint8Array, label: string): string {
  let binary = ''
  for (const byte of der) binary += String.fromCharCode(byte)
  const lines = btoa(binary).match(/.{1,64}/g) ?? []
  return `-----BEGIN ${label}-----\n${lines.join('\n')}\n-----END ${label}-----\n`
}

// ---- a minimal DER reader (X.690 §8.1: tag, length, value) ----

interface Tlv {
  tag: number
  /** Offset of the first value byte. */
  start: number
  /** Offset just past the value. */
  end: number
}

function readTlv(der: Uint8Array, offset: number, limit = der.length): Tlv {
  const tag = der[offset]
  let lengthByte = der[offset + 1]
  if (tag === undefined || lengthByte === undefined || offset + 2 > limit) throw new DerError('ends too early')
  let start = offset + 2
  let length = lengthByte
  if (lengthByte & 0x80) {
    const count = lengthByte & 0x7f
    if (count === 0 || count > 4) throw new DerError('has a length it cannot use')
    length = 0
    for (let i = 0; i < count; i++) {
      lengthByte = der[start + i]
      if (lengthByte === undefined) throw new DerError('ends too early')
      length = length * 256 + lengthByte
    }
    start += count
  }
  const end = start + length
  if (end > limit) throw new DerError('ends too early (truncated?)')
  return { tag, start, end }
}

function expect(der: Uint8Array, offset: number, tag: number, what: string, limit?: number): Tlv {
  const tlv = readTlv(der, offset, limit)
  if (tlv.tag !== tag) throw new DerError(`has no ${what} where one belongs`)
  return tlv
}

/** A DER structure that is not what its PEM label promised; never thrown for valid keys of unknown types. */
export class DerError extends Error {}

const TAG = { INTEGER: 0x02, BIT_STRING: 0x03, OCTET_STRING: 0x04, NULL: 0x05, OID: 0x06, SEQUENCE: 0x30, CONTEXT_0: 0xa0, CONTEXT_1: 0xa1 } as const

function oidToString(bytes: Uint8Array): string {
  const parts: number[] = []
  let value = 0
  for (const byte of bytes) {
    value = value * 128 + (byte & 0x7f)
    if (!(byte & 0x80)) {
      if (parts.length === 0) parts.push(Math.min(2, Math.floor(value / 40)), value - Math.min(2, Math.floor(value / 40)) * 40)
      else parts.push(value)
      value = 0
    }
  }
  return parts.join('.')
}

/** Bits in a big-endian unsigned INTEGER, ignoring DER's leading zero byte. */
function integerBits(bytes: Uint8Array): number {
  let i = 0
  while (i < bytes.length - 1 && bytes[i] === 0) i++
  const first = bytes[i] ?? 0
  return (bytes.length - i - 1) * 8 + (first === 0 ? 0 : Math.floor(Math.log2(first)) + 1)
}

/** What an AlgorithmIdentifier (RFC 5280 §4.1.1.2) names, plus the RSA modulus size when known. */
export interface KeyAlgorithmIds {
  /** Dotted OID, e.g. 1.2.840.113549.1.1.1 (rsaEncryption). */
  algorithm: string
  /** Dotted OID of the named curve, for id-ecPublicKey. */
  curve?: string
  /** RSA modulus size in bits. */
  rsaBits?: number
  /** id-RSASSA-PSS with parameters: the dotted OIDs of the hashes they pin, defaults filled in (RFC 4055 §3.1). */
  pss?: { hash: string; mgf1Hash: string }
}

const RSA_ENCRYPTION = '1.2.840.113549.1.1.1'
const RSASSA_PSS = '1.2.840.113549.1.1.10'
const isRsa = (algorithm: string) => algorithm === RSA_ENCRYPTION || algorithm === RSASSA_PSS

function readAlgorithmIdentifier(der: Uint8Array, offset: number): { ids: KeyAlgorithmIds; end: number } {
  const seq = expect(der, offset, TAG.SEQUENCE, 'AlgorithmIdentifier')
  const oid = expect(der, seq.start, TAG.OID, 'algorithm OID', seq.end)
  const ids: KeyAlgorithmIds = { algorithm: oidToString(der.subarray(oid.start, oid.end)) }
  if (oid.end < seq.end && der[oid.end] === TAG.OID) {
    const curve = readTlv(der, oid.end, seq.end)
    ids.curve = oidToString(der.subarray(curve.start, curve.end))
  }
  // Absent parameters (or a stray NULL) leave a PSS key free to use any hash.
  if (ids.algorithm === RSASSA_PSS && oid.end < seq.end && der[oid.end] === TAG.SEQUENCE) ids.pss = readPssParams(der, oid.end, seq.end)
  return { ids, end: seq.end }
}

const SHA1 = '1.3.14.3.2.26'

/**
 * RSASSA-PSS-params (RFC 4055 §3.1): [0] hashAlgorithm and [1] maskGenAlgorithm (MGF1 and its hash), each
 * SHA-1 when absent. A key that carries them may only be used with them (RFC 4055 §1.2).
 */
function readPssParams(der: Uint8Array, offset: number, limit: number): { hash: string; mgf1Hash: string } {
  const params = expect(der, offset, TAG.SEQUENCE, 'RSASSA-PSS parameters', limit)
  const pss = { hash: SHA1, mgf1Hash: SHA1 }
  for (let at = params.start; at < params.end; ) {
    const field = readTlv(der, at, params.end)
    if (field.tag === TAG.CONTEXT_0) {
      pss.hash = readAlgorithmIdentifier(der, field.start).ids.algorithm
    } else if (field.tag === TAG.CONTEXT_1) {
      // MGF1's own parameter is the AlgorithmIdentifier of its hash (RFC 4055 §2.2).
      const mgf = expect(der, field.start, TAG.SEQUENCE, 'mask generation AlgorithmIdentifier', field.end)
      const mgfOid = expect(der, mgf.start, TAG.OID, 'mask generation OID', mgf.end)
      if (mgfOid.end < mgf.end) pss.mgf1Hash = readAlgorithmIdentifier(der, mgfOid.end).ids.algorithm
    }
    at = field.end
  }
  return pss
}

/** Modulus size of an RSAPublicKey (RFC 8017 §A.1.1) or, with `skipVersion`, an RSAPrivateKey (§A.1.2). */
function rsaBitsOf(der: Uint8Array, offset: number, skipVersion: boolean, limit = der.length): number {
  const seq = expect(der, offset, TAG.SEQUENCE, 'RSA key SEQUENCE', limit)
  let at = seq.start
  if (skipVersion) at = expect(der, at, TAG.INTEGER, 'version', seq.end).end
  const modulus = expect(der, at, TAG.INTEGER, 'modulus', seq.end)
  return integerBits(der.subarray(modulus.start, modulus.end))
}

/** Reads the key algorithm of a SubjectPublicKeyInfo (RFC 5280 §4.1.2.7); does not check the key; throws DerError when it is not one. */
export function describeSpki(der: Uint8Array): KeyAlgorithmIds {
  const outer = expect(der, 0, TAG.SEQUENCE, 'SubjectPublicKeyInfo SEQUENCE')
  const { ids, end } = readAlgorithmIdentifier(der, outer.start)
  const bits = expect(der, end, TAG.BIT_STRING, 'public key BIT STRING', outer.end)
  if (isRsa(ids.algorithm)) ids.rsaBits = rsaBitsOf(der, bits.start + 1, false, bits.end)
  return ids
}

/** Reads the key algorithm of a PKCS#8 PrivateKeyInfo (RFC 5208 §5, RFC 5958 §2); does not check the key; throws DerError when it is not one. */
export function describePkcs8(der: Uint8Array): KeyAlgorithmIds {
  const outer = expect(der, 0, TAG.SEQUENCE, 'PrivateKeyInfo SEQUENCE')
  const version = expect(der, outer.start, TAG.INTEGER, 'version', outer.end)
  const { ids, end } = readAlgorithmIdentifier(der, version.end)
  const key = expect(der, end, TAG.OCTET_STRING, 'privateKey OCTET STRING', outer.end)
  if (isRsa(ids.algorithm)) ids.rsaBits = rsaBitsOf(der, key.start, true, key.end)
  return ids
}

/** Finds the SubjectPublicKeyInfo inside an X.509 certificate (RFC 5280 §4.1); does not check the certificate. */
export function spkiOfCertificate(der: Uint8Array): Uint8Array {
  const cert = expect(der, 0, TAG.SEQUENCE, 'Certificate SEQUENCE')
  const tbs = expect(der, cert.start, TAG.SEQUENCE, 'tbsCertificate', cert.end)
  let at = tbs.start
  if (der[at] === TAG.CONTEXT_0) at = readTlv(der, at, tbs.end).end // [0] version
  at = expect(der, at, TAG.INTEGER, 'serialNumber', tbs.end).end
  for (const what of ['signature algorithm', 'issuer', 'validity', 'subject']) {
    at = expect(der, at, TAG.SEQUENCE, what, tbs.end).end
  }
  const spki = expect(der, at, TAG.SEQUENCE, 'subjectPublicKeyInfo', tbs.end)
  return der.subarray(at, spki.end)
}

/** Modulus size of a PKCS#1 RSAPublicKey; does not check the exponent; throws DerError when it is not one. */
export function pkcs1PublicBits(der: Uint8Array): number {
  return rsaBitsOf(der, 0, false)
}

/** Modulus size of a PKCS#1 RSAPrivateKey; does not check the private parts; throws DerError when it is not one. */
export function pkcs1PrivateBits(der: Uint8Array): number {
  return rsaBitsOf(der, 0, true)
}

/** The named-curve OID inside a SEC1 ECPrivateKey (RFC 5915 §3); does not map it to a name; throws DerError when absent. */
export function sec1Curve(der: Uint8Array): string {
  const outer = expect(der, 0, TAG.SEQUENCE, 'ECPrivateKey SEQUENCE')
  let at = expect(der, outer.start, TAG.INTEGER, 'version', outer.end).end
  at = expect(der, at, TAG.OCTET_STRING, 'privateKey', outer.end).end
  if (der[at] !== TAG.CONTEXT_0) throw new DerError('has no named curve (the [0] parameters are missing)')
  const params = readTlv(der, at, outer.end)
  const oid = expect(der, params.start, TAG.OID, 'curve OID', params.end)
  return oidToString(der.subarray(oid.start, oid.end))
}

// ---- re-wrapping: build DER from parts ----

function encodeLength(length: number): number[] {
  if (length < 0x80) return [length]
  const bytes: number[] = []
  for (let rest = length; rest > 0; rest = Math.floor(rest / 256)) bytes.unshift(rest % 256)
  return [0x80 | bytes.length, ...bytes]
}

function tlv(tag: number, ...parts: Uint8Array[]): Uint8Array {
  const length = parts.reduce((sum, part) => sum + part.length, 0)
  const header = [tag, ...encodeLength(length)]
  const out = new Uint8Array(header.length + length)
  out.set(header)
  let at = header.length
  for (const part of parts) {
    out.set(part, at)
    at += part.length
  }
  return out
}

function encodeOid(dotted: string): Uint8Array {
  const [first = 0, second = 0, ...rest] = dotted.split('.').map(Number)
  const bytes: number[] = []
  for (const arc of [first * 40 + second, ...rest]) {
    const chunk = [arc % 128]
    for (let value = Math.floor(arc / 128); value > 0; value = Math.floor(value / 128)) chunk.unshift(0x80 | (value % 128))
    bytes.push(...chunk)
  }
  return tlv(TAG.OID, Uint8Array.from(bytes))
}

const NULL = Uint8Array.of(TAG.NULL, 0)
const VERSION_0 = Uint8Array.of(TAG.INTEGER, 1, 0)
const EC_PUBLIC_KEY = '1.2.840.10045.2.1'

/** Wraps a PKCS#1 RSAPublicKey into SPKI with the rsaEncryption AlgorithmIdentifier (RFC 8017 §A.1, RFC 3279 §2.3.1). */
export function pkcs1PublicToSpki(pkcs1: Uint8Array): Uint8Array {
  const algorithm = tlv(TAG.SEQUENCE, encodeOid(RSA_ENCRYPTION), NULL)
  return tlv(TAG.SEQUENCE, algorithm, tlv(TAG.BIT_STRING, Uint8Array.of(0), pkcs1))
}

/** Wraps a PKCS#1 RSAPrivateKey into PKCS#8 PrivateKeyInfo (RFC 5208 §5). */
export function pkcs1PrivateToPkcs8(pkcs1: Uint8Array): Uint8Array {
  const algorithm = tlv(TAG.SEQUENCE, encodeOid(RSA_ENCRYPTION), NULL)
  return tlv(TAG.SEQUENCE, VERSION_0, algorithm, tlv(TAG.OCTET_STRING, pkcs1))
}

/**
 * Re-wraps an id-RSASSA-PSS SubjectPublicKeyInfo's RSAPublicKey under rsaEncryption, the only RSA OID
 * WebCrypto imports (RFC 4055 §1.2; the key is the same). Drops the PSS parameters: check them first.
 */
export function rsaPssSpkiToSpki(spki: Uint8Array): Uint8Array {
  const outer = expect(spki, 0, TAG.SEQUENCE, 'SubjectPublicKeyInfo SEQUENCE')
  const algorithm = expect(spki, outer.start, TAG.SEQUENCE, 'AlgorithmIdentifier', outer.end)
  const bits = expect(spki, algorithm.end, TAG.BIT_STRING, 'public key BIT STRING', outer.end)
  // The BIT STRING's first byte counts unused bits (0); the RSAPublicKey follows it.
  return pkcs1PublicToSpki(spki.subarray(bits.start + 1, bits.end))
}

/** Re-wraps an id-RSASSA-PSS PKCS#8 key's RSAPrivateKey under rsaEncryption, as rsaPssSpkiToSpki does for public keys. */
export function rsaPssPkcs8ToPkcs8(pkcs8: Uint8Array): Uint8Array {
  const outer = expect(pkcs8, 0, TAG.SEQUENCE, 'PrivateKeyInfo SEQUENCE')
  const version = expect(pkcs8, outer.start, TAG.INTEGER, 'version', outer.end)
  const algorithm = expect(pkcs8, version.end, TAG.SEQUENCE, 'AlgorithmIdentifier', outer.end)
  const key = expect(pkcs8, algorithm.end, TAG.OCTET_STRING, 'privateKey OCTET STRING', outer.end)
  return pkcs1PrivateToPkcs8(pkcs8.subarray(key.start, key.end))
}

/**
 * Wraps a SEC1 ECPrivateKey into PKCS#8 with id-ecPublicKey and its named curve (RFC 5915 §3, RFC 5480 §2.1.1).
 * The curve moves to the AlgorithmIdentifier and the inner [0] parameters are dropped, as
 * `openssl pkcs8 -topk8` does, since RFC 5915 §3 says they are implied by PKCS#8's.
 */
export function sec1ToPkcs8(sec1: Uint8Array): Uint8Array {
  const curve = sec1Curve(sec1)
  const outer = expect(sec1, 0, TAG.SEQUENCE, 'ECPrivateKey SEQUENCE')
  const kept: Uint8Array[] = []
  for (let at = outer.start; at < outer.end; ) {
    const element = readTlv(sec1, at, outer.end)
    if (element.tag !== TAG.CONTEXT_0) kept.push(sec1.subarray(at, element.end))
    at = element.end
  }
  const algorithm = tlv(TAG.SEQUENCE, encodeOid(EC_PUBLIC_KEY), encodeOid(curve))
  return tlv(TAG.SEQUENCE, VERSION_0, algorithm, tlv(TAG.OCTET_STRING, tlv(TAG.SEQUENCE, ...kept)))
}
