import { useId, useState, type Dispatch } from 'react'
import type { PlaygroundAction } from '@/app/playground-state'

const button =
  'rounded-md border border-gray-300 px-2 py-1 text-xs hover:bg-gray-100 focus-visible:outline-2 focus-visible:outline-sky-600 dark:border-gray-700 dark:hover:bg-gray-800'

interface StampClaimsProps {
  /** The payload editor holds typing the token does not have yet (it does not parse). */
  payloadDraftUnapplied: boolean
  /** Why the payload can take no claim (it is not a JSON object, or it is unencoded), or null when it can. */
  payloadRefusal: string | null
  dispatch: Dispatch<PlaygroundAction>
}

/** A hundred years either way: more is a typo, and makes an exp that reads as milliseconds. */
const MAX_MINUTES = 100 * 365 * 24 * 60

/**
 * Buttons that write iat = now and exp = now + N minutes into the payload (and so re-sign). While the payload
 * editor holds a draft that does not parse they refuse and say why, rather than stamp the token's older
 * payload and throw the typing away: the person finishes (or undoes) the edit, then stamps it.
 */
export function StampClaims({ payloadDraftUnapplied, payloadRefusal, dispatch }: StampClaimsProps) {
  const hintId = useId()
  const [minutesText, setMinutesText] = useState('15')
  // Whole minutes, negative too: a token that expired a while ago is a common thing to test with.
  const whole = /^\s*-?\d+\s*$/.test(minutesText) ? Number(minutesText) : null
  const minutes = whole !== null && Math.abs(whole) <= MAX_MINUTES ? whole : null
  const [refused, setRefused] = useState<'draft' | 'payload' | null>(null)
  // The refusal note goes once its cause is gone; the next click decides again.
  if ((refused === 'draft' && !payloadDraftUnapplied) || (refused === 'payload' && payloadRefusal === null)) setRefused(null)
  const nowSeconds = () => Math.floor(Date.now() / 1000)
  const stamp = (claims: Record<string, number>) => {
    if (payloadDraftUnapplied) setRefused('draft')
    else if (payloadRefusal !== null) setRefused('payload')
    else dispatch({ type: 'claimsStamped', claims })
  }
  return (
    <div className="space-y-1">
      <div className="flex flex-wrap items-center gap-2">
        <button type="button" data-testid="set-iat-now" className={button} onClick={() => stamp({ iat: nowSeconds() })}>
          Set iat to now
        </button>
        <button type="button" data-testid="set-exp" disabled={minutes === null} className={`${button} disabled:opacity-50`} onClick={() => minutes !== null && stamp({ exp: nowSeconds() + minutes * 60 })}>
          Set exp to now +
        </button>
        <label className="flex items-center gap-1 text-xs">
          <input
            data-testid="exp-minutes"
            type="number"
            step={1}
            value={minutesText}
            aria-invalid={minutes === null}
            aria-describedby={hintId}
            onChange={(event) => setMinutesText(event.target.value)}
            className="w-16 rounded border border-gray-300 bg-white px-1 py-0.5 aria-invalid:border-red-600 dark:border-gray-700 dark:bg-gray-900 dark:aria-invalid:border-red-400"
          />
          minutes
        </label>
        <span id={hintId} className="text-xs text-gray-600 dark:text-gray-400">
          {whole === null
            ? 'A whole number of minutes.'
            : minutes === null
              ? `At most ${MAX_MINUTES.toLocaleString('en')} minutes (a hundred years) either way.`
              : minutes <= 0
                ? 'At or before now: an expired token.'
                : ''}
        </span>
      </div>
      {refused && (
        <p role="alert" data-testid="stamp-refused" className="max-w-prose text-xs text-amber-900 dark:text-amber-200">
          {refused === 'draft'
            ? 'Not stamped: the payload editor has an edit that is not applied yet (see the note under it). Finish or undo it, then click again; stamping now would replace what you typed.'
            : `Not stamped: ${payloadRefusal ?? ''}.`}
        </p>
      )}
    </div>
  )
}
