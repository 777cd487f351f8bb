import { useLayoutEffect, useRef, useState } from 'react'
import { exchangesUntil } from '@/timeline/queries'
import type { Schedule } from '@/timeline/schedule'
import { ExchangeRow } from './exchange-row'
import { lastExchanges, tokenRefsOf } from './log-rows'
import { useRovingTabStop } from './use-roving-tab-stop'
import { useTokenTexts } from './use-token-texts'

/** Each row's "More" button (exchange-row.tsx). */
const MORE_BUTTON = '[data-testid="timeline-log-more"]'

/** Rows shown at first; "show more" adds this many, up to MAX_ROWS. */
export const LOG_PAGE = 200
const MAX_ROWS = 2000

/**
 * The HTTP exchanges from login up to now, oldest first, newest at the bottom (kept in view unless the
 * reader scrolled up). Shows the newest LOG_PAGE rows and says how many earlier ones are hidden; each
 * shown row is a real exchange, made on demand from the run-length log.
 */
export function ExchangeLog({ schedule, now, onOpen }: { schedule: Schedule; now: number; onOpen: (jti: string) => void }) {
  const [limit, setLimit] = useState(LOG_PAGE)
  const [hideRoutine, setHideRoutine] = useState(false)
  const { rows, total, hidden } = lastExchanges(schedule, schedule.start + now, limit, hideRoutine)
  // With the filter on, `total` counts only the exchanges that pass it; the count line gives both.
  const all = hideRoutine ? exchangesUntil(schedule, schedule.start + now).length : total
  const { texts, error } = useTokenTexts(schedule, rows.flatMap(tokenRefsOf))
  const box = useRef<HTMLDivElement>(null)
  const stick = useRef(true)
  // The rows' More buttons are one Tab stop: a keyboard user reaches the settings without passing every row.
  useRovingTabStop(box, MORE_BUTTON)

  // Only when the rows change: reading scrollHeight lays the page out there and then, and the log renders on
  // every frame of playback (a third of the main thread at 3600×, profiled, when it ran after each render).
  // Rows are made afresh on each render, so they are told apart by count.
  useLayoutEffect(() => {
    if (stick.current && box.current) box.current.scrollTop = box.current.scrollHeight
  }, [total, hideRoutine, limit, texts])

  return (
    <section aria-labelledby="timeline-log-title" className="rounded-md border border-gray-200 bg-white dark:border-gray-800 dark:bg-gray-950">
      <header className="flex flex-wrap items-baseline justify-between gap-2 border-b border-gray-200 px-3 py-2 dark:border-gray-800">
        <h3 id="timeline-log-title" className="font-semibold">
          HTTP exchanges up to now
        </h3>
        <label className="flex items-center gap-2 text-sm">
          {/* 20 px: a checkbox a finger can hit on a phone. */}
          <input type="checkbox" data-testid="timeline-log-hide-routine" checked={hideRoutine} onChange={(e) => setHideRoutine(e.target.checked)} className="size-5 shrink-0" />
          Hide accepted <code>GET /api/me/</code> calls
        </label>
      </header>
      <p data-testid="timeline-log-count" className="px-3 pt-2 text-xs text-gray-700 dark:text-gray-300">
        {logCount(rows.length, total, hidden, all)}{' '}
        {hidden > 0 && limit < MAX_ROWS && (
          <button type="button" onClick={() => setLimit(limit + LOG_PAGE)} className="text-sky-700 underline focus-visible:outline-2 focus-visible:outline-sky-600 dark:text-sky-300">
            Show {LOG_PAGE} more
          </button>
        )}
      </p>
      {error && (
        <p role="alert" title={error} className="px-3 text-xs text-red-700 dark:text-red-400">
          The tokens could not be signed with this SIGNING_KEY, so the log shows placeholders where they go.
        </p>
      )}
      <div
        ref={box}
        onScroll={(e) => {
          const el = e.currentTarget
          stick.current = el.scrollHeight - el.scrollTop - el.clientHeight < 32
        }}
        className="max-h-96 overflow-y-auto"
      >
        <ol data-testid="timeline-log" aria-label="HTTP exchanges, oldest first" className="py-1">
          {rows.map((exchange) => (
            <ExchangeRow key={exchange.index} exchange={exchange} start={schedule.start} texts={texts} onOpen={onOpen} />
          ))}
        </ol>
      </div>
      <p className="border-t border-gray-200 px-3 py-1 text-xs text-gray-600 dark:border-gray-800 dark:text-gray-400">
        In the log, Tab stops at one row: ↑ ↓ move between rows, Home and End go to the first and the last row shown.
      </p>
    </section>
  )
}

const n = (count: number) => count.toLocaleString('en')

/** What the log shows out of what happened: `all` exchanges so far, `total` of them left by the filter, `hidden` of those above the rows. */
function logCount(shown: number, total: number, hidden: number, all: number): string {
  if (all === 0) return 'Nothing yet.'
  const filtered = total < all ? ` other than accepted GET /api/me/ calls (of ${n(all)} in all)` : ''
  if (hidden > 0) return `Showing the newest ${n(shown)} of ${n(total)} exchanges${filtered}; ${n(hidden)} earlier ones are hidden.`
  return total < all ? `${n(shown)} of ${n(all)} exchanges shown: accepted GET /api/me/ calls are hidden.` : `All ${n(all)} exchanges.`
}
