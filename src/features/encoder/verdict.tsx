import type { Dispatch, ReactNode } from 'react'
import type { PlaygroundAction, SecretEncoding } from '@/app/playground-state'
import { SignatureBadge } from './signature-badge'
import { useVerification } from './use-verification'

interface VerdictProps {
  token: string
  keyText: string
  encoding: SecretEncoding
  /** For a token whose payload is detached: the payload part pasted for it, when there is a usable one. */
  detachedPayload?: string | undefined
  /** Whether the key can sign: then a token that fails to verify can be re-signed with it. */
  canSign: boolean
  /** What re-signing last did, shown under the badge. */
  signNote: ReactNode
  dispatch: Dispatch<PlaygroundAction>
}

/**
 * The signature's verdict and what can be done about it. A component of its own, so a verdict arriving
 * re-renders only this, not the key field and the claims around it.
 */
export function Verdict({ token, keyText, encoding, detachedPayload, canSign, signNote, dispatch }: VerdictProps) {
  const verification = useVerification(token, keyText, encoding, detachedPayload)
  return (
    <>
      <SignatureBadge result={verification} />
      {signNote}
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
    </>
  )
}
