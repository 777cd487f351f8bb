import { useId, useState } from 'react'
import { buildShareFragment } from '@/jwt/link'
import { normalizeInput } from '@/jwt/normalize'

/**
 * Copies a link that carries the token in the fragment only: no key, no secret, nothing a server sees.
 * With "header and payload only" the signature is cut off (`#token=header.payload.`), so the link shows the
 * claims but cannot be replayed as a valid token.
 */
export function ShareButton({ tokenText }: { tokenText: string }) {
  const id = useId()
  const [status, setStatus] = useState<string | null>(null)
  const [withoutSignature, setWithoutSignature] = useState(false)
  const share = async () => {
    const { origin, pathname } = window.location
    const url = origin + pathname + buildShareFragment(sharedToken(normalizeInput(tokenText).token, withoutSignature))
    try {
      await navigator.clipboard.writeText(url)
      setStatus(withoutSignature ? 'Link copied: header and payload, no signature, no key' : 'Link copied (token only, never the key)')
    } catch {
      setStatus('Copy failed: your browser blocked the clipboard')
    }
    setTimeout(() => setStatus(null), 2500)
  }
  return (
    <span className="flex items-center gap-2">
      <span role="status" data-testid="share-status" className="text-xs text-gray-600 dark:text-gray-400">
        {status}
      </span>
      <label htmlFor={`${id}-strip`} className="flex items-center gap-1 text-xs text-gray-700 dark:text-gray-300" title="The shared link ends in a dot: the signature is left out, so nobody can replay it">
        <input
          id={`${id}-strip`}
          type="checkbox"
          data-testid="share-strip-signature"
          checked={withoutSignature}
          onChange={(event) => setWithoutSignature(event.target.checked)}
          className="accent-sky-700"
        />
        header and payload only
      </label>
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

/** The token to put in the link: as is, or with an empty signature segment (three-part tokens only). */
function sharedToken(token: string, withoutSignature: boolean): string {
  const parts = token.split('.')
  if (!withoutSignature || parts.length !== 3) return token
  return `${parts[0]}.${parts[1]}.`
}
