import { memo, useMemo, type Dispatch } from 'react'
import type { PlaygroundAction, PlaygroundState } from '@/app/playground-state'
import { recognizeKey } from '@/jwt/key-format'
import type { DecodedToken } from '@/jwt/decode'
import { AlgSelect } from './alg-select'
import { ClaimsStatus } from './claims-status'
import { GenerateKey } from './generate-key'
import { KeyField } from './key-field'
import { SignatureBadge } from './signature-badge'
import { StampClaims } from './stamp-claims'
import { useResign } from './use-resign'
import { useVerification } from './use-verification'

export interface VerifyPanelProps {
  state: PlaygroundState
  dispatch: Dispatch<PlaygroundAction>
  token: string
  decoded: DecodedToken
}

/** Verify the token with a key, or sign it: the signature and the claims are judged separately. */
// Memoised: the decoder's second, deferred render of a keystroke passes the same props and skips it.
export default memo(function VerifyPanel({ state, dispatch, token, decoded }: VerifyPanelProps) {
  const verification = useVerification(token, state.keyText, state.secretEncoding)
  const resign = useResign(state, dispatch)
  const alg = decoded.header?.ok && typeof decoded.header.value.alg === 'string' ? decoded.header.value.alg : ''
  const recognized = useMemo(() => recognizeKey(state.keyText), [state.keyText])
  const canSign = recognized.visibility === 'private' || recognized.visibility === 'secret'
  return (
    <section aria-labelledby="verify-title" className="space-y-3 rounded-md border border-gray-300 bg-white p-3 dark:border-gray-700 dark:bg-gray-950">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id="verify-title" className="text-lg font-semibold">
          Verify and sign
        </h2>
        <AlgSelect alg={alg} dispatch={dispatch} />
      </div>
      <KeyField keyText={state.keyText} recognized={recognized} encoding={state.secretEncoding} alg={alg} dispatch={dispatch} />
      <SignatureBadge result={verification} />
      {resign.kind === 'kept-old-signature' && (
        <p data-testid="sign-status" className="text-sm text-amber-900 dark:text-amber-200">
          {resign.message}
        </p>
      )}
      {resign.kind === 'signed' && (
        <p data-testid="sign-status" className="text-sm text-gray-700 dark:text-gray-300">
          Re-signed after your edit with: {resign.keyNote}.
        </p>
      )}
      {verification?.status === 'invalid' && canSign && (
        <button
          type="button"
          data-testid="sign-button"
          onClick={() => dispatch({ type: 'signRequested' })}
          className="rounded-md bg-sky-700 px-3 py-1 text-sm font-medium text-white hover:bg-sky-800 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-600"
        >
          Sign the token with this key
        </button>
      )}
      <ClaimsStatus payload={decoded.payload?.ok ? decoded.payload.value : null} leeway={state.leeway} dispatch={dispatch} />
      <div className="flex flex-wrap items-start gap-3 border-t border-gray-200 pt-3 dark:border-gray-800">
        <StampClaims dispatch={dispatch} />
        <GenerateKey alg={alg} dispatch={dispatch} />
      </div>
    </section>
  )
})
