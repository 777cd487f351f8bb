import { memo } from 'react'
import type { TimelineEventKind } from '@/timeline/schedule'
import { EVENT_STYLES, glyphClass, glyphPath, isOutline, styleOf } from './event-style'

const KINDS: TimelineEventKind[] = ['login', 're-login', 'api-call', 'refresh', 'refresh-failed', 'rotation', 'blacklist', 'logout', 'session-ended', 'theft', 'clock-skew']

function Swatch({ className, dashed = false }: { className: string; dashed?: boolean }) {
  return (
    <svg width={22} height={12} aria-hidden="true" className="shrink-0">
      <rect x={1} y={2} width={20} height={8} rx={2} strokeDasharray={dashed ? '2 2' : undefined} className={className} />
    </svg>
  )
}

function Marker({ kind, status = 200 }: { kind: TimelineEventKind; status?: number }) {
  const style = styleOf({ kind, status })
  return (
    <svg width={14} height={14} aria-hidden="true" className="shrink-0">
      <path data-glyph={style.glyph} d={glyphPath(style.glyph, 7, 7, 5)} strokeWidth={isOutline(style.glyph) ? 2 : 1} className={glyphClass(style)} />
    </svg>
  )
}

/** What the bars, bands and marker shapes mean. */
export const ChartLegend = memo(function ChartLegend({ leeway }: { leeway: number }) {
  const item = 'flex items-center gap-1'
  return (
    <details className="rounded-md border border-gray-200 bg-white px-3 py-2 text-xs dark:border-gray-800 dark:bg-gray-950" open>
      <summary className="cursor-pointer text-sm font-semibold">Legend</summary>
      <ul className="mt-2 flex flex-wrap gap-x-4 gap-y-1">
        <li className={item}><Swatch className="fill-sky-600 dark:fill-sky-400" /> access token, held by the client</li>
        <li className={item}><Swatch className="fill-emerald-600 dark:fill-emerald-400" /> refresh token, held by the client</li>
        <li className={item}><Swatch className="fill-emerald-300 dark:fill-emerald-800" /> strip: dropped by the client, still accepted</li>
        <li className={item}><Swatch className="fill-orange-600 dark:fill-orange-400" /> the thief's token</li>
        <li className={item}><Swatch className="fill-red-600 dark:fill-red-400" /> strip: blacklisted before exp</li>
        {leeway > 0 && <li className={item}><Swatch dashed className="fill-none stroke-gray-600 dark:stroke-gray-300" /> LEEWAY after exp ({leeway} s)</li>}
        <li className={item}><Swatch className="fill-green-500/70" /> accepted GET /api/me/ calls</li>
        <li className={item}><Swatch className="fill-gray-400/30" /> idle</li>
        {KINDS.map((kind) => (
          <li key={kind} className={item}><Marker kind={kind} status={kind === 'api-call' ? 401 : 200} /> {EVENT_STYLES[kind].label}</li>
        ))}
        <li className={item}><Marker kind="replay" status={200} /> replay accepted</li>
        <li className={item}><Marker kind="replay" status={401} /> replay refused</li>
      </ul>
    </details>
  )
})
