import type { ReactNode } from 'react'
import type { SegmentIndex } from '@/jwt/decode'
import { cn } from '@/lib/cn'
import { SEGMENT_STYLE } from './segment-style'

interface PaneProps {
  segment: SegmentIndex
  testId: string
  subtitle?: string
  active: boolean
  onActiveChange: (segment: SegmentIndex | null) => void
  actions?: ReactNode
  children: ReactNode
}

/** A decoded part in its segment's colour; hovering or focusing it highlights the same segment in the token. */
export function Pane({ segment, testId, subtitle, active, onActiveChange, actions, children }: PaneProps) {
  const style = SEGMENT_STYLE[segment]
  return (
    <section
      data-testid={testId}
      aria-labelledby={`${testId}-title`}
      onMouseEnter={() => onActiveChange(segment)}
      onMouseLeave={() => onActiveChange(null)}
      onFocus={() => onActiveChange(segment)}
      onBlur={() => onActiveChange(null)}
      className={cn(
        'overflow-hidden rounded-md border-l-4 border bg-white dark:bg-gray-950',
        style.border,
        'border-y-gray-300 border-r-gray-300 dark:border-y-gray-700 dark:border-r-gray-700',
        active && cn('ring-2', style.ring),
      )}
    >
      <header className="flex items-center justify-between gap-2 border-b border-gray-200 px-3 py-1.5 dark:border-gray-800">
        <h3 id={`${testId}-title`} className={cn('text-sm font-semibold', style.text)}>
          {style.name}
          {subtitle && <span className="ml-2 font-normal text-gray-600 dark:text-gray-400">{subtitle}</span>}
        </h3>
        {actions}
      </header>
      {children}
    </section>
  )
}
