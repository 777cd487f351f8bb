import { useState, type Dispatch } from 'react'
import type { PlaygroundAction } from '@/app/playground-state'

const button =
  'rounded-md border border-gray-300 px-2 py-1 text-xs hover:bg-gray-100 focus-visible:outline-2 focus-visible:outline-sky-600 dark:border-gray-700 dark:hover:bg-gray-800'

/** Buttons that write iat = now and exp = now + N minutes into the payload (and so re-sign). */
export function StampClaims({ dispatch }: { dispatch: Dispatch<PlaygroundAction> }) {
  const [minutes, setMinutes] = useState(15)
  const nowSeconds = () => Math.floor(Date.now() / 1000)
  return (
    <div className="flex flex-wrap items-center gap-2">
      <button type="button" data-testid="set-iat-now" className={button} onClick={() => dispatch({ type: 'claimsStamped', claims: { iat: nowSeconds() } })}>
        Set iat to now
      </button>
      <button
        type="button"
        data-testid="set-exp"
        className={button}
        onClick={() => dispatch({ type: 'claimsStamped', claims: { exp: nowSeconds() + minutes * 60 } })}
      >
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
  )
}
