import { useId, useMemo, useRef, type KeyboardEvent, type MouseEvent } from 'react'
import type { TimelineEvent } from '@/timeline/schedule'
import { ChartAxis } from './chart-axis'
import { ChartContent } from './chart-content'
import { EventMarkers } from './event-markers'
import { AXIS_HEIGHT, GUTTER, layoutRows, type Row, type RowId } from './chart-rows'
import { snapToPixel, timeAt, windowAround, xOf } from './chart-scale'
import { formatOffset } from './format-time'
import type { ScheduleViews } from './schedule-views'
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
  /** Said (politely, aria-live) below the chart, e.g. why Enter opened nothing; null says nothing. */
  status: string | null
}

/**
 * The lanes over time, hand-drawn in SVG: the client's requests (bands of accepted calls, markers for
 * everything else), access and refresh token bars, the thief's row when there is one, and the "now"
 * cursor. Only what falls in the visible range is drawn. Keyboard: arrows step between events, Home and
 * End go to login and the horizon (as on the scrub bar), Enter opens the access token held at now, + and − zoom.
 */
export function TimelineChart(props: TimelineChartProps) {
  const { views, now, zoom, horizon, onMove, onOpenToken, onOpenEvent } = props
  const box = useRef<HTMLDivElement>(null)
  const width = useElementWidth(box)
  const plotWidth = Math.max(100, width - GUTTER - 8)
  const around = windowAround(now, zoom, horizon)
  const { from, to } = snapToPixel(around, plotWidth)
  // One object per pixel position, so the memoised drawing below is reused between frames.
  const range = useMemo(() => ({ from, to }), [from, to])
  const { rows, height } = useMemo(() => layoutRows(views.hasThief), [views.hasThief])
  const rowById = useMemo(() => new Map<RowId, Row>(rows.map((row) => [row.id, row])), [rows])
  const clipId = useId()
  const helpId = useId()
  const x = (t: number) => GUTTER + xOf(t, range, plotWidth)

  const moveTo = (event: MouseEvent<SVGRectElement>) => {
    const rect = event.currentTarget.getBoundingClientRect()
    onMove(Math.round(timeAt(event.clientX - rect.left, range, rect.width)))
  }
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const actions: Record<string, () => void> = {
      ArrowLeft: () => props.onStep(-1),
      ArrowRight: () => props.onStep(1),
      Home: () => onMove(0),
      End: () => onMove(horizon),
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
          <ChartAxis range={range} plotWidth={plotWidth} width={width} bottom={height} />
          <g clipPath={`url(#${clipId})`}>
            <rect x={GUTTER} y={0} width={plotWidth} height={height} className="cursor-crosshair fill-transparent" onClick={moveTo} />
            <ChartContent views={views} range={range} plotWidth={plotWidth} rows={rows} rowById={rowById} height={height} onOpenToken={onOpenToken} />
            {/* Above the bars but under the markers: a 401 or a replay at now stays visible. */}
            <g data-testid="timeline-now-cursor" className="pointer-events-none">
              <line x1={x(now)} x2={x(now)} y1={AXIS_HEIGHT - 6} y2={height} strokeWidth={2} className="stroke-rose-600 dark:stroke-rose-400" />
              <path d={`M${x(now) - 5},${AXIS_HEIGHT - 10}h10l-5,6z`} className="fill-rose-600 dark:fill-rose-400" />
            </g>
            <EventMarkers views={views} range={range} plotWidth={plotWidth} rows={rowById} onOpen={onOpenEvent} />
          </g>
        </svg>
      </div>
      <p id={helpId} className="text-xs text-gray-600 dark:text-gray-400">
        Click a bar or a marker to open that token in the decoder; click empty space to move “now” there. With the timeline focused: ← → jump
        between events, Home and End go to login and the horizon, Enter opens the access token held at now, + and − zoom.
      </p>
      {/* Always rendered: a live region announces changes only if it was already there. */}
      <p role="status" data-testid="timeline-chart-status" className="text-sm text-amber-900 dark:text-amber-200">
        {props.status}
      </p>
    </div>
  )
}
