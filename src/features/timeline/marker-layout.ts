/**
 * Which row of the timeline each event goes in, and how markers that would overlap at the current
 * zoom merge into one. Pure; it does not draw and does not decide colours (see event-style.ts).
 */
import type { TimelineEvent } from '@/timeline/schedule'

export type MarkerRow = 'client' | 'refresh' | 'thief'

/** Session and request events on the client row, rotation and blacklist on the refresh-token row, the thief's on its own. */
export function rowOf(event: Pick<TimelineEvent, 'kind' | 'actor'>): MarkerRow {
  if (event.actor === 'thief' || event.kind === 'theft' || event.kind === 'replay') return 'thief'
  if (event.kind === 'rotation' || event.kind === 'blacklist') return 'refresh'
  return 'client'
}

/** Markers of one kind and row that fall within a few pixels of each other. */
export interface MarkerGroup {
  readonly row: MarkerRow
  readonly x: number
  readonly events: readonly TimelineEvent[]
}

/**
 * Groups events (sorted by time) by row, kind and status, merging neighbours closer than `minGap`
 * pixels; `x` maps a server time to pixels. A 401 and the refresh it triggers stay separate.
 */
export function groupMarkers(events: readonly TimelineEvent[], x: (at: number) => number, minGap = 4): MarkerGroup[] {
  const groups: MarkerGroup[] = []
  const open = new Map<string, { row: MarkerRow; x: number; events: TimelineEvent[] }>()
  for (const event of events) {
    const px = x(event.at)
    const key = `${rowOf(event)}|${event.kind}|${event.status}`
    const last = open.get(key)
    if (last && px - last.x < minGap) {
      last.events.push(event)
      continue
    }
    const group = { row: rowOf(event), x: px, events: [event] }
    open.set(key, group)
    groups.push(group)
  }
  return groups
}
