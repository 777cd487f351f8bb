import { useEffect, useId, useLayoutEffect, useRef, useState, type Dispatch, type RefObject } from 'react'
import type { PlaygroundAction } from '@/app/playground-state'
import { HistoryList } from './history-list'
import { useHistory } from './use-history'

/**
 * "Recent" in the header: an opt-in history of tokens in this browser (off by default), click one to open it,
 * one click clears all. Keys and secrets are never stored.
 */
export function RecentTokens({ tokenText, dispatch }: { tokenText: string; dispatch: Dispatch<PlaygroundAction> }) {
  const history = useHistory(tokenText)
  const [open, setOpen] = useState(false)
  const id = useId()
  const root = useRef<HTMLDivElement>(null)
  const button = useRef<HTMLButtonElement>(null)
  const shift = usePanelShift(open, button)
  useEffect(() => {
    if (!open) return
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return
      setOpen(false)
      button.current?.focus()
    }
    const onPointer = (event: PointerEvent) => {
      if (!root.current?.contains(event.target as Node)) setOpen(false)
    }
    document.addEventListener('keydown', onKey)
    document.addEventListener('pointerdown', onPointer)
    return () => {
      document.removeEventListener('keydown', onKey)
      document.removeEventListener('pointerdown', onPointer)
    }
  }, [open])
  return (
    <div ref={root} className="relative">
      <button
        ref={button}
        type="button"
        data-testid="history-button"
        aria-expanded={open}
        aria-controls={`${id}-panel`}
        onClick={() => setOpen(!open)}
        className="rounded-md border border-gray-300 px-3 py-1 text-sm hover:bg-gray-100 focus-visible:outline-2 focus-visible:outline-sky-600 dark:border-gray-700 dark:hover:bg-gray-800"
      >
        Recent{history.enabled ? ` (${history.entries.length})` : ''}
      </button>
      {open && (
        <div
          id={`${id}-panel`}
          data-testid="history-panel"
          role="region"
          aria-label="Recent tokens"
          style={{ right: shift }}
          className="absolute right-0 z-20 mt-2 w-[min(26rem,calc(100vw-2rem))] space-y-3 rounded-md border border-gray-300 bg-white p-3 text-sm shadow-lg dark:border-gray-700 dark:bg-gray-950"
        >
          <label className="flex items-start gap-2">
            <input
              type="checkbox"
              data-testid="history-enabled"
              checked={history.enabled}
              onChange={(event) => history.setEnabled(event.target.checked)}
              className="mt-1 accent-sky-700"
            />
            <span>
              Keep recent tokens in this browser
              <span className="block text-xs text-gray-600 dark:text-gray-400">
                Off by default. Tokens are stored in localStorage on this device (anyone using this browser profile can read them);
                keys and secrets never are. Turning it off deletes the list.
              </span>
            </span>
          </label>
          {history.enabled && (
            <HistoryList
              entries={history.entries}
              onOpen={(token) => {
                dispatch({ type: 'tokenOpened', token })
                setOpen(false)
              }}
              onClear={history.clear}
            />
          )}
        </div>
      )}
    </div>
  )
}

/** Space kept between the panel and the window's edges, in CSS pixels. */
const EDGE = 16

/**
 * How far to move the panel from the button's right edge so it stays inside the window. Aligned to the
 * button's right edge, it ran off the left of a phone's screen when the button was not the rightmost control.
 */
function usePanelShift(open: boolean, button: RefObject<HTMLButtonElement | null>): number {
  const [shift, setShift] = useState(0)
  useLayoutEffect(() => {
    if (!open) return
    const place = () => {
      const right = button.current?.getBoundingClientRect().right ?? 0
      const viewport = document.documentElement.clientWidth
      const width = Math.min(26 * 16, viewport - 2 * EDGE)
      // Positive moves the panel left, negative right: first keep its right edge in, then its left edge.
      const keepRightIn = Math.max(0, right - (viewport - EDGE))
      setShift(Math.min(keepRightIn, right - width - EDGE))
    }
    place()
    window.addEventListener('resize', place)
    return () => window.removeEventListener('resize', place)
  }, [open, button])
  return shift
}
