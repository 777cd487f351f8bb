import { Component, type ReactNode } from 'react'
import { buildShareFragment } from '@/jwt/link'
import { fragmentParam, fragmentWithParam } from '@/lib/fragment-params'
import { normalizeInput } from '@/jwt/normalize'

interface LoadBoundaryProps {
  /** What could not load, to start the message: "The Learn view". */
  what: string
  /** What still works meanwhile, said after the message. */
  meanwhile?: string
  /** The token on screen: given, a Reload button keeps it through the reload (in the fragment, as a shared link does). */
  tokenText?: string
  /** Told once the part has failed. */
  onFailed?: () => void
  /** Shown instead of the message, for a part that says so in a place of its own (null: nothing). */
  fallback?: ReactNode
  children: ReactNode
}

/** The first words of every "could not load" message: what failed, and the two usual reasons. */
export function couldNotLoad(what: string): string {
  return `${what} could not load: the connection dropped, or the site has been updated since this page opened.`
}

/**
 * A part of the page loaded on demand (the editors, a view, the verify panel) whose code did not arrive: a
 * dropped connection, or a newer version of the site without the old files. Uncaught, that error would take
 * the whole page down, and what the person typed with it. Caught here, that part says so and the rest stays.
 */
export class LoadBoundary extends Component<LoadBoundaryProps, { failed: boolean }> {
  state = { failed: false }

  static getDerivedStateFromError() {
    return { failed: true }
  }

  componentDidCatch() {
    this.props.onFailed?.()
  }

  render() {
    const { what, meanwhile, tokenText, fallback, children } = this.props
    if (!this.state.failed) return children
    if (fallback !== undefined) return fallback
    return (
      <div role="alert" data-testid="load-failed" className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-200">
        <p>
          {couldNotLoad(what)}
          {meanwhile ? ` ${meanwhile}` : ''}
        </p>
        {tokenText !== undefined && (
          <button type="button" onClick={() => reloadKeeping(tokenText)} className="mt-2 font-medium underline focus-visible:outline-2 focus-visible:outline-sky-600">
            Reload the page (the token stays; keys and secrets do not)
          </button>
        )}
      </div>
    )
  }
}

/** Reloads with the token in the fragment, where the page reads it on opening, and the same view; never a key. */
function reloadKeeping(tokenText: string): void {
  const { token } = normalizeInput(tokenText)
  const fragment = fragmentWithParam(token ? buildShareFragment(token) : '', 'view', fragmentParam(window.location.hash, 'view'))
  window.history.replaceState(null, '', window.location.pathname + fragment)
  window.location.reload()
}
