import { useMemo } from 'react'
import { decodeToken, type DecodedToken } from '@/jwt/decode'
import { describeStripped, normalizeInput, type NormalizedInput } from '@/jwt/normalize'

export interface DecodedView {
  normalized: NormalizedInput
  decoded: DecodedToken
  strippedNote: string | null
}

/** Derives everything the decoder shows from the raw token text; never stored, so never stale. */
export function useDecoded(tokenText: string): DecodedView {
  return useMemo(() => {
    const normalized = normalizeInput(tokenText)
    return { normalized, decoded: decodeToken(normalized.token), strippedNote: describeStripped(normalized.stripped) }
  }, [tokenText])
}
