import type { Dispatch } from 'react'
import { cn } from '@/lib/cn'
import { VIEWS, type PlaygroundAction, type View } from './playground-state'

export const VIEW_LABELS: Record<View, string> = { decoder: 'Decoder', learn: 'Learn', timeline: 'Timeline' }

/** The three views as tabs-like buttons; `nav-<view>` opens a view from anywhere. */
export function ViewNav({ view, dispatch }: { view: View; dispatch: Dispatch<PlaygroundAction> }) {
  return (
    <nav aria-label="Views">
      <ul className="flex gap-1">
        {VIEWS.map((name) => (
          <li key={name}>
            <button
              type="button"
              data-testid={`nav-${name}`}
              aria-current={view === name ? 'page' : undefined}
              onClick={() => dispatch({ type: 'viewChanged', view: name })}
              className={cn(
                'rounded-md px-3 py-1 text-sm font-medium focus-visible:outline-2 focus-visible:outline-sky-600',
                view === name ? 'bg-gray-900 text-white dark:bg-gray-100 dark:text-gray-900' : 'hover:bg-gray-100 dark:hover:bg-gray-800',
              )}
            >
              {VIEW_LABELS[name]}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  )
}
