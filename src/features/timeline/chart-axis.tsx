import { labelWidth, tickAnchor, tickLabel, ticks, xOf, type TimeWindow } from './chart-scale'
import { GUTTER } from './chart-rows'

interface ChartAxisProps {
  range: TimeWindow
  plotWidth: number
  /** The SVG's width: labels end left of it. */
  width: number
  bottom: number
}

/** Time ticks along the top (labels as offsets from login) with faint grid lines down to `bottom`. */
export function ChartAxis({ range, plotWidth, width, bottom }: ChartAxisProps) {
  return (
    <g aria-hidden="true" data-testid="timeline-axis">
      {ticks(range, plotWidth).map((t) => {
        const x = GUTTER + xOf(t, range, plotWidth)
        const label = tickLabel(t)
        return (
          <g key={t}>
            <line x1={x} x2={x} y1={16} y2={bottom} className="stroke-gray-200 dark:stroke-gray-800" />
            <text x={x} y={12} textAnchor={tickAnchor(x, labelWidth(label), width)} className="fill-gray-600 text-[10px] dark:fill-gray-400">
              {label}
            </text>
          </g>
        )
      })}
    </g>
  )
}
