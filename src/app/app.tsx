import { lazy, Suspense, useReducer } from 'react'
import { LoadBoundary } from '@/components/ui/load-boundary'
import { DecoderPanel } from '@/features/decoder/decoder-panel'
import { initialState, playgroundReducer, type PlaygroundState } from './playground-state'
import { RecentTokens } from '@/features/history/recent-tokens'
import { ShareButton } from './share-button'
import { ThemeSwitch } from './theme-switch'
import { openFromLocation, useLinkForgetsEditedToken, useLinkToken } from './use-link-token'
import { useViewFocus } from './use-view-focus'
import { useViewLocation } from './use-view-location'
import { viewFromFragment } from './view-location'
import { VIEW_LABELS, ViewNav } from './view-nav'

// Learn mode and the timeline load on demand: the first view only needs the decoder.
const LearnView = lazy(() => import('@/features/learn/learn-view'))
const TimelineView = lazy(() => import('@/features/timeline/timeline-view'))
// Signing and verifying pull in jose's crypto: loaded just after the decoded panes have painted.
const VerifyPanel = lazy(() => import('@/features/encoder/verify-panel'))

/** The first render already shows a linked token, in the view the address names: no flash of the sample, no second render. */
function initFromLocation(state: PlaygroundState): PlaygroundState {
  const action = openFromLocation()
  const opened = action ? playgroundReducer(state, action) : state
  return { ...opened, view: viewFromFragment(window.location.hash) }
}

export function App() {
  const [state, dispatch] = useReducer(playgroundReducer, initialState, initFromLocation)
  useLinkToken(dispatch, state.tokenText)
  useLinkForgetsEditedToken(state.tokenText)
  useViewLocation(state.view, dispatch)
  useViewFocus(state.view)
  return (
    <div className="min-h-screen bg-gray-50 text-gray-900 dark:bg-gray-900 dark:text-gray-100">
      {/* The first Tab stop: past the header's controls, straight to the view. */}
      <a
        href="#main"
        onClick={(event) => {
          // Focus rather than navigate: the fragment carries shared tokens (#token=…), so it stays untouched.
          event.preventDefault()
          document.getElementById('main')?.focus()
        }}
        className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50 focus:rounded-md focus:bg-white focus:px-3 focus:py-2 focus:text-sm focus:font-medium focus:text-gray-900 focus:outline-2 focus:outline-sky-600 dark:focus:bg-gray-950 dark:focus:text-gray-100"
      >
        Skip to content
      </a>
      <header className="border-b border-gray-200 bg-white dark:border-gray-800 dark:bg-gray-950">
        <div className="mx-auto flex max-w-7xl flex-wrap items-center justify-between gap-3 px-4 py-3">
          <h1 className="text-xl font-bold">
            JWT <span className="text-red-700 dark:text-red-400">Play</span>
            <span className="text-purple-600 dark:text-purple-200">gro</span>
            <span className="text-blue-900 dark:text-blue-400">und</span>
          </h1>
          <ViewNav view={state.view} dispatch={dispatch} />
          <div className="flex flex-wrap items-center justify-end gap-3">
            {/* In the first render, though not needed to show the token: appearing later, they moved the page down. */}
            <ShareButton tokenText={state.tokenText} />
            <RecentTokens tokenText={state.tokenText} dispatch={dispatch} />
            <ThemeSwitch />
          </div>
        </div>
      </header>
      <main id="main" tabIndex={-1} className="mx-auto max-w-7xl px-4 py-6 outline-none">
        {state.notice && (
          <div role="status" data-testid="link-notice" className="mb-4 flex items-start justify-between gap-3 rounded-md border border-sky-300 bg-sky-50 p-3 text-sm text-sky-900 dark:border-sky-800 dark:bg-sky-950 dark:text-sky-200">
            <p>{state.notice}</p>
            <button type="button" onClick={() => dispatch({ type: 'noticeDismissed' })} className="underline">
              Dismiss
            </button>
          </div>
        )}
        {state.view === 'decoder' && (
          <DecoderPanel
            state={state}
            dispatch={dispatch}
            verifier={({ normalized, decoded }) => (
              <LoadBoundary what="Verify and sign" meanwhile="The token is decoded, but its signature is not checked." tokenText={state.tokenText}>
                <Suspense fallback={null}>
                  <VerifyPanel state={state} dispatch={dispatch} token={normalized.token} decoded={decoded} />
                </Suspense>
              </LoadBoundary>
            )}
          />
        )}
        {/* Keyed by view: a view that failed to load does not stand in for the next one. */}
        <LoadBoundary key={state.view} what={`The ${VIEW_LABELS[state.view]} view`} meanwhile="The decoder still works." tokenText={state.tokenText}>
          <Suspense fallback={<p className="text-sm text-gray-600 dark:text-gray-400">Loading…</p>}>
            {state.view === 'learn' && <LearnView state={state} dispatch={dispatch} />}
            {state.view === 'timeline' && <TimelineView state={state} dispatch={dispatch} />}
          </Suspense>
        </LoadBoundary>
      </main>
      <footer className="mx-auto max-w-7xl px-4 pb-8 text-xs text-gray-600 dark:text-gray-400">
        Everything runs in your browser: tokens and keys are never sent anywhere.
      </footer>
    </div>
  )
}
