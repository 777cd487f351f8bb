import { useId, useState, type ReactNode } from 'react'
import { cn } from '@/lib/cn'

interface NumberFieldProps {
  label: ReactNode
  value: number
  min: number
  max?: number
  testId: string
  /** Called with each whole number in range the user types; other text stays in the field, marked invalid. */
  onCommit: (value: number) => void
  /** Shown under the field, e.g. "= 5 min". */
  hint?: ReactNode
  disabled?: boolean
}

const isWhole = (text: string, min: number, max: number) => /^\s*-?\d+\s*$/.test(text) && Number(text) >= min && Number(text) <= max

/** A whole-number input (seconds) that keeps half-typed text locally and passes on only valid numbers. */
export function NumberField({ label, value, min, max = 10 ** 9, testId, onCommit, hint, disabled }: NumberFieldProps) {
  const id = useId()
  const [draft, setDraft] = useState({ text: String(value), basis: value })
  // A change from outside (defaults restored, a what-if) replaces whatever was being typed.
  const text = draft.basis === value ? draft.text : String(value)
  const invalid = !isWhole(text, min, max)
  return (
    <div className="space-y-0.5">
      <label htmlFor={id} className="block text-xs font-medium text-gray-800 dark:text-gray-200">
        {label}
      </label>
      <input
        id={id}
        type="number"
        inputMode="numeric"
        data-testid={testId}
        min={min}
        max={max}
        step={1}
        value={text}
        disabled={disabled}
        aria-invalid={invalid}
        aria-describedby={`${id}-hint`}
        onChange={(e) => {
          const next = e.target.value
          const valid = isWhole(next, min, max)
          setDraft({ text: next, basis: valid ? Number(next) : value })
          if (valid && Number(next) !== value) onCommit(Number(next))
        }}
        className={cn(
          'w-full rounded-md border bg-white px-2 py-1 font-mono text-sm disabled:opacity-50 dark:bg-gray-900',
          invalid ? 'border-red-600 dark:border-red-400' : 'border-gray-300 dark:border-gray-700',
        )}
      />
      <p id={`${id}-hint`} className={cn('text-xs', invalid ? 'text-red-700 dark:text-red-400' : 'text-gray-600 dark:text-gray-400')}>
        {invalid ? `A whole number, at least ${min}${max < 10 ** 9 ? ` and at most ${max}` : ''}.` : hint}
      </p>
    </div>
  )
}
