import type { Dispatch } from 'react'
import type { PlaygroundAction } from '@/app/playground-state'
import { numericDateNote, timeVerdict, validityClaims, type TimeClaim } from '@/jwt/claims'
import { formatRelative } from '@/jwt/time-format'
import { cn } from '@/lib/cn'
import { useNow } from '@/lib/use-now'

interface ClaimsStatusProps {
  payload: Record<string, unknown> | null
  leeway: number
  dispatch: Dispatch<PlaygroundAction>
}

/** The time verdict, judged apart from the signature: a token can be well signed and expired. */
// Its own clock, like the claims table: the countdown ticks without re-rendering the whole panel.
export function ClaimsStatus({ payload, leeway, dispatch }: ClaimsStatusProps) {
  const now = useNow()
  const { exp, nbf } = payload ? validityClaims(payload, { now, leeway }) : {}
  const verdict = payload ? timeVerdict({ exp, nbf }) : null
  const text = (() => {
    switch (verdict) {
      case null:
        return 'Claims: the payload cannot be read.'
      case 'expired':
        return `Expired ${formatRelative(exp?.fromNow ?? 0)} (exp, RFC 7519 §4.1.4).`
      case 'never-valid':
        return `Never valid: nbf (usable ${formatRelative(nbf?.fromNow ?? 0)}) is not before exp (${exp && exp.fromNow <= 0 ? 'expired' : 'expires'} ${formatRelative(exp?.fromNow ?? 0)}), so no moment satisfies both (RFC 7519 §4.1.4, §4.1.5).`
      case 'not-yet-valid':
        return `Not valid yet: usable ${formatRelative(nbf?.fromNow ?? 0)} (nbf, RFC 7519 §4.1.5).`
      case 'not-a-number':
        return 'exp or nbf is not a number of seconds (RFC 7519 §2 NumericDate).'
      case 'no-exp':
        return 'No exp: this token never expires.'
      case 'valid': {
        // Accepted only because of the leeway: say so, rather than "expires 2 minutes ago".
        const grace = [
          exp && exp.fromNow <= 0 ? `expired ${formatRelative(exp.fromNow)} (exp)` : null,
          nbf && nbf.fromNow > 0 ? `usable ${formatRelative(nbf.fromNow)} (nbf)` : null,
        ].filter((part) => part !== null)
        if (grace.length > 0) return `Claims valid only within the ${leeway} s leeway: ${grace.join(', ')}.`
        return `Claims valid now: expires ${formatRelative(exp?.fromNow ?? 0)}.`
      }
    }
  })()
  const notes = [note('exp', exp), note('nbf', nbf)].filter((part) => part !== null)
  const bad = verdict === 'expired' || verdict === 'not-yet-valid' || verdict === 'not-a-number' || verdict === 'never-valid'
  return (
    <div className="flex flex-wrap items-center justify-between gap-2 text-sm">
      <p data-testid="claims-status" className={cn(bad ? 'text-red-800 dark:text-red-300' : 'text-gray-800 dark:text-gray-200')}>
        {text}
        {notes.map((line) => (
          <span key={line} className="block text-xs">
            {line}
          </span>
        ))}
      </p>
      <label className="flex items-center gap-1 text-xs text-gray-700 dark:text-gray-300">
        Leeway
        <input
          data-testid="leeway-input"
          type="number"
          min={0}
          step={1}
          value={leeway}
          onChange={(event) => dispatch({ type: 'leewayChanged', seconds: Math.max(0, Number(event.target.value) || 0) })}
          className="w-16 rounded border border-gray-300 bg-white px-1 py-0.5 dark:border-gray-700 dark:bg-gray-900"
        />
        s
      </label>
    </div>
  )
}

/** "exp: looks like milliseconds; …" for a value the verdict alone would misrepresent. */
function note(name: string, time: TimeClaim | undefined): string | null {
  const text = time ? numericDateNote(time) : null
  return text === null ? null : `${name}: ${text}.`
}
