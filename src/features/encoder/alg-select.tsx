import { useState, type Dispatch } from 'react'
import type { PlaygroundAction } from '@/app/playground-state'
import { ALGORITHM_FAMILIES, SIGNING_ALGORITHMS } from '@/jwt/algorithms'

interface AlgSelectProps {
  alg: string
  /** The header editor holds typing the token does not have yet: changing the alg would replace it. */
  headerDraftUnapplied: boolean
  dispatch: Dispatch<PlaygroundAction>
}

/**
 * Sets the header's alg (and so re-signs). `none` is listed to show it, but it never signs: the token becomes
 * header.payload. with an empty signature (RFC 7518 §3.6). Waits, and says so, while the header has a draft.
 */
export function AlgSelect({ alg, headerDraftUnapplied, dispatch }: AlgSelectProps) {
  const [refused, setRefused] = useState(false)
  if (refused && !headerDraftUnapplied) setRefused(false)
  const known = alg === 'none' || SIGNING_ALGORITHMS.some((info) => info.alg === alg)
  return (
    <div className="max-w-full min-w-0 space-y-1">
      {/* min-w-0 and max-w-full let the select shrink below its longest option's width on a phone. */}
      <label className="flex max-w-full min-w-0 items-center gap-2 text-sm">
        <span className="font-medium">Algorithm</span>
        <select
          data-testid="alg-select"
          value={alg}
          onChange={(event) => {
            // A controlled select not given a new value snaps back to the token's alg.
            if (headerDraftUnapplied) setRefused(true)
            else dispatch({ type: 'algChanged', alg: event.target.value })
          }}
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
      {refused && (
        <p role="alert" data-testid="alg-refused" className="max-w-prose text-xs text-amber-900 dark:text-amber-200">
          Not changed: the header editor has an edit that is not applied yet. Finish or undo it first.
        </p>
      )}
      {alg === 'none' && (
        <p data-testid="alg-none-note" className="max-w-prose text-xs text-gray-700 dark:text-gray-300">
          alg "none" means no signature: choosing it makes the token header.payload. with nothing after the last dot
          (RFC 7518 §3.6), and anyone can change such a token.
        </p>
      )}
    </div>
  )
}
