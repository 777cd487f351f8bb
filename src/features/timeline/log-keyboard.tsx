import { useRef, type ReactNode } from 'react'
import { useRovingTabStop } from './use-roving-tab-stop'

/** Each log row's "More" button (exchange-row.tsx). */
const MORE_BUTTON = '[data-testid="timeline-log-more"]'

/**
 * Around the HTTP log: its rows' "More" buttons are one Tab stop, moved between with the arrow keys, so a
 * keyboard user reaches the settings without passing up to 2,000 rows one Tab at a time.
 */
export function LogKeyboard({ children }: { children: ReactNode }) {
  const box = useRef<HTMLDivElement>(null)
  useRovingTabStop(box, MORE_BUTTON)
  return (
    <div ref={box} className="space-y-1">
      {children}
      <p className="text-xs text-gray-600 dark:text-gray-400">In the log, Tab stops at one row: ↑ ↓ move between rows, Home and End go to the first and the last row shown.</p>
    </div>
  )
}
