import type { Dispatch } from 'react'
import type { PlaygroundAction } from '@/app/playground-state'
import { ALGORITHM_FAMILIES, SIGNING_ALGORITHMS } from '@/jwt/algorithms'

/** Sets the header's alg (and so re-signs). `none` is listed to show it, but it never signs. */
export function AlgSelect({ alg, dispatch }: { alg: string; dispatch: Dispatch<PlaygroundAction> }) {
  const known = alg === 'none' || SIGNING_ALGORITHMS.some((info) => info.alg === alg)
  return (
    // min-w-0 and max-w-full let the select shrink below its longest option's width on a phone.
    <label className="flex max-w-full min-w-0 items-center gap-2 text-sm">
      <span className="font-medium">Algorithm</span>
      <select
        data-testid="alg-select"
        value={alg}
        onChange={(event) => dispatch({ type: 'algChanged', alg: event.target.value })}
        className="min-w-0 rounded-md border border-gray-300 bg-white px-2 py-1 dark:border-gray-700 dark:bg-gray-900"
      >
        {!known && <option value={alg}>{alg || '(none set)'}</option>}
        {ALGORITHM_FAMILIES.map((family) => (
          <optgroup key={family} label={family}>
            {SIGNING_ALGORITHMS.filter((info) => info.family === family).map((info) => (
              <option key={info.alg} value={info.alg}>
                {info.alg}: {info.label}
              </option>
            ))}
          </optgroup>
        ))}
        <optgroup label="Unsecured">
          <option value="none">none: no signature</option>
        </optgroup>
      </select>
    </label>
  )
}
