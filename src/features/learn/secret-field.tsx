import { useId, type Dispatch } from 'react'
import type { PlaygroundAction, SecretEncoding } from '@/app/playground-state'
import { recognizeKey } from '@/jwt/key-format'

interface SecretFieldProps {
  keyText: string
  encoding: SecretEncoding
  /** Where step 4 took the secret's bytes from, once it could. */
  source?: string
  dispatch: Dispatch<PlaygroundAction>
}

/**
 * The HMAC secret for step 4: the same state as the decoder's key field, so typing here changes it there.
 * It never stores or sends the secret anywhere.
 */
export function SecretField({ keyText, encoding, source, dispatch }: SecretFieldProps) {
  const id = useId()
  // As in the decoder: a JWK or JWKS says how its bytes are written, so the encoding is for plain text only.
  const kind = recognizeKey(keyText).kind
  const showEncoding = kind === 'secret' || kind === 'empty' || encoding !== 'utf8'
  return (
    <div className="space-y-1">
      <div className="flex flex-wrap items-end gap-2">
        <label htmlFor={`${id}-secret`} className="flex min-w-64 flex-1 flex-col gap-1 text-sm font-medium text-gray-700 dark:text-gray-300">
          Secret, or a JWK holding it (shared with the decoder's key field)
          <input
            id={`${id}-secret`}
            data-testid="learn-secret"
            type="text"
            value={keyText}
            spellCheck={false}
            autoComplete="off"
            autoCapitalize="off"
            placeholder="the shared secret"
            onChange={(event) => dispatch({ type: 'keyEdited', text: event.target.value })}
            className="rounded-md border border-gray-300 bg-white px-2 py-1 font-mono text-sm text-gray-900 focus-visible:outline-2 focus-visible:outline-sky-600 dark:border-gray-700 dark:bg-gray-900 dark:text-gray-100"
          />
        </label>
        {showEncoding && (
          <label className="flex flex-col gap-1 text-sm font-medium text-gray-700 dark:text-gray-300">
            Written as
            <select
              data-testid="learn-secret-encoding"
              value={encoding}
              onChange={(event) => dispatch({ type: 'secretEncodingChanged', encoding: event.target.value as SecretEncoding })}
              className="rounded-md border border-gray-300 bg-white px-2 py-1 text-sm text-gray-900 dark:border-gray-700 dark:bg-gray-900 dark:text-gray-100"
            >
              <option value="utf8">text (UTF-8 bytes)</option>
              <option value="base64url">base64url bytes (a JWK's k)</option>
            </select>
          </label>
        )}
      </div>
      {source && (
        <p data-testid="learn-secret-source" className="text-sm text-gray-700 dark:text-gray-300">
          Secret bytes taken from {source}.
        </p>
      )}
    </div>
  )
}
