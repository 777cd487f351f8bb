import { constants, createPrivateKey, createPublicKey, sign, verify } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import jwtio from './fixtures/jwtio-e2e-jwt.json'
import openssl from './fixtures/openssl-keys.json'
import rsaPss from './fixtures/rsa-pss.json'
import {
  DerError,
  derToPem,
  describePkcs8,
  describeSpki,
  parsePem,
  pkcs1PrivateBits,
  pkcs1PrivateToPkcs8,
  pkcs1PublicBits,
  pkcs1PublicToSpki,
  rsaPssPkcs8ToPkcs8,
  rsaPssSpkiToSpki,
  sec1Curve,
  sec1ToPkcs8,
  spkiOfCertificate,
} from './pem'

/** DER of the first PEM block, decoded by Node's Buffer rather than by the code under test. */
function der(pem: string): Uint8Array {
  const body = /-----BEGIN [A-Z ]+-----([\s\S]*?)-----END/.exec(pem)?.[1] ?? ''
  return new Uint8Array(Buffer.from(body.replace(/^[A-Za-z-]+:.*$/gm, ''), 'base64'))
}

const byAlg = jwtio.byAlgorithm
const keys = openssl.keys
const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString('hex')

describe('parsePem', () => {
  it('decodes a block to the same bytes as Node', () => {
    const pem = byAlg.RS256.withPemKey.publicKey
    const parsed = parsePem(pem)
    expect(parsed.ok && parsed.blocks.map((b) => b.label)).toEqual(['PUBLIC KEY'])
    expect(parsed.ok && hex(parsed.blocks[0]!.der)).toBe(hex(der(pem)))
  })

  it('reads every block and the RFC 1421 headers of legacy encrypted keys', () => {
    const parsed = parsePem(keys['p256-ec-parameters'].text + keys['es256-sec1-private'].text)
    expect(parsed.ok && parsed.blocks.map((b) => b.label)).toEqual(['EC PARAMETERS', 'EC PRIVATE KEY'])
    const encrypted = parsePem(keys['rs256-pkcs1-private-encrypted'].text)
    expect(encrypted.ok && encrypted.blocks[0]!.headers['Proc-Type']).toBe('4,ENCRYPTED')
  })

  /** What URLSearchParams gives for a key put in a link unencoded but for its line breaks: "+" arrives as " ". */
  const throughLegacyLink = (pem: string) => new URLSearchParams(`publicKey=${pem.replace(/\n/g, '%0A').replace(/ /g, '%20')}`).get('publicKey') ?? ''

  it.each([
    ['line breaks turned into spaces', (pem: string) => pem.replace(/\n/g, ' ')],
    ['line breaks turned into spaces, indented', (pem: string) => pem.replace(/\n/g, '  ')],
    ['literal \\n escapes', (pem: string) => pem.replace(/\n/g, '\\n')],
    ['literal \\r\\n escapes', (pem: string) => pem.replace(/\n/g, '\\r\\n')],
    ['a JSON string', (pem: string) => JSON.stringify(pem)],
    ['escaped twice', (pem: string) => JSON.stringify(JSON.stringify(pem))],
    ['a legacy link that turned "+" into " "', throughLegacyLink],
    ['a legacy link that lost its line breaks too', (pem: string) => throughLegacyLink(pem.replace(/\n/g, ''))],
  ])('reads a PEM with %s (a line starting and one ending with "+")', (_, mangle) => {
    const pem = byAlg['ML-DSA-65'].withPemKey.publicKey
    expect(pem.split('\n').filter((line) => line.startsWith('+') || line.endsWith('+')).length).toBeGreaterThan(0)
    const parsed = parsePem(mangle(pem))
    expect(parsed.ok && hex(parsed.blocks[0]!.der)).toBe(hex(der(pem)))
  })

  it.each([
    ['spaces, and a part lost', '-----BEGIN PUBLIC KEY----- MFkwEwYHKoZI zj0CAQYIKoZIzj0D AQcDQgAE -----END PUBLIC KEY-----'],
    ['spaces, and a character outside base64', '-----BEGIN PUBLIC KEY----- MFkw E*wY -----END PUBLIC KEY-----'],
  ])('says the line breaks seem lost or escaped for a body with %s', (_, text) => {
    const parsed = parsePem(text)
    expect(!parsed.ok && parsed.problem).toMatch(/^the PUBLIC KEY body holds spaces: its line breaks seem to have been lost or escaped, and with the spaces taken out it (is not a whole key|contains "\*")/)
  })

  it('names an escape it cannot undo', () => {
    const parsed = parsePem('-----BEGIN PUBLIC KEY-----\\tMFkw\\t-----END PUBLIC KEY-----')
    expect(!parsed.ok && parsed.problem).toBe('the PUBLIC KEY body holds a "\\" (an escape sequence): its line breaks seem to have been escaped; paste the key with real line breaks')
  })

  it.each([
    ['no END line', '-----BEGIN PUBLIC KEY-----\nMFkw\n', /no matching "-----END PUBLIC KEY-----"/],
    ['END of another label', '-----BEGIN PUBLIC KEY-----\nMFkw\n-----END PRIVATE KEY-----', /no matching/],
    ['a character outside base64', '-----BEGIN PUBLIC KEY-----\nMFk*\n-----END PUBLIC KEY-----', /contains "\*"/],
    ['an empty body', '-----BEGIN PUBLIC KEY-----\n-----END PUBLIC KEY-----', /empty/],
    ['a length no bytes have', '-----BEGIN PUBLIC KEY-----\nMFkwE\n-----END PUBLIC KEY-----', /not valid base64/],
    ['no BEGIN line', 'MFkwEwYHKoZIzj0CAQ', /no "-----BEGIN/],
  ])('refuses %s', (_, text, problem) => {
    const parsed = parsePem(text)
    expect(parsed.ok).toBe(false)
    expect(!parsed.ok && parsed.problem).toMatch(problem)
  })
})

describe('derToPem', () => {
  it.each(['RS256', 'ES256', 'Ed25519'] as const)('writes %s keys as jwt.io wrote them (64-column base64)', (alg) => {
    const pem = byAlg[alg].withPemKey.publicKey
    expect(derToPem(der(pem), 'PUBLIC KEY').trim()).toBe(pem.trim())
  })
})

describe('describeSpki / describePkcs8', () => {
  // Bit sizes as `openssl pkey -text` reports them; OIDs from RFC 3279, RFC 5480, RFC 8410, FIPS 204.
  it.each([
    ['RS256', { algorithm: '1.2.840.113549.1.1.1', rsaBits: 2048 }],
    ['RS384', { algorithm: '1.2.840.113549.1.1.1', rsaBits: 3072 }],
    ['RS512', { algorithm: '1.2.840.113549.1.1.1', rsaBits: 4096 }],
    ['PS256', { algorithm: '1.2.840.113549.1.1.1', rsaBits: 2048 }],
    ['ES256', { algorithm: '1.2.840.10045.2.1', curve: '1.2.840.10045.3.1.7' }],
    ['ES384', { algorithm: '1.2.840.10045.2.1', curve: '1.3.132.0.34' }],
    ['ES512', { algorithm: '1.2.840.10045.2.1', curve: '1.3.132.0.35' }],
    ['Ed25519', { algorithm: '1.3.101.112' }],
    ['ML-DSA-44', { algorithm: '2.16.840.1.101.3.4.3.17' }],
    ['ML-DSA-65', { algorithm: '2.16.840.1.101.3.4.3.18' }],
    ['ML-DSA-87', { algorithm: '2.16.840.1.101.3.4.3.19' }],
  ] as const)('%s public and private keys', (alg, expected) => {
    expect(describeSpki(der(byAlg[alg].withPemKey.publicKey))).toEqual(expected)
    expect(describePkcs8(der(byAlg[alg].withPemKey.privateKey))).toEqual(expected)
  })

  it('throws DerError on a truncated key, and on a private key read as public', () => {
    const full = der(byAlg.ES256.withPemKey.publicKey)
    expect(() => describeSpki(full.subarray(0, 40))).toThrow(DerError)
    expect(() => describeSpki(der(byAlg.ES256.withPemKey.privateKey))).toThrow(DerError)
  })
})

describe('PKCS#1 (RFC 8017 §A.1) wrapped as OpenSSL does', () => {
  it('RSA PUBLIC KEY becomes the SPKI it was made from', () => {
    const pkcs1 = der(keys['rs256-pkcs1-public'].text)
    expect(pkcs1PublicBits(pkcs1)).toBe(2048)
    expect(hex(pkcs1PublicToSpki(pkcs1))).toBe(hex(der(byAlg.RS256.withPemKey.publicKey)))
  })

  it('RSA PRIVATE KEY becomes the PKCS#8 it was made from', () => {
    const pkcs1 = der(keys['rs256-pkcs1-private'].text)
    expect(pkcs1PrivateBits(pkcs1)).toBe(2048)
    expect(hex(pkcs1PrivateToPkcs8(pkcs1))).toBe(hex(der(byAlg.RS256.withPemKey.privateKey)))
  })
})

describe('RSASSA-PSS keys (RFC 4055) as `openssl genpkey -algorithm RSA-PSS` writes them', () => {
  const pss = rsaPss.keys
  const SHA1 = '1.3.14.3.2.26'
  const SHA256 = '2.16.840.1.101.3.4.2.1'

  it.each([
    ['rsa-pss', undefined],
    ['rsa-pss-sha256', { hash: SHA256, mgf1Hash: SHA1 }],
  ] as const)('%s: its modulus size and the hashes its parameters pin (defaults filled in)', (id, params) => {
    const expected = { algorithm: '1.2.840.113549.1.1.10', rsaBits: 2048, ...(params ? { pss: params } : {}) }
    expect(describeSpki(der(pss[`${id}-public`].text))).toEqual(expected)
    expect(describePkcs8(der(pss[`${id}-private`].text))).toEqual(expected)
  })

  it('re-wraps the same RSA key under rsaEncryption: Node checks signatures across the two forms', () => {
    const pssOptions = { padding: constants.RSA_PKCS1_PSS_PADDING, saltLength: 32 }
    const { token } = rsaPss.tokens.find((t) => t.id === 'rsa-pss-PS256')!
    const data = Buffer.from(token.slice(0, token.lastIndexOf('.')))
    const signature = Buffer.from(token.slice(token.lastIndexOf('.') + 1), 'base64url')
    const spki = rsaPssSpkiToSpki(der(pss['rsa-pss-public'].text))
    expect(describeSpki(spki)).toEqual({ algorithm: '1.2.840.113549.1.1.1', rsaBits: 2048 })
    const publicKey = createPublicKey(derToPem(spki, 'PUBLIC KEY'))
    expect(publicKey.asymmetricKeyType).toBe('rsa')
    expect(verify('sha256', data, { key: publicKey, ...pssOptions }, signature)).toBe(true)
    const privateKey = createPrivateKey(derToPem(rsaPssPkcs8ToPkcs8(der(pss['rsa-pss-private'].text)), 'PRIVATE KEY'))
    expect(privateKey.asymmetricKeyType).toBe('rsa')
    const mine = sign('sha256', data, { key: privateKey, ...pssOptions })
    expect(verify('sha256', data, { key: createPublicKey(pss['rsa-pss-public'].text), ...pssOptions }, mine)).toBe(true)
  })
})

describe('SEC1 EC PRIVATE KEY (RFC 5915) wrapped as `openssl pkcs8 -topk8` does', () => {
  it.each([
    ['es256-sec1-private', 'ES256', '1.2.840.10045.3.1.7'],
    ['es384-sec1-private', 'ES384', '1.3.132.0.34'],
    ['es512-sec1-private', 'ES512', '1.3.132.0.35'],
  ] as const)('%s', (id, alg, curve) => {
    const sec1 = der(keys[id].text)
    expect(sec1Curve(sec1)).toBe(curve)
    // OpenSSL made the SEC1 key from jwt.io's PKCS#8; wrapping it back gives those exact bytes.
    expect(hex(sec1ToPkcs8(sec1))).toBe(hex(der(byAlg[alg].withPemKey.privateKey)))
  })
})

describe('spkiOfCertificate (RFC 5280 §4.1)', () => {
  it.each([
    ['rs256-certificate', 'RS256'],
    ['es256-certificate', 'ES256'],
  ] as const)('finds the key OpenSSL certified in %s', (id, alg) => {
    expect(hex(spkiOfCertificate(der(keys[id].text)))).toBe(hex(der(byAlg[alg].withPemKey.publicKey)))
  })
})
