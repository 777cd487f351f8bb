import { useId, useState } from 'react'
import { LIFETIME_UNITS, isValidValue, type LifetimeThreshold, type LifetimeUnit } from './lifetime-threshold'

interface Props {
  threshold: LifetimeThreshold
  onChange: (threshold: LifetimeThreshold) => void
}

/** "Flag lifetimes (exp − iat) longer than [n] [unit]". A value that is not a positive number is not applied. */
export function LifetimeThresholdInput({ threshold, onChange }: Props) {
  const id = useId()
  const [draft, setDraft] = useState(String(threshold.value))
  const invalid = !isValidValue(Number(draft)) || draft.trim() === ''
  return (
    <div className="flex flex-wrap items-center gap-2 text-xs text-gray-700 dark:text-gray-300">
      <label htmlFor={`${id}-value`}>Flag lifetimes (exp − iat) longer than</label>
      <input
        id={`${id}-value`}
        data-testid="lifetime-threshold"
        type="number"
        min="0"
        step="any"
        inputMode="decimal"
        value={draft}
        aria-invalid={invalid}
        aria-describedby={invalid ? `${id}-error` : undefined}
        onChange={(event) => {
          setDraft(event.target.value)
          const value = Number(event.target.value)
          if (event.target.value.trim() !== '' && isValidValue(value)) onChange({ ...threshold, value })
        }}
        className="w-20 rounded border border-gray-300 bg-white px-1.5 py-0.5 text-gray-900 aria-invalid:border-red-600 dark:border-gray-700 dark:bg-gray-900 dark:text-gray-100"
      />
      <select
        data-testid="lifetime-threshold-unit"
        aria-label="Unit"
        value={threshold.unit}
        onChange={(event) => onChange({ ...threshold, unit: event.target.value as LifetimeUnit })}
        className="rounded border border-gray-300 bg-white px-1 py-0.5 text-gray-900 dark:border-gray-700 dark:bg-gray-900 dark:text-gray-100"
      >
        {LIFETIME_UNITS.map((unit) => (
          <option key={unit} value={unit}>
            {unit}
          </option>
        ))}
      </select>
      {invalid && (
        <span id={`${id}-error`} className="text-red-700 dark:text-red-400">
          Enter a number above 0.
        </span>
      )}
    </div>
  )
}
