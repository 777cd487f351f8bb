/**
 * Read a Schedule for display: logs up to a time (made row by row on demand), the markers worth
 * drawing, the bands of repeated calls, and what the client holds at a moment. Never changes the
 * schedule and never materialises the whole log.
 */
import { countUntil, logView, type Expand, type LogView } from './run-log'
import type { Holding, Schedule, ScheduleToken, TimelineEvent } from './schedule'
import { isAcceptedAt } from './token-checks'
import type { Actor, HttpExchange } from './wire'

/** Entry i of an exchange run: same request and response, i steps later. */
export const expandExchange: Expand<HttpExchange> = (run, i) =>
  i === 0 ? run.first : { ...run.first, index: run.first.index + i, at: run.first.at + i * run.step }

/** Entry i of an event run; its exchange index moves along with it. */
export const expandEvent: Expand<TimelineEvent> = (run, i) =>
  i === 0
    ? run.first
    : {
        ...run.first,
        index: run.first.index + i,
        at: run.first.at + i * run.step,
        exchange: run.first.exchange === null ? null : run.first.exchange + i,
      }

/** Every exchange at or before server time `t` (pass Infinity for all), as a lazy view. */
export function exchangesUntil(schedule: Schedule, t: number): LogView<HttpExchange> {
  return logView(schedule.exchanges, countUntil(schedule.exchanges, t), expandExchange)
}

/** Every event at or before server time `t` (pass Infinity for all), as a lazy view. */
export function eventsUntil(schedule: Schedule, t: number): LogView<TimelineEvent> {
  return logView(schedule.events, countUntil(schedule.events, t), expandEvent)
}

/** Events other than accepted API calls: the markers a timeline draws (logins, 401s, refreshes, ...). */
export function keyEvents(schedule: Schedule): TimelineEvent[] {
  return schedule.events.runs
    .map((run) => run.first)
    .filter((event) => !(event.kind === 'api-call' && event.status === 200))
}

/** A stretch of accepted GET /api/me/ calls with one access token. */
export interface CallBand {
  /** Server time of the first and of the last call. */
  readonly from: number
  readonly last: number
  readonly count: number
  readonly step: number
  readonly access: string
  readonly actor: Actor
  /** Index of the first call in the exchange log. */
  readonly firstExchange: number
}

/** The runs of accepted API calls, in time order; does not list refused calls (see keyEvents). */
export function callBands(schedule: Schedule): CallBand[] {
  const bands: CallBand[] = []
  for (const run of schedule.events.runs) {
    const first = run.first
    if (first.kind !== 'api-call' || first.status !== 200) continue
    bands.push({
      from: first.at,
      last: first.at + (run.count - 1) * run.step,
      count: run.count,
      step: run.step,
      access: first.tokens[0] ?? '',
      actor: first.actor,
      firstExchange: first.exchange ?? -1,
    })
  }
  return bands
}

/** The client's side at one moment. */
export interface ClientState {
  /** Server time asked about, and what the client's (possibly skewed) clock reads then. */
  readonly at: number
  readonly clientNow: number
  /** not-started before the first login. */
  readonly session: Holding['session'] | 'not-started'
  readonly access: ScheduleToken | null
  readonly refresh: ScheduleToken | null
  /** Whether simplejwt would accept them at `at`: exp + LEEWAY, and the blacklist for the refresh token. */
  readonly accessAccepted: boolean
  readonly refreshAccepted: boolean
}

/** What the client holds after everything at or before `t` has happened; before start, nothing. */
export function stateAt(schedule: Schedule, t: number): ClientState {
  let lo = 0
  let hi = schedule.holdings.length - 1
  let found: Holding | undefined
  while (lo <= hi) {
    const mid = (lo + hi) >> 1
    const holding = schedule.holdings[mid] as Holding
    if (holding.at <= t) {
      found = holding
      lo = mid + 1
    } else hi = mid - 1
  }
  const token = (jti: string | null | undefined) => (jti ? (schedule.tokensByJti.get(jti) ?? null) : null)
  const access = token(found?.access)
  const refresh = token(found?.refresh)
  return {
    at: t,
    clientNow: t + schedule.whatIfs.clientClockSkew,
    session: found?.session ?? 'not-started',
    access,
    refresh,
    accessAccepted: access !== null && isAcceptedAt(access, t, schedule.settings),
    refreshAccepted:
      refresh !== null &&
      isAcceptedAt(refresh, t, schedule.settings) &&
      (refresh.blacklistedAt === null || refresh.blacklistedAt > t),
  }
}
