import { memo } from 'react'
import { windowAround, xOf } from './chart-scale'
import { glyphClass, glyphPath, styleOf } from './event-style'
import type { ScheduleViews } from './schedule-views'

/** The rare events worth seeing on the whole horizon at once. */
const LANDMARKS = new Set(['re-login', 'refresh-failed', 'logout', 'session-ended', 'theft', 'replay'])
/** The range input's thumb keeps this far from its ends; the strip leaves the same margin so the two line up. */
export const THUMB_INSET = 8

interface OverviewStripProps {
  views: ScheduleViews
  now: number
  zoom: number | null
  horizon: number
  width: number
}

/**
 * The whole horizon in one thin strip above the scrub bar: refresh tokens held, idle periods, landmark
 * events, the visible window and now. Decoration for sighted users; the scrub bar is the control.
 */
export function OverviewStrip({ views, now, zoom, horizon, width }: OverviewStripProps) {
  const inner = Math.max(1, width - 2 * THUMB_INSET)
  const x = (t: number) => THUMB_INSET + xOf(Math.min(Math.max(t, 0), horizon), { from: 0, to: horizon }, inner)
  const shown = windowAround(now, zoom, horizon)
  return (
    <svg width={width} height={26} aria-hidden="true" className="block">
      <OverviewMarks views={views} horizon={horizon} width={width} />
      {zoom !== null && zoom < horizon && (
        <rect x={x(shown.from)} y={2} width={Math.max(2, x(shown.to) - x(shown.from))} height={22} rx={2} strokeWidth={1.5} className="fill-sky-500/10 stroke-sky-600 dark:stroke-sky-400" />
      )}
      <line x1={x(now)} x2={x(now)} y1={0} y2={26} strokeWidth={2} className="stroke-rose-600 dark:stroke-rose-400" />
    </svg>
  )
}

/** The strip's unmoving part, drawn once per schedule and width. */
const OverviewMarks = memo(function OverviewMarks({ views, horizon, width }: Pick<OverviewStripProps, 'views' | 'horizon' | 'width'>) {
  const inner = Math.max(1, width - 2 * THUMB_INSET)
  const x = (t: number) => THUMB_INSET + xOf(Math.min(Math.max(t, 0), horizon), { from: 0, to: horizon }, inner)
  const start = views.schedule.start
  return (
    <g>
      <rect x={THUMB_INSET} y={4} width={inner} height={18} rx={3} className="fill-gray-100 dark:fill-gray-900" />
      {views.idle.map((span) => (
        <rect key={span.from} x={x(span.from)} y={4} width={Math.max(1, x(span.to) - x(span.from))} height={18} className="fill-gray-300 dark:fill-gray-700" />
      ))}
      {views.spans
        .filter((span) => span.lane === 'refresh' && span.held)
        .map((span, i) => (
          <rect key={span.token.jti} x={x(span.held?.from ?? 0)} y={15} width={Math.max(1, x(span.held?.to ?? 0) - x(span.held?.from ?? 0))} height={5} className={i % 2 ? 'fill-emerald-500' : 'fill-emerald-700 dark:fill-emerald-400'} />
        ))}
      {views.events
        .filter((event) => LANDMARKS.has(event.kind))
        .map((event) => {
          const style = styleOf(event)
          return <path key={event.index} d={glyphPath(style.glyph, x(event.at - start), 10, 4)} strokeWidth={1.5} className={glyphClass(style)} />
        })}
    </g>
  )
})
