import { memo, useMemo, type Dispatch } from 'react'
import type { PlaygroundAction, PlaygroundState } from '@/app/playground-state'
import { recognizeKey } from '@/jwt/key-format'
import { detachedPayloadPart, isDetachedPayload, isUnencodedPayload } from '@/jwt/detached'
import type { DecodedToken } from '@/jwt/decode'
import { AlgSelect } from './alg-select'
import { ClaimsStatus } from './claims-status'
import { DetachedPayloadField } from './detached-payload-field'
import { GenerateKey } from './generate-key'
import { KeyField } from './key-field'
import { StampClaims } from './stamp-claims'
import { useResign, type ResignStatus } from './use-resign'
import { Verdict } from './verdict'

export interface VerifyPanelProps {
  state: PlaygroundState
  dispatch: Dispatch<PlaygroundAction>
  token: string
  decoded: DecodedToken
}

/** Verify the token with a key, or sign it: the signature and the claims are judged separately. */
// Memoised: the decoder's second, deferred render of a keystroke passes the same props and skips it.
export default memo(function VerifyPanel({ state, dispatch, token, decoded }: VerifyPanelProps) {
  const resign = useResign(state, dispatch)
  const alg = decoded.header?.ok && typeof decoded.header.value.alg === 'string' ? decoded.header.value.alg : ''
  const recognized = useMemo(() => recognizeKey(state.keyText), [state.keyText])
  const canSign = recognized.visibility === 'private' || recognized.visibility === 'secret'
  const detached = isDetachedPayload(decoded.parts) && alg.toLowerCase() !== 'none'
  const unencoded = isUnencodedPayload(decoded.header?.ok ? decoded.header.value : null)
  const detachedPart = useMemo(() => (detached ? detachedPayloadPart({ ...state.detached, unencoded }) : null), [detached, state.detached, unencoded])
  // An empty field means "not given yet", so the verdict asks for the payload rather than judging an empty one.
  const detachedPayload = detachedPart?.ok && state.detached.text !== '' ? detachedPart.part : undefined
  return (
    <section aria-labelledby="verify-title" className="space-y-3 rounded-md border border-gray-300 bg-white p-3 dark:border-gray-700 dark:bg-gray-950">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id="verify-title" className="text-lg font-semibold">
          Verify and sign
        </h2>
        <AlgSelect alg={alg} headerDraftUnapplied={state.unappliedDraft[0]} dispatch={dispatch} />
      </div>
      <KeyField keyText={state.keyText} recognized={recognized} encoding={state.secretEncoding} alg={alg} dispatch={dispatch} />
      {detachedPart && (
        <DetachedPayloadField entry={state.detached} unencoded={unencoded} part={detachedPart} dispatch={dispatch} />
      )}
      <Verdict
        token={token}
        keyText={state.keyText}
        encoding={state.secretEncoding}
        detachedPayload={detachedPayload}
        canSign={canSign}
        dispatch={dispatch}
        signNote={<SignNote resign={resign} />}
      />
      <ClaimsStatus payload={decoded.payload?.ok ? decoded.payload.value : null} leeway={state.leeway} dispatch={dispatch} />
      <div className="flex flex-wrap items-start gap-3 border-t border-gray-200 pt-3 dark:border-gray-800">
        <StampClaims payloadDraftUnapplied={state.unappliedDraft[1]} payloadRefusal={stampRefusal(decoded, unencoded)} dispatch={dispatch} />
        <GenerateKey alg={alg} headerKid={decoded.header?.ok ? decoded.header.value.kid : undefined} dispatch={dispatch} />
      </div>
    </section>
  )
})

/** What re-signing after an edit did: signed with which key, or kept the old signature and why. */
function SignNote({ resign }: { resign: ResignStatus }) {
  if (resign.kind === 'kept-old-signature' || resign.kind === 'unsigned') {
    return (
      <p data-testid="sign-status" className="text-sm text-amber-900 dark:text-amber-200">
        {resign.message}
      </p>
    )
  }
  if (resign.kind === 'signed') {
    // After an edit, the Sign button or a generated key alike: what signed it, and what the signature means.
    return (
      <div data-testid="sign-status" className="text-sm text-gray-700 dark:text-gray-300">
        <p>Re-signed with: {resign.keyNote.replace(/\.$/, '')}.</p>
        {resign.warnings.map((warning) => (
          <p key={warning} className="text-amber-900 dark:text-amber-200">
            Warning: {warning.replace(/\.$/, '')}.
          </p>
        ))}
      </div>
    )
  }
  return null
}

/** Why iat/exp cannot be written into this payload, or null when they can. */
function stampRefusal(decoded: DecodedToken, unencoded: boolean): string | null {
  if (unencoded) return 'the payload is unencoded (b64: false, RFC 7797): it is signed as the text it is, so claims are not written into it here'
  if (!decoded.payload?.ok) return 'the payload is not a JSON object, so it has no claims to set (RFC 7519 §7.2)'
  return null
}
