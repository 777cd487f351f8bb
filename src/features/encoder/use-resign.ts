import { useEffect, useState, type Dispatch } from 'react'
import type { PlaygroundAction, PlaygroundState } from '@/app/playground-state'
import { decodeToken } from '@/jwt/decode'
import { normalizeInput } from '@/jwt/normalize'
import { signCompact } from '@/jwt/sign'

export type ResignStatus =
  | { kind: 'idle' }
  | { kind: 'signed'; keyNote: string; warnings: readonly string[] }
  | { kind: 'kept-old-signature'; message: string }
  /** alg "none": the edit left the signature empty, as an unsecured JWS has it (RFC 7518 §3.6). */
  | { kind: 'unsigned'; message: string }

/** A status and the token it speaks of: the token signed, or the one left with its old signature. */
type Said = { about: string; status: ResignStatus }

const IDLE: ResignStatus = { kind: 'idle' }

/**
 * After an edit that asks for it (state.signRequest), signs the edited header and payload with the key
 * and puts the new token in place. Without a key that can sign, the old signature stays and we say so.
 * The payload is signed from its own text, so claims nobody edited keep their exact bytes (a 64-bit id).
 * What it says holds only while that token is on screen: a token pasted afterwards clears it.
 */
export function useResign(state: PlaygroundState, dispatch: Dispatch<PlaygroundAction>): ResignStatus {
  const [said, setSaid] = useState<Said>({ about: '', status: IDLE })
  const { signRequest } = state
  useEffect(() => {
    if (signRequest === 0) return
    let cancelled = false
    const basis = state.tokenText
    const compact = normalizeInput(basis).token
    const decoded = decodeToken(compact)
    if (decoded.header?.ok && decoded.header.value.alg === 'none') {
      const message = 'alg "none": the token now ends in an empty signature (header.payload.), as RFC 7518 §3.6 requires. Anyone can change it.'
      setSaid({ about: basis, status: { kind: 'unsigned', message } })
      return
    }
    if (state.keyText.trim() === '') {
      setSaid({ about: basis, status: { kind: 'kept-old-signature', message: 'No secret or private key: the old signature was kept, so it no longer matches.' } })
      return
    }
    // The payload's bytes as they stand: a JSON edit already wrote them compacted, and a payload that is not a
    // JSON object (an array, text, a nested JWT) is signed too, with a warning that it is then no JWT.
    signCompact(compact, state.keyText, { encoding: state.secretEncoding }).then((result) => {
      if (cancelled) return
      if (result.ok) {
        dispatch({ type: 'tokenSigned', basis, token: result.token })
        setSaid({ about: result.token, status: { kind: 'signed', keyNote: result.keyNote, warnings: result.warnings } })
      } else {
        setSaid({ about: basis, status: { kind: 'kept-old-signature', message: `Not re-signed: ${result.message.replace(/\.$/, '')}. The old signature was kept, so it no longer matches.` } })
      }
    })
    return () => {
      cancelled = true
    }
    // Only a new sign request starts signing; the state it reads is the state of that request.
  }, [signRequest])
  return said.about === state.tokenText ? said.status : IDLE
}
