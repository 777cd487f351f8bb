import { memo, useMemo } from 'react'
import { cn } from '@/lib/cn'
import type { TimelineEvent } from '@/timeline/schedule'
import { GUTTER, type RowId, type Row } from './chart-rows'
import { xOf, type TimeWindow } from './chart-scale'
import { glyphClass, glyphPath, isOutline, styleOf } from './event-style'
import { formatOffset } from './format-time'
import { groupMarkers } from './marker-layout'
import type { ScheduleViews } from './schedule-views'

/** WCAG 2.5.8's minimum target, in CSS pixels: a finger gets this much around each marker. */
const TOUCH_TARGET = 24

interface EventMarkersProps {
  views: ScheduleViews
  range: TimeWindow
  plotWidth: number
  rows: ReadonlyMap<RowId, Row>
  onOpen: (event: TimelineEvent) => void
}

/**
 * The event markers in the visible range, one shape per group of nearby same-kind events; a click opens the
 * first event's token. Drawn above the "now" cursor so a marker at now stays visible.
 */
export const EventMarkers = memo(function EventMarkers({ views, range, plotWidth, rows, onOpen }: EventMarkersProps) {
  const start = views.schedule.start
  const groups = useMemo(() => {
    const inRange = views.events.filter((event) => event.at - start >= range.from - 60 && event.at - start <= range.to + 60)
    return groupMarkers(inRange, (at) => GUTTER + xOf(at - start, range, plotWidth))
  }, [views, range, plotWidth, start])
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
          <g key={`${first.kind}-${first.index}`} onClick={() => onOpen(first)} className="cursor-pointer">
            {/* A 401 is a 2 px line: too thin for a finger. Only coarse pointers get the larger invisible target,
                so a mouse can still click the empty space or the bar beside a marker. */}
            <rect
              x={group.x - TOUCH_TARGET / 2}
              y={y - TOUCH_TARGET / 2}
              width={TOUCH_TARGET}
              height={TOUCH_TARGET}
              data-testid="timeline-marker-target"
              className="pointer-events-none fill-transparent pointer-coarse:pointer-events-auto"
            />
            <path
              data-testid="timeline-marker"
              data-kind={first.kind}
              data-status={first.status ?? undefined}
              d={glyphPath(style.glyph, group.x, y, 5)}
              strokeWidth={outline ? 2 : 1}
              className={cn('hover:opacity-70', glyphClass(style), !outline && 'stroke-white dark:stroke-gray-950')}
            >
              <title>{describe(group.events, start)}</title>
            </path>
          </g>
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
