import { stateAt } from '@/timeline/queries'
import type { ScheduleToken } from '@/timeline/schedule'
import { cn } from '@/lib/cn'
import { formatDuration, formatOffset } from './format-time'
import type { ScheduleViews } from './schedule-views'
import { liveSpansAt } from './token-spans'

const SESSION: Record<string, string> = {
  'not-started': 'not started',
  active: 'active',
  'logged-out': 'logged out',
  ended: 'ended: refresh refused, no re-login',
}

interface LiveTokensProps {
  views: ScheduleViews
  now: number
  onOpen: (jti: string) => void
}

/** At "now": the tokens the client holds with their remaining life counting down, and every other token the server would still accept. */
export function LiveTokens({ views, now, onOpen }: LiveTokensProps) {
  const { schedule } = views
  const held = stateAt(schedule, schedule.start + now)
  const heldJtis = new Set([held.access?.jti, held.refresh?.jti])
  const others = liveSpansAt(views.spans, now).filter((span) => !heldJtis.has(span.token.jti))
  const thief = others.filter((span) => span.token.holder === 'thief')
  const dropped = others.filter((span) => span.token.holder !== 'thief')
  const count = (kind: 'access' | 'refresh') => dropped.filter((span) => span.token.kind === kind).length
  return (
    <section data-testid="timeline-live" aria-labelledby="timeline-live-title" className="space-y-3 rounded-md border border-gray-200 bg-white p-3 dark:border-gray-800 dark:bg-gray-950">
      <h3 id="timeline-live-title" className="font-semibold">
        At now <span className="font-mono font-normal">{formatOffset(now)}</span>
      </h3>
      <p className="text-sm">
        Session: <span data-testid="timeline-session">{SESSION[held.session]}</span>
      </p>
      <HeldToken kind="access" token={held.access} now={now} start={schedule.start} leeway={schedule.settings.LEEWAY} onOpen={onOpen} />
      <HeldToken kind="refresh" token={held.refresh} now={now} start={schedule.start} leeway={schedule.settings.LEEWAY} onOpen={onOpen} />
      {thief.map((span) => (
        <HeldToken key={span.token.jti} kind={span.token.kind} thief token={span.token} now={now} start={schedule.start} leeway={schedule.settings.LEEWAY} onOpen={onOpen} />
      ))}
      {dropped.length > 0 && (
        <p data-testid="timeline-still-valid" className="text-xs text-gray-700 dark:text-gray-300">
          Still accepted by the server although the client has moved on: {count('access')} access and {count('refresh')} refresh token
          {count('refresh') === 1 ? '' : 's'}. A replaced token stays valid until its exp unless it is on the blacklist.
        </p>
      )}
    </section>
  )
}

interface HeldTokenProps {
  kind: 'access' | 'refresh'
  token: ScheduleToken | null
  now: number
  start: number
  leeway: number
  thief?: boolean
  onOpen: (jti: string) => void
}

function HeldToken({ kind, token, now, start, leeway, thief = false, onOpen }: HeldTokenProps) {
  const title = thief ? `Thief's ${kind} token` : `${kind === 'access' ? 'Access' : 'Refresh'} token`
  const testId = thief ? `timeline-live-thief-${kind}` : `timeline-live-${kind}`
  if (!token) {
    return (
      <div data-testid={testId} className="text-sm text-gray-600 dark:text-gray-400">
        {title}: none held
      </div>
    )
  }
  const exp = token.exp - start
  const lifetime = token.exp - token.mintedAt
  const left = exp - now
  const blacklisted = token.blacklistedAt !== null && token.blacklistedAt - start <= now
  const status = blacklisted
    ? `blacklisted at ${formatOffset((token.blacklistedAt ?? 0) - start)}: refused`
    : left > 0
      ? `expires in ${formatDuration(Math.ceil(left))}`
      : left + leeway > 0
        ? `expired ${formatDuration(-left)} ago, accepted for ${formatDuration(Math.ceil(left + leeway))} more (LEEWAY)`
        : `expired ${formatDuration(-left)} ago: refused`
  const ok = !blacklisted && left + leeway > 0
  return (
    <div data-testid={testId} className="space-y-1">
      <div className="flex flex-wrap items-baseline justify-between gap-2 text-sm">
        <span>
          <span className="font-medium">{title}</span> <code className="text-xs">{token.jti.slice(0, 8)}…</code>
        </span>
        <span data-testid={`${testId}-remaining`} className={cn('font-mono text-xs tabular-nums', ok ? 'text-gray-900 dark:text-gray-100' : 'text-red-700 dark:text-red-400')}>
          {status}
        </span>
      </div>
      <div className="h-2 overflow-hidden rounded bg-gray-200 dark:bg-gray-800" role="presentation">
        <div
          data-testid={`${testId}-bar`}
          className={cn('h-full', barColour(kind, thief, ok))}
          style={{ width: `${Math.max(0, Math.min(1, left / lifetime)) * 100}%` }}
        />
      </div>
      <div className="flex flex-wrap items-center justify-between gap-2 text-xs text-gray-600 dark:text-gray-400">
        <span>
          minted {formatOffset(token.mintedAt - start)}, exp {formatOffset(exp)}
          {token.iat !== token.mintedAt && ` · iat ${formatOffset(token.iat - start)} (copied from the refresh token, simplejwt 5.2)`}
        </span>
        <button
          type="button"
          data-testid={`${testId}-open`}
          onClick={() => onOpen(token.jti)}
          className="min-h-6 rounded px-2 py-0.5 text-sky-700 underline hover:bg-gray-100 focus-visible:outline-2 focus-visible:outline-sky-600 dark:text-sky-300 dark:hover:bg-gray-800"
        >
          Open in the decoder
        </button>
      </div>
    </div>
  )
}

/**
 * One colour class, chosen here: given several, Tailwind's stylesheet order (by name) decided, and a thief's
 * access token was drawn sky blue like the client's.
 */
function barColour(kind: 'access' | 'refresh', thief: boolean, ok: boolean): string {
  if (!ok) return 'bg-red-500'
  if (thief) return 'bg-orange-500'
  return kind === 'access' ? 'bg-sky-500' : 'bg-emerald-500'
}
