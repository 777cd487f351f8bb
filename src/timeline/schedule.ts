/**
 * The data a simulation produces. Plain, serialisable values (a Map for jti lookup); the query
 * functions live in queries.ts. Nothing here is signed: see tokens.ts.
 */
import type { RunLog } from './run-log'
import type { ClientPolicy, SimpleJwtSettings } from './policy'
import type { Actor, HttpExchange } from './wire'

/** A token payload in simplejwt's key order: token_type, exp, iat, jti, then USER_ID_CLAIM. */
export type SimpleJwtPayload = Readonly<Record<string, string | number>>

/** One token the server minted. Does not hold the signed text (tokens.ts signs it). */
export interface ScheduleToken {
  readonly kind: 'access' | 'refresh'
  readonly jti: string
  readonly iat: number
  readonly exp: number
  readonly payload: SimpleJwtPayload
  /**
   * Server time it was minted. Differs from `iat` for access tokens made by a refresh: simplejwt
   * 5.2 copies the refresh token's iat into them.
   */
  readonly mintedAt: number
  /** Index of the exchange whose response carried it. */
  readonly mintedBy: number
  readonly holder: Actor
  /** login: POST /api/token/; refresh: access made by a refresh; rotation: refresh made by a refresh. */
  readonly origin: 'login' | 'refresh' | 'rotation'
  /** jti of the refresh token it was made from, null for login tokens. */
  readonly parentJti: string | null
  /** Server time it entered the blacklist, null if never (access tokens never do). */
  readonly blacklistedAt: number | null
}

export const TIMELINE_EVENT_KINDS = [
  'login',
  're-login',
  'api-call',
  'refresh',
  'rotation',
  'blacklist',
  'refresh-failed',
  'logout',
  'session-ended',
  'theft',
  'replay',
  'clock-skew',
] as const
export type TimelineEventKind = (typeof TIMELINE_EVENT_KINDS)[number]

/** Something that happened, for the timeline's markers and log. Does not repeat the HTTP bodies. */
export interface TimelineEvent {
  readonly index: number
  /** Server time, epoch seconds. */
  readonly at: number
  readonly kind: TimelineEventKind
  readonly actor: Actor
  /** Index of the exchange behind it, null for events with no request (theft, clock-skew, session-ended). */
  readonly exchange: number | null
  readonly status: number | null
  /** jtis involved: what was sent first, then what came back. */
  readonly tokens: readonly string[]
  /** One plain-English line. */
  readonly note: string
}

/** What the client holds from `at` on, until the next Holding. */
export interface Holding {
  readonly at: number
  readonly access: string | null
  readonly refresh: string | null
  /** active; logged-out (after the logout time); ended (refresh refused, no re-login). */
  readonly session: 'active' | 'logged-out' | 'ended'
}

/** Attacks and faults to play out on top of the policy. All optional; none by default. */
export interface WhatIfs {
  /**
   * Someone copies the client's refresh token at `stealAt` (seconds from start) and calls
   * /api/token/refresh/ with it at `replayAt`, or 1 s after the client's next refresh with it.
   */
  readonly stealRefresh: { readonly stealAt: number; readonly replayAt: number | 'after-next-refresh' } | null
  /** After logging out the client keeps calling with its access token (and then tries its refresh token). */
  readonly keepUsingAccessAfterLogout: boolean
  /** Seconds the client's clock is ahead of the server's (negative: behind). Only proactive refresh reads it. */
  readonly clientClockSkew: number
}

/** The result of simulate(): every token, exchange and event from start to end. */
export interface Schedule {
  readonly settings: SimpleJwtSettings
  readonly policy: ClientPolicy
  readonly whatIfs: WhatIfs
  readonly seed: number
  /** Epoch seconds of the first login. */
  readonly start: number
  /** Epoch seconds; nothing happens at or after it. */
  readonly end: number
  /** True when the simulation stopped early (more than MAX_LOG_RUNS log entries); `end` is then earlier. */
  readonly truncated: boolean
  readonly tokens: readonly ScheduleToken[]
  readonly tokensByJti: ReadonlyMap<string, ScheduleToken>
  readonly exchanges: RunLog<HttpExchange>
  readonly events: RunLog<TimelineEvent>
  readonly holdings: readonly Holding[]
}
