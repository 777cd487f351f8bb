import { memo } from 'react'
import { cn } from '@/lib/cn'
import type { TimelineEvent } from '@/timeline/schedule'
import type { RowId, Row } from './chart-rows'
import { glyphPath, isOutline, styleOf } from './event-style'
import { formatOffset } from './format-time'
import type { MarkerGroup } from './marker-layout'

interface EventMarkersProps {
  groups: readonly MarkerGroup[]
  rows: ReadonlyMap<RowId, Row>
  /** Epoch seconds of login, to write times as offsets. */
  start: number
  onOpen: (event: TimelineEvent) => void
}

/** The event markers, one shape per group of nearby same-kind events; a click opens the first event's token. */
export const EventMarkers = memo(function EventMarkers({ groups, rows, start, onOpen }: EventMarkersProps) {
  return (
    <g>
      {groups.map((group) => {
        const row = rows.get(group.row)
        const first = group.events[0]
        if (!row || !first) return null
        const style = styleOf(first)
        const outline = isOutline(style.glyph)
        const y = markerY(first, row)
        return (
          <path
            key={`${first.kind}-${first.index}`}
            data-testid="timeline-marker"
            data-kind={first.kind}
            data-status={first.status ?? undefined}
            d={glyphPath(style.glyph, group.x, y, 5)}
            strokeWidth={outline ? 2 : 1}
            onClick={() => onOpen(first)}
            className={cn('cursor-pointer hover:opacity-70', style.colour, outline && 'fill-none', !outline && 'stroke-white dark:stroke-gray-950')}
          >
            <title>{describe(group.events, start)}</title>
          </path>
        )
      })}
    </g>
  )
})

/**
 * On the client row a refused call cuts across the call band, refreshes sit below it and session events
 * above, so a 401, its refresh and a re-login at the same second stay apart. On the thief's row the theft
 * and replay sit on the access-token half, the rotation the replay caused on the refresh-token half.
 */
function markerY(event: TimelineEvent, row: Row): number {
  if (row.id === 'thief') return event.kind === 'rotation' || event.kind === 'blacklist' ? row.mid + 6 : row.mid - 6
  if (row.id !== 'client' || event.kind === 'api-call') return row.mid
  return event.kind === 'refresh' || event.kind === 'refresh-failed' ? row.mid + 12 : row.mid - 12
}

function describe(events: readonly TimelineEvent[], start: number): string {
  const first = events[0] as TimelineEvent
  const last = events[events.length - 1] as TimelineEvent
  const label = styleOf(first).label
  const when = events.length === 1 ? `at ${formatOffset(first.at - start)}` : `× ${events.length}, ${formatOffset(first.at - start)} to ${formatOffset(last.at - start)}`
  return `${label} ${when}\n${first.note}\nClick to open its token in the decoder`
}
