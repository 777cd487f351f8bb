import { useEffect, useState, type Dispatch } from 'react'
import type { PlaygroundAction, PlaygroundState } from '@/app/playground-state'
import { decodeToken } from '@/jwt/decode'
import { normalizeInput } from '@/jwt/normalize'
import { signToken } from '@/jwt/sign'

export type ResignStatus =
  | { kind: 'idle' }
  | { kind: 'signed'; keyNote: string; warnings: readonly string[] }
  | { kind: 'kept-old-signature'; message: string }

/**
 * After an edit that asks for it (state.signRequest), signs the edited header and payload with the key
 * and puts the new token in place. Without a key that can sign, the old signature stays and we say so.
 */
export function useResign(state: PlaygroundState, dispatch: Dispatch<PlaygroundAction>): ResignStatus {
  const [status, setStatus] = useState<ResignStatus>({ kind: 'idle' })
  const { signRequest } = state
  useEffect(() => {
    if (signRequest === 0) return
    let cancelled = false
    const basis = state.tokenText
    const decoded = decodeToken(normalizeInput(basis).token)
    if (!decoded.header?.ok || !decoded.payload?.ok) return
    if (state.keyText.trim() === '') {
      setStatus({ kind: 'kept-old-signature', message: 'No secret or private key: the old signature was kept, so it no longer matches.' })
      return
    }
    signToken(decoded.header.value, decoded.payload.value, state.keyText, { encoding: state.secretEncoding }).then((result) => {
      if (cancelled) return
      if (result.ok) {
        dispatch({ type: 'tokenSigned', basis, token: result.token })
        setStatus({ kind: 'signed', keyNote: result.keyNote, warnings: result.warnings })
      } else {
        setStatus({ kind: 'kept-old-signature', message: `Not re-signed: ${result.message.replace(/\.$/, "")}. The old signature was kept, so it no longer matches.` })
      }
    })
    return () => {
      cancelled = true
    }
    // Only a new sign request starts signing; the state it reads is the state of that request.
  }, [signRequest])
  return status
}
