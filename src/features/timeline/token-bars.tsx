import { memo } from 'react'
import { cn } from '@/lib/cn'
import { xOf, type TimeWindow } from './chart-scale'
import { GUTTER, type Row } from './chart-rows'
import { formatOffset } from './format-time'
import { laneStrips, type TokenSpan } from './token-spans'

const COLOURS = {
  access: { held: ['fill-sky-600 dark:fill-sky-400', 'fill-sky-500 dark:fill-sky-300'], unheld: 'fill-sky-300 dark:fill-sky-800' },
  refresh: { held: ['fill-emerald-600 dark:fill-emerald-400', 'fill-emerald-500 dark:fill-emerald-300'], unheld: 'fill-emerald-300 dark:fill-emerald-800' },
  thief: { held: ['fill-orange-600 dark:fill-orange-400', 'fill-orange-500 dark:fill-orange-300'], unheld: 'fill-orange-300 dark:fill-orange-800' },
} as const

interface TokenBarsProps {
  row: Row
  /** Spans of this row's lane that show in the range. */
  spans: readonly TokenSpan[]
  range: TimeWindow
  plotWidth: number
  /** The schedule's end, seconds from login. */
  end: number
  onOpen: (jti: string) => void
}

/**
 * One lane of token bars. A solid bar while the client holds a token (the thief's tokens: their whole
 * life), cut at exp + LEEWAY; a dashed box over the LEEWAY grace after exp. Underneath, a strip: pale
 * where tokens the client has dropped are still accepted, red where blacklisted tokens have not expired
 * yet. Solid bars open the token in the decoder.
 */
export const TokenBars = memo(function TokenBars({ row, spans, range, plotWidth, end, onOpen }: TokenBarsProps) {
  const lane = row.id === 'client' ? 'access' : row.id
  const colour = COLOURS[lane]
  const x = (t: number) => GUTTER + xOf(t, range, plotWidth)
  const box = (from: number, to: number, y: number, height: number) => ({ x: x(from), width: Math.max(1, x(to) - x(from)), y, height })
  const barY = row.mid - 12
  const stripY = row.mid + 9
  const strips = laneStrips(spans, end)
  return (
    <g>
      {strips.unheld.map(([from, to]) => (
        <rect key={`u-${from}`} {...box(from, to, stripY, 5)} className={colour.unheld}>
          <title>{`Dropped by the client but still accepted, ${formatOffset(from)} to ${formatOffset(to)}`}</title>
        </rect>
      ))}
      {strips.blacklisted.map(([from, to]) => (
        <rect key={`b-${from}`} {...box(from, to, stripY, 5)} className="fill-red-600 dark:fill-red-400">
          <title>{`Blacklisted before its exp: refused, ${formatOffset(from)} to ${formatOffset(to)}`}</title>
        </rect>
      ))}
      {spans.map((span, i) => {
        const held = lane === 'thief' ? { from: span.mintedAt, to: span.acceptedUntil } : span.held
        if (!held) return null
        // The thief's row holds both kinds: access tokens on top, the (long) refresh tokens below them.
        const [y, height] = lane !== 'thief' ? [barY, 18] : span.token.kind === 'access' ? [barY, 11] : [barY + 13, 9]
        const geometry = box(held.from, Math.min(held.to, span.acceptedUntil), y, height)
        // A one-pixel gap between neighbours shows where one token hands over to the next.
        const width = geometry.width > 3 ? geometry.width - 1 : geometry.width
        return (
          <rect
            key={span.token.jti}
            data-testid="timeline-bar"
            data-kind={span.token.kind}
            data-holder={span.token.holder}
            data-jti={span.token.jti}
            {...geometry}
            width={width}
            rx={2}
            onClick={() => onOpen(span.token.jti)}
            className={cn('cursor-pointer hover:opacity-80', colour.held[i % 2])}
          >
            <title>{describe(span)}</title>
          </rect>
        )
      })}
      {strips.grace.map(([from, to]) => (
        <rect key={`g-${from}`} {...box(from, to, barY - 1, 20)} strokeDasharray="3 2" className="pointer-events-none fill-white/40 stroke-gray-700 dark:fill-gray-950/40 dark:stroke-gray-300" />
      ))}
    </g>
  )
})

function describe(span: TokenSpan): string {
  const { token } = span
  const lines = [
    `${token.holder === 'thief' ? "Thief's " : ''}${token.kind} token ${token.jti.slice(0, 8)}…`,
    `minted ${formatOffset(span.mintedAt)}, exp ${formatOffset(span.exp)}`,
  ]
  if (span.iat !== span.mintedAt) lines.push(`iat ${formatOffset(span.iat)}: simplejwt 5.2 copies the refresh token's iat`)
  if (span.acceptedUntil > span.exp) lines.push(`accepted until ${formatOffset(span.acceptedUntil)} (LEEWAY)`)
  if (span.held) lines.push(`held by the client ${formatOffset(span.held.from)} to ${formatOffset(span.held.to)}`)
  if (span.blacklistedAt !== null) lines.push(`blacklisted at ${formatOffset(span.blacklistedAt)}`)
  lines.push('Click to open it in the decoder')
  return lines.join('\n')
}
