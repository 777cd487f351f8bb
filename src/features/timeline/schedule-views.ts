/**
 * The read-only pieces of a schedule the view draws from, computed once per schedule: token spans, the
 * key events (markers), the bands of accepted calls and the idle spans. Pure; nothing here moves with the clock.
 */
import { idleSpans, type Span } from '@/timeline/idle'
import { callBands, keyEvents, type CallBand } from '@/timeline/queries'
import type { Schedule, TimelineEvent } from '@/timeline/schedule'
import { tokenSpans, type TokenSpan } from './token-spans'

export interface ScheduleViews {
  readonly schedule: Schedule
  readonly spans: readonly TokenSpan[]
  /** Every event but accepted API calls, in time order. */
  readonly events: readonly TimelineEvent[]
  readonly bands: readonly CallBand[]
  /** Idle periods in seconds from login. */
  readonly idle: readonly Span[]
  /** Whether a thief did anything (the thief's row shows only then). */
  readonly hasThief: boolean
}

export function scheduleViews(schedule: Schedule): ScheduleViews {
  const events = keyEvents(schedule)
  return {
    schedule,
    spans: tokenSpans(schedule),
    events,
    bands: callBands(schedule),
    idle: idleSpans(schedule.policy.idle, 0),
    hasThief: events.some((event) => event.actor === 'thief'),
  }
}

/** The first event strictly after `now` (seconds from login), or null. */
export function nextEvent(views: ScheduleViews, now: number): TimelineEvent | null {
  const t = views.schedule.start + now
  return views.events.find((event) => event.at > t) ?? null
}

/** The last event strictly before `now`, or null. */
export function previousEvent(views: ScheduleViews, now: number): TimelineEvent | null {
  const t = views.schedule.start + now
  return views.events.findLast((event) => event.at < t) ?? null
}
