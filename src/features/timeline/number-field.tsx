import { useEffect, useId, useRef, useState, type ReactNode } from 'react'
import { fieldClass, fieldHintClass } from './field-style'

interface NumberFieldProps {
  label: ReactNode
  value: number
  min: number
  max?: number
  testId: string
  /** Called with the whole number in range the user settled on; other text stays in the field, marked invalid. */
  onCommit: (value: number) => void
  /** Shown under the field, e.g. "= 5 min". */
  hint?: ReactNode
  disabled?: boolean
}

/**
 * How long typing must pause before the number counts. Each number re-runs the simulation: typing "120"
 * digit by digit ran it for 1 s and 12 s lifetimes first (0.8 s and 0.4 s on 7 days with rotation).
 */
export const SETTLE_MS = 400

const isWhole = (text: string, min: number, max: number) => /^\s*-?\d+\s*$/.test(text) && Number(text) >= min && Number(text) <= max

/**
 * A whole-number input (seconds) that keeps half-typed text locally and passes on only valid numbers,
 * once typing pauses, or at once on Enter or on leaving the field.
 */
export function NumberField({ label, value, min, max = 10 ** 9, testId, onCommit, hint, disabled }: NumberFieldProps) {
  const id = useId()
  const [draft, setDraft] = useState({ text: String(value), basis: value })
  const pending = useRef<{ timer: number; value: number } | null>(null)
  // A change from outside (defaults restored, a what-if) replaces whatever was being typed.
  const text = draft.basis === value || pending.current ? draft.text : String(value)
  const invalid = !isWhole(text, min, max)
  const latestCommit = useRef(onCommit)
  latestCommit.current = onCommit
  const settle = () => {
    const waiting = pending.current
    if (!waiting) return
    window.clearTimeout(waiting.timer)
    pending.current = null
    latestCommit.current(waiting.value)
  }
  useEffect(() => () => settle(), [])
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
          if (pending.current) window.clearTimeout(pending.current.timer)
          pending.current = valid && Number(next) !== value ? { timer: window.setTimeout(settle, SETTLE_MS), value: Number(next) } : null
          setDraft({ text: next, basis: valid ? Number(next) : value })
        }}
        onBlur={settle}
        onKeyDown={(e) => {
          if (e.key === 'Enter') settle()
        }}
        className={fieldClass(invalid)}
      />
      <p id={`${id}-hint`} className={fieldHintClass(invalid)}>
        {invalid ? `A whole number, at least ${min}${max < 10 ** 9 ? ` and at most ${max}` : ''}.` : hint}
      </p>
    </div>
  )
}
