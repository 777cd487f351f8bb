import { useId, useMemo, useRef, type KeyboardEvent, type MouseEvent } from 'react'
import type { TimelineEvent } from '@/timeline/schedule'
import { ChartAxis } from './chart-axis'
import { AXIS_HEIGHT, GUTTER, layoutRows, type Row, type RowId } from './chart-rows'
import { timeAt, windowAround, xOf } from './chart-scale'
import { EventMarkers } from './event-markers'
import { formatOffset } from './format-time'
import { groupMarkers } from './marker-layout'
import type { ScheduleViews } from './schedule-views'
import { spansInWindow } from './token-spans'
import { TokenBars } from './token-bars'
import { useElementWidth } from './use-element-width'

interface TimelineChartProps {
  views: ScheduleViews
  /** Seconds from login. */
  now: number
  zoom: number | null
  horizon: number
  onMove: (seconds: number) => void
  onStep: (direction: -1 | 1) => void
  onZoom: (direction: -1 | 1) => void
  onOpenToken: (jti: string) => void
  onOpenEvent: (event: TimelineEvent) => void
  onOpenNow: () => void
}

/**
 * The lanes over time, hand-drawn in SVG: the client's requests (bands of accepted calls, markers for
 * everything else), access and refresh token bars, the thief's row when there is one, and the "now"
 * cursor. Only what falls in the visible range is drawn. Keyboard: arrows step between events,
 * Enter opens the access token held at now, + and − zoom.
 */
export function TimelineChart(props: TimelineChartProps) {
  const { views, now, zoom, horizon, onMove, onOpenToken, onOpenEvent } = props
  const box = useRef<HTMLDivElement>(null)
  const width = useElementWidth(box)
  const plotWidth = Math.max(100, width - GUTTER - 8)
  const range = windowAround(now, zoom, horizon)
  const { rows, height } = useMemo(() => layoutRows(views.hasThief), [views.hasThief])
  const rowById = useMemo(() => new Map<RowId, Row>(rows.map((row) => [row.id, row])), [rows])
  const clipId = useId()
  const helpId = useId()
  const start = views.schedule.start
  const x = (t: number) => GUTTER + xOf(t, range, plotWidth)

  const visible = spansInWindow(views.spans, range.from, range.to)
  const inWindow = views.events.filter((event) => event.at - start >= range.from - 60 && event.at - start <= range.to + 60)
  const groups = groupMarkers(inWindow, (at) => x(at - start))
  const bands = views.bands.filter((band) => band.last - start >= range.from && band.from - start <= range.to)
  const client = rowById.get('client') as Row

  const moveTo = (event: MouseEvent<SVGRectElement>) => {
    const rect = event.currentTarget.getBoundingClientRect()
    onMove(Math.round(timeAt(event.clientX - rect.left, range, rect.width)))
  }
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const actions: Record<string, () => void> = {
      ArrowLeft: () => props.onStep(-1),
      ArrowRight: () => props.onStep(1),
      Enter: props.onOpenNow,
      '+': () => props.onZoom(1),
      '=': () => props.onZoom(1),
      '-': () => props.onZoom(-1),
    }
    const action = actions[event.key]
    if (!action) return
    event.preventDefault()
    action()
  }

  return (
    <div className="space-y-1">
      <div
        ref={box}
        tabIndex={0}
        role="group"
        aria-roledescription="timeline"
        aria-label={`Token timeline from ${formatOffset(range.from)} to ${formatOffset(range.to)}, now ${formatOffset(now)}`}
        aria-describedby={helpId}
        onKeyDown={onKeyDown}
        data-testid="timeline-chart"
        className="rounded-md border border-gray-200 bg-white focus-visible:outline-2 focus-visible:outline-sky-600 dark:border-gray-800 dark:bg-gray-950"
      >
        <svg width={width} height={height} className="block select-none" role="presentation">
          <defs>
            <clipPath id={clipId}>
              <rect x={GUTTER} y={0} width={plotWidth} height={height} />
            </clipPath>
          </defs>
          {rows.map((row, i) => (
            <g key={row.id}>
              <rect x={0} y={row.top} width={width} height={row.height} className={i % 2 ? 'fill-gray-50 dark:fill-gray-900' : 'fill-transparent'} />
              <text x={8} y={row.mid - 2} className="fill-gray-900 text-xs font-semibold dark:fill-gray-100">
                {row.label}
              </text>
              <text x={8} y={row.mid + 11} className="fill-gray-600 text-[10px] dark:fill-gray-400">
                {row.hint}
              </text>
            </g>
          ))}
          <ChartAxis range={range} plotWidth={plotWidth} bottom={height} />
          <g clipPath={`url(#${clipId})`}>
            <rect x={GUTTER} y={0} width={plotWidth} height={height} className="cursor-crosshair fill-transparent" onClick={moveTo} />
            {views.idle.map((span) => (
              <rect key={span.from} x={x(span.from)} width={Math.max(1, x(span.to) - x(span.from))} y={AXIS_HEIGHT} height={height - AXIS_HEIGHT} className="pointer-events-none fill-gray-400/20 dark:fill-gray-500/20">
                <title>Idle: no API calls</title>
              </rect>
            ))}
            {bands.map((band) => (
              <rect key={band.firstExchange} x={x(band.from - start)} width={Math.max(1, x(band.last - start + 1) - x(band.from - start))} y={client.mid - 3} height={6} className="fill-green-500/70 dark:fill-green-400/60">
                <title>{`${band.count} × GET /api/me/ 200, every ${band.step} s, ${formatOffset(band.from - start)} to ${formatOffset(band.last - start)}`}</title>
              </rect>
            ))}
            {rows
              .filter((row) => row.id !== 'client')
              .map((row) => (
                <TokenBars key={row.id} row={row} spans={visible.filter((span) => span.lane === row.id)} range={range} plotWidth={plotWidth} end={views.schedule.end - start} onOpen={onOpenToken} />
              ))}
            <EventMarkers groups={groups} rows={rowById} start={start} onOpen={onOpenEvent} />
            <line x1={x(now)} x2={x(now)} y1={AXIS_HEIGHT - 6} y2={height} strokeWidth={2} className="pointer-events-none stroke-rose-600 dark:stroke-rose-400" />
            <path d={`M${x(now) - 5},${AXIS_HEIGHT - 10}h10l-5,6z`} className="pointer-events-none fill-rose-600 dark:fill-rose-400" />
          </g>
        </svg>
      </div>
      <p id={helpId} className="text-xs text-gray-600 dark:text-gray-400">
        Click a bar or a marker to open that token in the decoder; click empty space to move “now” there. With the timeline focused: ← → jump
        between events, Enter opens the access token held at now, + and − zoom.
      </p>
    </div>
  )
}
