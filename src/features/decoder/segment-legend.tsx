import type { SegmentIndex } from '@/jwt/decode'
import { cn } from '@/lib/cn'
import { SEGMENT_STYLE } from './segment-style'

interface SegmentLegendProps {
  parts: readonly string[]
  active: SegmentIndex | null
  onActiveChange: (segment: SegmentIndex | null) => void
}

const INDEXES = [0, 1, 2] as const

/** Names each coloured segment in words (colour is never the only signal) and highlights it on focus. */
export function SegmentLegend({ parts, active, onActiveChange }: SegmentLegendProps) {
  return (
    <ul aria-label="Token parts" className="flex flex-wrap gap-2 text-xs">
      {INDEXES.map((index) => {
        const style = SEGMENT_STYLE[index]
        const length = parts[index]?.length ?? 0
        return (
          <li key={index}>
            <button
              type="button"
              onMouseEnter={() => onActiveChange(index)}
              onMouseLeave={() => onActiveChange(null)}
              onFocus={() => onActiveChange(index)}
              onBlur={() => onActiveChange(null)}
              className={cn(
                'rounded-full border px-2.5 py-0.5 focus-visible:outline-2 focus-visible:outline-sky-600',
                style.border,
                style.text,
                active === index && style.tint,
              )}
            >
              <span className="font-semibold">{style.name}</span> · part {index + 1} · {length} chars
            </button>
          </li>
        )
      })}
    </ul>
  )
}
