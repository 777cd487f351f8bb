/**
 * Makes fresh key material for an algorithm with WebCrypto: a random HMAC secret, or an extractable
 * key pair as PEM and JWK with an RFC 7638 thumbprint as kid. It never stores or sends keys anywhere.
 */
import { base64url, calculateJwkThumbprint, exportJWK, exportPKCS8, exportSPKI, generateKeyPair, type JWK } from 'jose'
import { algorithmInfo } from './algorithms'
import { describeError } from './errors'
import { supportsAlgorithm } from './keys'

export type GeneratedKeyMaterial =
  | {
      kind: 'secret'
      alg: string
      /** Random bytes of the hash length (RFC 7518 §3.2), as base64url text. */
      secret: string
      encoding: 'base64url'
      bytes: number
    }
  | {
      kind: 'key-pair'
      alg: string
      /** RFC 7638 SHA-256 thumbprint of the public key, also set as "kid" in both JWKs. */
      kid: string
      publicPem: string
      privatePem: string
      publicJwk: JWK
      privateJwk: JWK
    }

export type GenerateResult =
  | { ok: true; material: GeneratedKeyMaterial }
  | { ok: false; code: 'unknown-alg' | 'unsupported-alg' | (string & {}); message: string }

/** RSA modulus for new keys: RFC 7518 §3.3's minimum, and what jose generates by default. */
const RSA_MODULUS_BITS = 2048

/** Generates a secret or key pair for `alg`; never throws. */
export async function generateKeyMaterial(alg: string): Promise<GenerateResult> {
  const info = algorithmInfo(alg)
  if (!info) return { ok: false, code: 'unknown-alg', message: `"${alg}" is not a JWS signing algorithm this tool knows` }
  if (!(await supportsAlgorithm(alg))) {
    return { ok: false, code: 'unsupported-alg', message: `this browser's WebCrypto has no ${alg}, so it cannot make a key for it` }
  }
  try {
    if (info.family === 'HMAC') {
      const bytes = info.hashBytes ?? 32
      const secret = base64url.encode(crypto.getRandomValues(new Uint8Array(bytes)))
      return { ok: true, material: { kind: 'secret', alg, secret, encoding: 'base64url', bytes } }
    }
    const options = info.family === 'RSA' || info.family === 'RSA-PSS' ? { extractable: true, modulusLength: RSA_MODULUS_BITS } : { extractable: true }
    const { publicKey, privateKey } = await generateKeyPair(alg, options)
    const [publicPem, privatePem, publicJwk, privateJwk] = await Promise.all([
      exportSPKI(publicKey),
      exportPKCS8(privateKey),
      exportJWK(publicKey),
      exportJWK(privateKey),
    ])
    const kid = await calculateJwkThumbprint(publicJwk)
    return {
      ok: true,
      material: { kind: 'key-pair', alg, kid, publicPem, privatePem, publicJwk: { ...publicJwk, kid }, privateJwk: { ...privateJwk, kid } },
    }
  } catch (error) {
    const { code, message } = describeError(error)
    return { ok: false, code, message: `could not generate a key for ${alg}: ${message}` }
  }
}
