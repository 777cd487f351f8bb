import { useEffect, useState } from 'react'
import { buildLearnSteps, type LearnKey, type LearnResult } from '@/jwt/learn'

/**
 * The learn steps for a token and key, recomputed when either changes (the HMAC runs in crypto.subtle, so
 * the result arrives asynchronously). A stale result is never shown for newer input. It does not verify
 * asymmetric signatures.
 */
export function useLearnSteps(token: string, key: LearnKey): { result: LearnResult | null; pending: boolean } {
  const [state, setState] = useState<{ input: string; result: LearnResult } | null>(null)
  const input = `${key.encoding}\u0000${key.text}\u0000${token}`
  useEffect(() => {
    let cancelled = false
    void buildLearnSteps(token, key.text === '' ? undefined : key).then((result) => {
      if (!cancelled) setState({ input, result })
    })
    return () => {
      cancelled = true
    }
    // `input` covers token, key.text and key.encoding.
  }, [input])
  // Keep showing the previous result while the next one is computed (no flicker on every keystroke).
  return { result: state?.result ?? null, pending: state?.input !== input }
}
