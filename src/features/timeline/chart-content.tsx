import { memo, useMemo } from 'react'
import { AXIS_HEIGHT, GUTTER, type Row, type RowId } from './chart-rows'
import { xOf, type TimeWindow } from './chart-scale'
import { formatOffset } from './format-time'
import type { ScheduleViews } from './schedule-views'
import { spansInWindow } from './token-spans'
import { TokenBars } from './token-bars'

interface ChartContentProps {
  views: ScheduleViews
  range: TimeWindow
  plotWidth: number
  rows: readonly Row[]
  rowById: ReadonlyMap<RowId, Row>
  height: number
  onOpenToken: (jti: string) => void
}

/**
 * The layers under the "now" cursor that do not move with it: idle periods, call bands and token bars in
 * the visible range (the markers go above the cursor, in event-markers.tsx). Memoised, so while the clock
 * plays it is redrawn only when the range moves by a pixel or the schedule changes.
 */
export const ChartContent = memo(function ChartContent({ views, range, plotWidth, rows, rowById, height, onOpenToken }: ChartContentProps) {
  const start = views.schedule.start
  const x = (t: number) => GUTTER + xOf(t, range, plotWidth)
  const { visible, bands } = useMemo(
    () => ({
      visible: spansInWindow(views.spans, range.from, range.to),
      bands: views.bands.filter((band) => band.last - start >= range.from && band.from - start <= range.to),
    }),
    [views, range, start],
  )
  const client = rowById.get('client') as Row
  return (
    <>
      {views.idle.map((span) => (
        <rect key={span.from} x={x(span.from)} width={Math.max(1, x(span.to) - x(span.from))} y={AXIS_HEIGHT} height={height - AXIS_HEIGHT} className="pointer-events-none fill-gray-400/20 dark:fill-gray-500/20" />
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
    </>
  )
})
