import { useMemo, useRef } from 'react'
import { decodeToken, type DecodedToken } from '@/jwt/decode'
import { describeStripped, normalizeInput, type NormalizedInput } from '@/jwt/normalize'

export interface DecodedView {
  normalized: NormalizedInput
  decoded: DecodedToken
  strippedNote: string | null
}

/** Derives everything the decoder shows from the raw token text; never stored, so never stale. */
export function useDecoded(tokenText: string): DecodedView {
  // The last decode, so the segments a keystroke did not touch keep their objects and their panes skip
  // rendering. Only a cache: a render React throws away leaves in it a decode that is still correct.
  const last = useRef<DecodedToken | undefined>(undefined)
  return useMemo(() => {
    const normalized = normalizeInput(tokenText)
    const decoded = decodeToken(normalized.token, last.current)
    last.current = decoded
    return { normalized, decoded, strippedNote: describeStripped(normalized.stripped) }
  }, [tokenText])
}
