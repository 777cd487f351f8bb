/**
 * The bars of the timeline: each token's life in seconds from login, and the stretch during which the
 * client actually held it. Reads a Schedule; does not sign, draw or decide acceptance.
 */
import type { Schedule, ScheduleToken } from '@/timeline/schedule'

export type TokenLane = 'access' | 'refresh' | 'thief'

export interface TokenSpan {
  readonly token: ScheduleToken
  readonly lane: TokenLane
  /** When the server minted it and when it expires (exp), in seconds from login. */
  readonly mintedAt: number
  readonly iat: number
  readonly exp: number
  /** exp + LEEWAY: PyJWT still accepts it until then. */
  readonly acceptedUntil: number
  /** When the client held it, or null when it never did (the thief's tokens). */
  readonly held: { readonly from: number; readonly to: number } | null
  /** When it went on the blacklist, or null. */
  readonly blacklistedAt: number | null
}

/** One span per token, in minting order; the thief's tokens go to the thief lane. */
export function tokenSpans(schedule: Schedule): TokenSpan[] {
  const { start, end, holdings } = schedule
  const held = new Map<string, { from: number; to: number }>()
  holdings.forEach((holding, i) => {
    const until = (holdings[i + 1]?.at ?? end) - start
    for (const jti of [holding.access, holding.refresh]) {
      if (jti === null) continue
      const known = held.get(jti)
      if (known) known.to = Math.max(known.to, until)
      else held.set(jti, { from: holding.at - start, to: until })
    }
  })
  return schedule.tokens.map((token) => ({
    token,
    lane: token.holder === 'thief' ? 'thief' : token.kind,
    mintedAt: token.mintedAt - start,
    iat: token.iat - start,
    exp: token.exp - start,
    acceptedUntil: token.exp + schedule.settings.LEEWAY - start,
    held: held.get(token.jti) ?? null,
    blacklistedAt: token.blacklistedAt === null ? null : token.blacklistedAt - start,
  }))
}

/** The spans that show in [from, to] (their life, LEEWAY included, overlaps it). */
export function spansInWindow(spans: readonly TokenSpan[], from: number, to: number): TokenSpan[] {
  return spans.filter((span) => span.mintedAt <= to && span.acceptedUntil >= from)
}

/** Tokens simplejwt would still accept at `t` (not expired past LEEWAY, refresh tokens not blacklisted), minted by then. */
export function liveSpansAt(spans: readonly TokenSpan[], t: number): TokenSpan[] {
  return spans.filter(
    (span) => span.mintedAt <= t && t < span.acceptedUntil && (span.blacklistedAt === null || span.blacklistedAt > t),
  )
}

/** Sorted, merged copies of the intervals (touching ones join); drops empty ones. */
export function mergeIntervals(intervals: readonly (readonly [number, number])[]): [number, number][] {
  const sorted = intervals.filter(([from, to]) => to > from).sort((a, b) => a[0] - b[0])
  const merged: [number, number][] = []
  for (const [from, to] of sorted) {
    const last = merged[merged.length - 1]
    if (last && from <= last[1]) last[1] = Math.max(last[1], to)
    else merged.push([from, to])
  }
  return merged
}

/** What a lane draws besides the held bars, as merged intervals (seconds from login). */
export interface LaneStrips {
  /** Tokens the server would still accept that the client no longer (or not yet) holds. */
  readonly unheld: [number, number][]
  /** Blacklisted tokens before their exp: refused, though not expired. */
  readonly blacklisted: [number, number][]
  /** exp to exp + LEEWAY: expired by the claim, still accepted by PyJWT. */
  readonly grace: [number, number][]
}

/**
 * The strips of one lane's spans. A thief's token counts as held by its holder, so it leaves no unheld
 * strip; a token still held at `end` (the schedule's end, seconds from login) is not known to be dropped.
 */
export function laneStrips(spans: readonly TokenSpan[], end: number): LaneStrips {
  const unheld: [number, number][] = []
  for (const span of spans) {
    const refused = Math.min(span.acceptedUntil, span.blacklistedAt ?? Infinity)
    const held = span.lane === 'thief' ? { from: span.mintedAt, to: Infinity } : span.held
    if (!held) unheld.push([span.mintedAt, refused])
    else {
      unheld.push([span.mintedAt, Math.min(held.from, refused)])
      if (held.to < end) unheld.push([Math.max(held.to, span.mintedAt), refused])
    }
  }
  return {
    unheld: mergeIntervals(unheld),
    blacklisted: mergeIntervals(spans.flatMap((s) => (s.blacklistedAt === null ? [] : [[s.blacklistedAt, s.exp] as const]))),
    grace: mergeIntervals(spans.map((s) => [s.exp, s.acceptedUntil])),
  }
}
