import { useEffect, type Dispatch } from 'react'
import { seenState } from './history-entry'
import type { PlaygroundAction, View } from './playground-state'
import { fragmentWithView, viewFromFragment } from './view-location'

/**
 * Keeps the open view in the address: opening a view adds a history entry (Back returns to the last one),
 * and Back, Forward or an edited fragment open the view it names.
 */
export function useViewLocation(view: View, dispatch: Dispatch<PlaygroundAction>): void {
  useEffect(() => {
    const { pathname, search, hash } = window.location
    if (viewFromFragment(hash) !== view) history.pushState(seenState(null), '', pathname + search + fragmentWithView(hash, view))
  }, [view])
  useEffect(() => {
    const follow = () => dispatch({ type: 'viewChanged', view: viewFromFragment(window.location.hash) })
    window.addEventListener('popstate', follow)
    window.addEventListener('hashchange', follow)
    return () => {
      window.removeEventListener('popstate', follow)
      window.removeEventListener('hashchange', follow)
    }
  }, [dispatch])
}
