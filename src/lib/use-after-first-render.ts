import { useDeferredValue } from 'react'

/**
 * False during a component's first render, true in the render React does right after it. The first view
 * commits what it must show at once (the token and its decoded panes); the rest arrives a moment later
 * instead of delaying them.
 */
export function useAfterFirstRender(): boolean {
  return useDeferredValue(true, false)
}
