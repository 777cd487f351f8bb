/**
 * What each what-if led to in a schedule, as data the what-if cards phrase: when the stolen token was
 * replayed and what simplejwt answered, how long the access token kept working after logout, when a
 * skewed client first refreshed. Times are seconds from login. Reads only; explains nothing.
 */
import { callBands, keyEvents, stateAt } from '@/timeline/queries'
import type { Schedule, TimelineEvent } from '@/timeline/schedule'

export interface ReplayOutcome {
  readonly theftAt: number | null
  /** The thief's POST /api/token/refresh/ with the copied token, or null when it never came. */
  readonly replay: { readonly at: number; readonly status: number | null; readonly note: string } | null
}

const first = (events: readonly TimelineEvent[], kind: TimelineEvent['kind']) => events.find((event) => event.kind === kind)

export function replayOutcome(schedule: Schedule): ReplayOutcome {
  const events = keyEvents(schedule)
  const theft = first(events, 'theft')
  const replay = first(events, 'replay')
  return {
    theftAt: theft ? theft.at - schedule.start : null,
    replay: replay ? { at: replay.at - schedule.start, status: replay.status, note: replay.note } : null,
  }
}

export interface LogoutOutcome {
  readonly logoutAt: number
  /** exp of the access token the client held when it logged out. */
  readonly accessExp: number | null
  /** The last GET /api/me/ answered 200 after the logout, or null when none was. */
  readonly lastAccepted: number | null
  /** The first refused refresh after the logout (the blacklisted refresh token), or null. */
  readonly refusal: { readonly at: number; readonly note: string } | null
}

/** Null when the client never logged out within the horizon. */
export function logoutOutcome(schedule: Schedule): LogoutOutcome | null {
  const events = keyEvents(schedule)
  const logout = first(events, 'logout')
  if (!logout) return null
  const access = stateAt(schedule, logout.at - 1).access
  const after = callBands(schedule).filter((band) => band.actor === 'client' && band.from >= logout.at)
  const refusal = events.find((event) => event.kind === 'refresh-failed' && event.at >= logout.at)
  return {
    logoutAt: logout.at - schedule.start,
    accessExp: access ? access.exp - schedule.start : null,
    lastAccepted: after.length > 0 ? Math.max(...after.map((band) => band.last)) - schedule.start : null,
    refusal: refusal ? { at: refusal.at - schedule.start, note: refusal.note } : null,
  }
}

export interface SkewOutcome {
  /** The client's first refresh, or null. */
  readonly firstRefresh: number | null
  /** API calls refused with 401 over the whole horizon. */
  readonly refusedCalls: number
}

export function skewOutcome(schedule: Schedule): SkewOutcome {
  const events = keyEvents(schedule)
  const refresh = events.find((event) => event.kind === 'refresh' && event.actor === 'client')
  return {
    firstRefresh: refresh ? refresh.at - schedule.start : null,
    refusedCalls: events.filter((event) => event.kind === 'api-call' && event.status === 401).length,
  }
}
