import { useEffect, type Dispatch } from 'react'
import { buildShareFragment, readLinkToken, searchWithoutToken } from '@/jwt/link'
import type { PlaygroundAction } from './playground-state'

const MOVED_NOTE =
  'The token was in the address query (?token=), which browsers send to the server. It has been moved into the fragment (#token=), which never leaves your browser.'

/** Opens a token from the address on load and whenever the fragment changes (an OAuth redirect, a shared link). */
export function useLinkToken(dispatch: Dispatch<PlaygroundAction>): void {
  useEffect(() => {
    const open = () => {
      const link = readLinkToken(window.location.hash, window.location.search)
      if (!link) return
      if (link.fromQuery) {
        const { pathname } = window.location
        history.replaceState(null, '', pathname + searchWithoutToken(window.location.search) + buildShareFragment(link.token, link.publicKey))
      }
      dispatch({
        type: 'tokenOpened',
        token: link.token,
        // A public key from the link verifies the token; otherwise clear the sample's secret.
        keyText: link.publicKey ?? '',
        notice: link.fromQuery ? MOVED_NOTE : null,
      })
    }
    open()
    window.addEventListener('hashchange', open)
    return () => window.removeEventListener('hashchange', open)
  }, [dispatch])
}
