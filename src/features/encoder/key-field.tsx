import type { Dispatch } from 'react'
import type { PlaygroundAction, SecretEncoding } from '@/app/playground-state'
import { isSymmetric } from '@/jwt/algorithms'
import type { RecognizedKey } from '@/jwt/key-format'

interface KeyFieldProps {
  keyText: string
  /** What the key text is, recognised once by the panel. */
  recognized: RecognizedKey
  encoding: SecretEncoding
  alg: string
  dispatch: Dispatch<PlaygroundAction>
}

/**
 * One field for every kind of key: a secret, PEM (SPKI, PKCS#8, PKCS#1, X.509), JWK or JWKS. It says
 * what it recognised. Nothing typed here is stored or put in a link.
 */
export function KeyField({ keyText, recognized, encoding, alg, dispatch }: KeyFieldProps) {
  const hmac = isSymmetric(alg)
  // How a secret's text becomes bytes; PEM, JWK and JWKS say that themselves.
  const showEncoding = recognized.kind === 'secret' || (recognized.kind === 'empty' && hmac) || encoding !== 'utf8'
  return (
    <div className="space-y-1.5">
      <div className="flex flex-wrap items-end justify-between gap-2">
        <label htmlFor="key-input" className="text-sm font-medium">
          {hmac ? 'Secret' : 'Key'}{' '}
          <span className="font-normal text-gray-600 dark:text-gray-400">
            {hmac ? '(shared by signer and verifier)' : '(public key to verify; private key to sign)'}
          </span>
        </label>
        {showEncoding && (
          <label className="flex items-center gap-1 text-xs">
            Secret encoding
            <select
              data-testid="secret-encoding"
              value={encoding}
              onChange={(event) => dispatch({ type: 'secretEncodingChanged', encoding: event.target.value as SecretEncoding })}
              className="rounded border border-gray-300 bg-white px-1 py-0.5 dark:border-gray-700 dark:bg-gray-900"
            >
              <option value="utf8">UTF-8</option>
              <option value="base64url">base64url</option>
            </select>
          </label>
        )}
      </div>
      <textarea
        id="key-input"
        data-testid="key-input"
        value={keyText}
        rows={keyText.includes('\n') || keyText.length > 80 ? 6 : 2}
        spellCheck={false}
        autoComplete="off"
        placeholder={hmac ? 'your-256-bit-secret' : '-----BEGIN PUBLIC KEY----- … or a JWK / JWKS'}
        onChange={(event) => dispatch({ type: 'keyEdited', text: event.target.value })}
        className="block w-full resize-y rounded-md border border-gray-300 bg-white p-2 font-mono text-xs focus-visible:outline-2 focus-visible:outline-sky-600 dark:border-gray-700 dark:bg-gray-950"
      />
      <p data-testid="key-recognized" className="text-xs text-gray-700 dark:text-gray-300">
        {recognized.kind === 'empty' ? 'No key yet.' : `Recognised: ${recognized.label}`}
        {recognized.problem && ` (${recognized.problem})`}
        {/* How its text becomes bytes, said beside the count: "plain text … decoded from base64url" read as a contradiction. */}
        {recognized.kind === 'secret' && (encoding === 'base64url' ? ' · decoded from base64url (base64 accepted too)' : ' · its UTF-8 bytes')}
      </p>
    </div>
  )
}
