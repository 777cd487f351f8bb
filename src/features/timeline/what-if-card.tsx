import { useId, type ReactNode } from 'react'
import { cn } from '@/lib/cn'

export type Tone = 'safe' | 'unsafe' | 'neutral'

const TONES: Record<Tone, string> = {
  safe: 'border-green-700 bg-green-50 text-green-900 dark:border-green-500 dark:bg-green-950 dark:text-green-200',
  unsafe: 'border-red-700 bg-red-50 text-red-900 dark:border-red-500 dark:bg-red-950 dark:text-red-200',
  neutral: 'border-gray-400 bg-gray-50 text-gray-900 dark:border-gray-600 dark:bg-gray-900 dark:text-gray-100',
}

/** Class names of the small buttons inside a what-if card: small type, but at least 24 px tall for a finger (WCAG 2.5.8). */
export const CARD_BUTTON =
  'min-h-6 rounded-md border border-gray-300 bg-white px-2 py-0.5 text-xs hover:bg-gray-100 focus-visible:outline-2 focus-visible:outline-sky-600 dark:border-gray-700 dark:bg-gray-900 dark:hover:bg-gray-800'

interface WhatIfCardProps {
  testId: string
  title: string
  /** The switch: a checkbox or a select, labelled by the title; given the id the title's label points at. */
  control: (labelId: string, controlId: string) => ReactNode
  /** The one-paragraph explanation. */
  children: ReactNode
  /** What happened in this run, shown while the what-if is on. */
  outcome: { tone: Tone; text: ReactNode } | null
  actions?: ReactNode
}

/** A what-if a teacher can switch on: its control, why it matters, and what it did in the current run. */
export function WhatIfCard({ testId, title, control, children, outcome, actions }: WhatIfCardProps) {
  const labelId = useId()
  const controlId = useId()
  return (
    <article data-testid={`${testId}-card`} aria-labelledby={labelId} className="flex flex-col gap-2 rounded-md border border-gray-200 bg-white p-3 text-sm dark:border-gray-800 dark:bg-gray-950">
      <div className="flex items-start gap-2">
        {control(labelId, controlId)}
        {/* A label, so tapping the question works the switch as well: its box alone is a small target. */}
        <h4 id={labelId} className="font-semibold">
          <label htmlFor={controlId}>{title}</label>
        </h4>
      </div>
      <p className="text-xs leading-relaxed text-gray-700 dark:text-gray-300">{children}</p>
      {outcome && (
        <p role="status" data-testid={`${testId}-outcome`} className={cn('rounded-md border-l-4 px-2 py-1 text-xs', TONES[outcome.tone])}>
          {outcome.text}
        </p>
      )}
      {actions && <div className="mt-auto flex flex-wrap gap-2">{actions}</div>}
    </article>
  )
}
