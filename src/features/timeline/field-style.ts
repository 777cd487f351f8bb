import { cn } from '@/lib/cn'

/** A settings field's classes; a field whose text is refused gets a red border. */
export const fieldClass = (invalid: boolean) =>
  cn(
    'w-full rounded-md border bg-white px-2 py-1 font-mono text-sm disabled:opacity-50 dark:bg-gray-900',
    invalid ? 'border-red-600 dark:border-red-400' : 'border-gray-300 dark:border-gray-700',
  )

/** The line under a field: its hint, or in red why its text is refused. */
export const fieldHintClass = (invalid: boolean) => cn('text-xs', invalid ? 'text-red-700 dark:text-red-400' : 'text-gray-600 dark:text-gray-400')
