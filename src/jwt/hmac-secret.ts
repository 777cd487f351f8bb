import { decodeSegment, findSegmentProblem } from './base64url'
import { recognizeKey, type RecognizedJwk } from './key-format'
import { decodeSecret, type SecretEncoding } from './keys'

/**
 * The bytes of an HMAC secret, read from the key field the way the decoder reads it (keys.ts): plain text
 * in the chosen encoding, an oct JWK's "k" (RFC 7518 §6.4.1), or the oct key of a JWK Set (by the token's
 * kid when it has one). It imports nothing and does not judge the secret's length.
 */
export type HmacSecretResult =
  | {
      ok: true
      bytes: Uint8Array<ArrayBuffer>
      /** Where the bytes came from, in words: 'JWK secret key (oct, 38 bytes), its "k"'. */
      label: string
    }
  | { ok: false; code: HmacSecretProblem; message: string }

export type HmacSecretProblem = 'empty' | 'bad-secret' | 'not-a-secret' | 'malformed-key' | 'no-matching-kid' | 'ambiguous-key'

/** Reads `keyText` as an HMAC secret; refuses (with the reason) any key that is not a shared secret. */
export function readHmacSecret(keyText: string, encoding: SecretEncoding, kid?: string): HmacSecretResult {
  const recognized = recognizeKey(keyText)
  switch (recognized.kind) {
    case 'empty':
      return { ok: false, code: 'empty', message: 'No secret yet.' }
    case 'secret': {
      const decoded = decodeSecret(keyText, encoding)
      if (!decoded.ok) return { ok: false, code: 'bad-secret', message: `The key field holds text, but ${decoded.message}.` }
      const bytes = Uint8Array.from(decoded.bytes)
      return { ok: true, bytes, label: `the key field's text as ${encoding === 'utf8' ? 'UTF-8' : 'base64url'}: ${plural(bytes.length, 'byte')}` }
    }
    case 'jwk-secret':
      return fromJwk(recognized.jwk?.k, `${recognized.label}, its "k"`)
    case 'jwks': {
      const keys = recognized.keys ?? []
      const pool = kid === undefined ? keys : keys.filter((entry) => entry.kid === kid)
      if (pool.length === 0 && kid !== undefined) {
        return { ok: false, code: 'no-matching-kid', message: `The key field holds a JWKS with no key whose kid is "${kid}", the token's kid.` }
      }
      const secrets = pool.filter((entry) => entry.keyType.kty === 'oct')
      const [only] = secrets
      if (only === undefined) return notASecret(kid === undefined ? recognized.label : `JWKS key for kid "${kid}": ${pool[0]?.keyType.label}`)
      if (secrets.length > 1) {
        return {
          ok: false,
          code: 'ambiguous-key',
          message: `The key field holds a JWKS with ${secrets.length} secret keys and the token has no kid to pick one. Learn recomputes one HMAC: paste just the key you mean.`,
        }
      }
      return fromJwk(only.jwk.k, `JWKS key ${describe(only)}, its "k"`)
    }
    case 'malformed-pem':
    case 'malformed-json':
    case 'not-a-key':
    case 'unsupported':
      return { ok: false, code: 'malformed-key', message: `The key field holds no key Learn can read: ${recognized.label}${recognized.problem ? ` (${recognized.problem})` : ''}.` }
    default:
      return notASecret(recognized.label)
  }
}

function fromJwk(k: string | undefined, label: string): HmacSecretResult {
  if (k === undefined || findSegmentProblem(k) !== null) {
    return { ok: false, code: 'malformed-key', message: 'The key field holds an oct JWK whose "k" is not base64url, so it has no secret bytes to use.' }
  }
  const bytes = Uint8Array.from(decodeSegment(k))
  return { ok: true, bytes, label }
}

function notASecret(label: string): HmacSecretResult {
  return {
    ok: false,
    code: 'not-a-secret',
    message:
      `The key in the key field (${label}) is not a shared secret. Learn recomputes only HMAC, which needs the secret, ` +
      'so it cannot use this key for this step (and a verifier must refuse it for HMAC: RFC 8725 §2.1).',
  }
}

function describe(entry: RecognizedJwk): string {
  return entry.kid === undefined ? `(no kid, ${entry.keyType.label})` : `"${entry.kid}" (${entry.keyType.label})`
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`
}
