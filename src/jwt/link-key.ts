import { recognizeKey } from './key-format'

/**
 * What to tell someone whose link carried more than a public key in `publicKey=`: a private key or a
 * secret, which signs tokens for whoever has the link. Null for a public key, a JWKS of public keys, or
 * text that is not a key at all.
 */
export function linkKeyWarning(keyText: string): string | null {
  const { visibility, keys } = recognizeKey(keyText)
  const leaked = visibility === 'private' || visibility === 'secret' ? visibility : keys?.find((key) => key.visibility !== 'public')?.visibility
  if (!leaked) return null
  const what = leaked === 'private' ? 'a private key' : 'a secret'
  return `This link carried ${what} in publicKey=, not a public key. It is loaded to verify the token and has been removed from the address, but anyone who has the link can sign tokens with it: treat it as leaked and replace it.`
}
