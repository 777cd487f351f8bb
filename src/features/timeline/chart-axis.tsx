import { tickLabel, ticks, xOf, type TimeWindow } from './chart-scale'
import { GUTTER } from './chart-rows'

/** Time ticks along the top (labels as offsets from login) with faint grid lines down to `bottom`. */
export function ChartAxis({ range, plotWidth, bottom }: { range: TimeWindow; plotWidth: number; bottom: number }) {
  return (
    <g aria-hidden="true">
      {ticks(range, plotWidth).map((t) => {
        const x = GUTTER + xOf(t, range, plotWidth)
        return (
          <g key={t}>
            <line x1={x} x2={x} y1={16} y2={bottom} className="stroke-gray-200 dark:stroke-gray-800" />
            <text x={x} y={12} textAnchor="middle" className="fill-gray-600 text-[10px] dark:fill-gray-400">
              {tickLabel(t)}
            </text>
          </g>
        )
      })}
    </g>
  )
}
