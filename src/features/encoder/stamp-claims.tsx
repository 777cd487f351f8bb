import { useState, type Dispatch } from 'react'
import type { PlaygroundAction } from '@/app/playground-state'

const button =
  'rounded-md border border-gray-300 px-2 py-1 text-xs hover:bg-gray-100 focus-visible:outline-2 focus-visible:outline-sky-600 dark:border-gray-700 dark:hover:bg-gray-800'

interface StampClaimsProps {
  /** The payload editor holds typing the token does not have yet (it does not parse). */
  payloadDraftUnapplied: boolean
  dispatch: Dispatch<PlaygroundAction>
}

/**
 * Buttons that write iat = now and exp = now + N minutes into the payload (and so re-sign). While the payload
 * editor holds a draft that does not parse they refuse and say why, rather than stamp the token's older
 * payload and throw the typing away: the person finishes (or undoes) the edit, then stamps it.
 */
export function StampClaims({ payloadDraftUnapplied, dispatch }: StampClaimsProps) {
  const [minutes, setMinutes] = useState(15)
  const [refused, setRefused] = useState(false)
  // The refusal note goes once the draft is applied or undone; the next click decides again.
  if (refused && !payloadDraftUnapplied) setRefused(false)
  const nowSeconds = () => Math.floor(Date.now() / 1000)
  const stamp = (claims: Record<string, number>) => {
    if (payloadDraftUnapplied) setRefused(true)
    else dispatch({ type: 'claimsStamped', claims })
  }
  return (
    <div className="space-y-1">
      <div className="flex flex-wrap items-center gap-2">
        <button type="button" data-testid="set-iat-now" className={button} onClick={() => stamp({ iat: nowSeconds() })}>
          Set iat to now
        </button>
        <button type="button" data-testid="set-exp" className={button} onClick={() => stamp({ exp: nowSeconds() + minutes * 60 })}>
          Set exp to now +
        </button>
        <label className="flex items-center gap-1 text-xs">
          <input
            data-testid="exp-minutes"
            type="number"
            min={1}
            value={minutes}
            onChange={(event) => setMinutes(Math.max(1, Number(event.target.value) || 1))}
            className="w-16 rounded border border-gray-300 bg-white px-1 py-0.5 dark:border-gray-700 dark:bg-gray-900"
          />
          minutes
        </label>
      </div>
      {refused && (
        <p role="alert" data-testid="stamp-refused" className="max-w-prose text-xs text-amber-900 dark:text-amber-200">
          Not stamped: the payload editor has an edit that is not applied yet (see the note under it). Finish or undo
          it, then click again; stamping now would replace what you typed.
        </p>
      )}
    </div>
  )
}
