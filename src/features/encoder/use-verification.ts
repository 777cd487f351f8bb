import { useEffect, useState } from 'react'
import { flushSync } from 'react-dom'
import type { SecretEncoding } from '@/app/playground-state'
import { verifySignature, type VerifyResult } from '@/jwt/verify'

/**
 * Verifies the token with the key on every change. Results of an older token or key are dropped
 * (the `cancelled` flag), so a slow RSA import can never overwrite a newer verdict.
 */
export function useVerification(token: string, keyText: string, encoding: SecretEncoding): VerifyResult | null {
  const [result, setResult] = useState<{ for: string; value: VerifyResult } | null>(null)
  const id = JSON.stringify([token, keyText, encoding])
  useEffect(() => {
    let cancelled = false
    verifySignature(token, keyText, { encoding }).then((value) => {
      // The verdict renders as soon as WebCrypto answers, not in a scheduler task queued after it.
      if (!cancelled) flushSync(() => setResult({ for: id, value }))
    })
    return () => {
      cancelled = true
    }
  }, [id, token, keyText, encoding])
  // While the new verdict is computed, keep showing nothing stale.
  return result?.for === id ? result.value : null
}
