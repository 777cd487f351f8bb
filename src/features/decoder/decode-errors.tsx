import type { DecodeError } from '@/jwt/decode'
import { cn } from '@/lib/cn'
import { SEGMENT_STYLE } from './segment-style'

/** The list of what is wrong, each item tagged with the segment at fault. Rendered only when non-empty. */
export function DecodeErrors({ errors }: { errors: readonly DecodeError[] }) {
  if (errors.length === 0) return null
  return (
    <div data-testid="decode-error" role="alert" className="rounded-md border border-red-300 bg-red-50 p-3 text-sm text-red-900 dark:border-red-800 dark:bg-red-950 dark:text-red-200">
      <ul className="space-y-1">
        {errors.map((error, index) => (
          <li key={index}>
            <span className={cn('mr-2 font-semibold', error.segment !== null && SEGMENT_STYLE[error.segment].text)}>
              {error.segment === null ? 'Token' : `${SEGMENT_STYLE[error.segment].name} (part ${error.segment + 1} of 3)`}:
            </span>
            {error.message}
          </li>
        ))}
      </ul>
    </div>
  )
}

