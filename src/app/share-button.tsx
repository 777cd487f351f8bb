import { useState } from 'react'
import { buildShareFragment } from '@/jwt/link'
import { normalizeInput } from '@/jwt/normalize'

/** Copies a link that carries the token in the fragment only: no key, no secret, nothing a server sees. */
export function ShareButton({ tokenText }: { tokenText: string }) {
  const [status, setStatus] = useState<string | null>(null)
  const share = async () => {
    const { origin, pathname } = window.location
    const url = origin + pathname + buildShareFragment(normalizeInput(tokenText).token)
    try {
      await navigator.clipboard.writeText(url)
      setStatus('Link copied (token only, never the key)')
    } catch {
      setStatus('Copy failed: your browser blocked the clipboard')
    }
    setTimeout(() => setStatus(null), 2500)
  }
  return (
    <span className="flex items-center gap-2">
      <span role="status" className="text-xs text-gray-600 dark:text-gray-400">
        {status}
      </span>
      <button
        type="button"
        data-testid="share-button"
        onClick={share}
        className="rounded-md border border-gray-300 px-3 py-1 text-sm hover:bg-gray-100 focus-visible:outline-2 focus-visible:outline-sky-600 dark:border-gray-700 dark:hover:bg-gray-800"
      >
        Share
      </button>
    </span>
  )
}
