import type { ReactNode } from 'react'
import { CopyButton } from '@/components/ui/copy-button'
import { cn } from '@/lib/cn'
import { ClippedText } from './long-text'

interface StepCardProps {
  n: 1 | 2 | 3 | 4 | 5
  title: string
  /** Where the step comes from, e.g. "RFC 7515 §5.1 step 2". */
  spec: string
  /** The step's result: what the next step takes in. */
  output: string
  outputLabel: string
  /** Tailwind border colour of the segment this step builds (the left edge). */
  accent: string
  /** The output as the user sees it (coloured parts); defaults to the plain text. */
  outputView?: ReactNode
  children: ReactNode
}

/** One numbered step of learn mode, its working and its output (copyable). It computes nothing. */
export function StepCard({ n, title, spec, output, outputLabel, accent, outputView, children }: StepCardProps) {
  return (
    <li data-testid={`learn-step-${n}`} aria-labelledby={`learn-step-${n}-title`} className={cn(
        'rounded-md border border-l-4 bg-white dark:bg-gray-950',
        accent,
        'border-y-gray-300 border-r-gray-300 dark:border-y-gray-700 dark:border-r-gray-700',
      )}>
      <header className="flex flex-wrap items-baseline justify-between gap-2 border-b border-gray-200 px-4 py-2 dark:border-gray-800">
        <h3 id={`learn-step-${n}-title`} className="text-base font-semibold">
          <span className="mr-2 inline-flex size-6 items-center justify-center rounded-full bg-gray-900 text-xs text-white dark:bg-gray-100 dark:text-gray-900" aria-hidden="true">
            {n}
          </span>
          <span className="sr-only">Step {n}: </span>
          {title}
        </h3>
        <span data-testid={`learn-step-${n}-spec`} className="text-sm text-gray-600 dark:text-gray-400">
          {spec}
        </span>
      </header>
      <div className="space-y-3 px-4 py-3 text-sm">{children}</div>
      <div className="flex items-start justify-between gap-2 border-t border-gray-200 bg-gray-50 px-4 py-2 dark:border-gray-800 dark:bg-gray-900">
        <div className="min-w-0">
          <div className="text-sm font-medium text-gray-700 dark:text-gray-300">
            Output{n < 5 ? ` (input of step ${n + 1})` : ''}: {outputLabel}
          </div>
          <code data-testid={`learn-step-${n}-output`} className="block font-mono text-sm break-all text-gray-900 dark:text-gray-100">
            {/* An empty output says so even when a coloured view was passed (alg none's signature). */}
            {output === '' ? <span className="text-gray-600 italic dark:text-gray-400">(empty)</span> : (outputView ?? <ClippedText text={output} />)}
          </code>
        </div>
        <span className="shrink-0 whitespace-nowrap">
          <CopyButton text={output} label={`Copy step ${n}`} testId={`learn-step-${n}-copy`} />
        </span>
      </div>
    </li>
  )
}

/** A labelled row inside a step: "UTF-8 bytes (40)" and its value. */
export function StepRow({ label, children, testId }: { label: ReactNode; children: ReactNode; testId?: string }) {
  return (
    <div data-testid={testId} className="grid gap-1 sm:grid-cols-[11rem_1fr] sm:gap-3">
      <div className="text-sm font-medium text-gray-700 dark:text-gray-300">{label}</div>
      <div className="min-w-0">{children}</div>
    </div>
  )
}
