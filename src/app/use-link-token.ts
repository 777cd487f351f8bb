import { useEffect, useRef, type Dispatch } from 'react'
import { fragmentForQueryToken, fragmentWithoutKey, fragmentWithoutToken, readLinkToken, searchWithoutToken } from '@/jwt/link'
import { normalizeInput } from '@/jwt/normalize'
import { isSeenEntry, markEntrySeen, seenState } from './history-entry'
import type { PlaygroundAction } from './playground-state'
import { viewFromFragment } from './view-location'

const MOVED_NOTE =
  'The token was in the address query (?token=), which browsers send to the server. It has been moved into the fragment (#token=), which never leaves your browser.'

/** The action that opens the token in the current address, or null; moves a query token into the fragment. */
export function openFromLocation(): Extract<PlaygroundAction, { type: 'tokenOpened' }> | null {
  const link = readLinkToken(window.location.hash, window.location.search)
  if (!link) return null
  if (link.fromQuery) {
    const { pathname, search, hash } = window.location
    history.replaceState(seenState(), '', pathname + searchWithoutToken(search) + fragmentForQueryToken(hash, link.token, link.publicKey))
  }
  return {
    type: 'tokenOpened',
    token: link.token,
    // "#token=…&view=learn" opens in Learn, on a page already open as on a fresh load.
    view: viewFromFragment(window.location.hash),
    // A public key from the link verifies the token; otherwise clear the sample's secret.
    keyText: link.publicKey ?? '',
    notice: link.fromQuery ? MOVED_NOTE : null,
  }
}

/**
 * A private key or secret in a link's publicKey= leaves the address, and the page says why. The check
 * loads on demand: key parsing has no place in the first view.
 */
async function warnOfLinkKey(dispatch: Dispatch<PlaygroundAction>): Promise<void> {
  if (!readLinkToken(window.location.hash, '')?.publicKey) return
  const { linkKeyWarning } = await import('@/jwt/link-key')
  // Read again: the address may have changed while the check loaded, or a twin call already handled it.
  const publicKey = readLinkToken(window.location.hash, '')?.publicKey
  const warning = publicKey ? linkKeyWarning(publicKey) : null
  if (!warning) return
  const { pathname, search, hash } = window.location
  history.replaceState(history.state, '', pathname + search + fragmentWithoutKey(hash))
  dispatch({ type: 'noticeAdded', notice: warning })
}

/** The token an address's fragment (or query) carries; '' for none. */
function linkedToken(url: string): string {
  const { hash, search } = new URL(url)
  return readLinkToken(hash, search)?.token ?? ''
}

/**
 * Opens a token whenever a new address brings one while the page is open (an OAuth redirect, a pasted link).
 * Back and Forward return to entries already shown: they change the view (useViewLocation) and never the
 * token on screen, which is the newest work; a fragment whose token did not change leaves it alone too.
 */
export function useLinkToken(dispatch: Dispatch<PlaygroundAction>, tokenText: string): void {
  const shown = useRef(tokenText)
  shown.current = tokenText
  useEffect(() => {
    const open = (event: HashChangeEvent) => {
      if (isSeenEntry()) return forgetUnlessShown(shown.current)
      markEntrySeen()
      if (linkedToken(event.newURL) === linkedToken(event.oldURL)) return
      const action = openFromLocation()
      if (action) dispatch(action)
      void warnOfLinkKey(dispatch)
    }
    markEntrySeen()
    // The page opened from a link: openFromLocation already ran (a query link now sits in the fragment).
    void warnOfLinkKey(dispatch)
    window.addEventListener('hashchange', open)
    return () => window.removeEventListener('hashchange', open)
  }, [dispatch])
}

/**
 * Once the token on screen is no longer the one the address names, the address stops naming it: copied, it
 * would share the old token; reloaded, it would bring the old token back over the edit. (Share makes a link
 * to the token on screen.) Runs after paint, and only while the address holds a token.
 */
export function useLinkForgetsEditedToken(tokenText: string): void {
  useEffect(() => forgetUnlessShown(tokenText), [tokenText])
}

/** Takes the token out of the address when it is not the one on screen. */
function forgetUnlessShown(tokenText: string): void {
  const { pathname, search, hash } = window.location
  const link = hash.length > 1 ? readLinkToken(hash, '') : null
  if (!link || normalizeInput(tokenText).token === link.token) return
  history.replaceState(history.state, '', pathname + search + fragmentWithoutToken(hash))
}
