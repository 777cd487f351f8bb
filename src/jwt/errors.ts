/**
 * The one place that turns jose's error codes (and WebCrypto's DOMException names) into words.
 * It branches on `err.code`, never on class names (minified in builds) or message text.
 * It does not decide what a failure means for a result: callers pick the status.
 */

/** jose 6 error codes (jose/dist/types/util/errors.d.ts) and what they mean to a person. */
export const JOSE_ERROR_MESSAGES: Readonly<Record<string, string>> = {
  ERR_JWS_SIGNATURE_VERIFICATION_FAILED:
    'the signature does not match: the token was signed with another key, or changed after signing',
  ERR_JWS_INVALID: 'the token is not a well-formed JWS',
  ERR_JWT_INVALID: 'the token is not a well-formed JWT',
  ERR_JOSE_NOT_SUPPORTED: 'jose or this browser does not support this algorithm or key',
  ERR_JOSE_ALG_NOT_ALLOWED: 'this "alg" is not allowed here',
  ERR_JWK_INVALID: 'the JWK is not valid',
  ERR_JWKS_INVALID: 'the JWKS is not valid',
  ERR_JWKS_NO_MATCHING_KEY: 'no key in the JWKS matches the token',
  ERR_JWKS_MULTIPLE_MATCHING_KEYS: 'several keys in the JWKS match the token',
  ERR_JWT_EXPIRED: 'the token has expired ("exp")',
  ERR_JWT_CLAIM_VALIDATION_FAILED: 'a claim check failed',
  ERR_JOSE_GENERIC: 'jose reported an error',
}

/** WebCrypto failures (W3C Web Cryptography API §18) by their standard DOMException names. */
const WEBCRYPTO_MESSAGES: Readonly<Record<string, string>> = {
  DataError: 'the key data is not valid for this algorithm',
  NotSupportedError: "this browser's WebCrypto does not support this algorithm",
  InvalidAccessError: 'the key cannot be used for this operation',
  OperationError: 'WebCrypto could not complete the operation',
  SyntaxError: 'the key is missing a required part',
}

export interface DescribedError {
  /** jose's code, `webcrypto:<DOMException name>`, `key-rejected` (jose argument checks) or `unexpected`. */
  code: string
  message: string
}

/** Describes any error thrown by jose or WebCrypto; does not rethrow or log. */
export function describeError(error: unknown): DescribedError {
  const code = errorCode(error)
  const detail = error instanceof Error && error.message ? error.message : undefined
  if (code !== undefined) {
    const known = JOSE_ERROR_MESSAGES[code]
    if (code === 'ERR_JWS_SIGNATURE_VERIFICATION_FAILED') return { code, message: known as string }
    return { code, message: known ? withDetail(known, detail) : (detail ?? code) }
  }
  // DOMException names are fixed by the WebCrypto standard, not minified class names.
  if (typeof DOMException !== 'undefined' && error instanceof DOMException) {
    const known = WEBCRYPTO_MESSAGES[error.name]
    return { code: `webcrypto:${error.name}`, message: withDetail(known ?? 'WebCrypto refused the key', detail) }
  }
  // jose checks its arguments with plain TypeErrors ("... modulusLength to be 2048 bits or larger").
  if (error instanceof TypeError) return { code: 'key-rejected', message: detail ?? 'jose rejected the key' }
  return { code: 'unexpected', message: detail ?? String(error) }
}

function errorCode(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null || !('code' in error)) return undefined
  const { code } = error as { code: unknown }
  return typeof code === 'string' && code.startsWith('ERR_J') ? code : undefined
}

function withDetail(message: string, detail: string | undefined): string {
  return detail && detail !== message ? `${message} (${detail})` : message
}
