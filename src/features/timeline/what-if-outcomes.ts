/**
 * What each what-if led to in a schedule: first as data (when the stolen token was replayed, what simplejwt
 * answered and why, how long the access token kept working after logout, when a skewed client first
 * refreshed and which refusals were the clock's), then as the sentence its card shows. Times are seconds
 * from login. Causes come from the schedule's tokens and events, never from the words of their notes.
 */
import type { SimpleJwtSettings } from '@/timeline/policy'
import { callBands, keyEvents, stateAt } from '@/timeline/queries'
import type { Schedule, TimelineEvent } from '@/timeline/schedule'
import { formatOffset } from './format-time'
import type { Tone } from './what-if-card'

/** What a card shows while its what-if is on. */
export interface CardOutcome {
  readonly tone: Tone
  readonly text: string
}

/** Why simplejwt refused the replay: who put the stolen token on the blacklist (and when), or its exp. */
export type ReplayRefusal =
  | { readonly cause: 'logout'; readonly at: number }
  | { readonly cause: 'rotation'; readonly at: number }
  | { readonly cause: 'expired'; readonly at: number }

export interface ReplayOutcome {
  readonly theftAt: number | null
  /** The thief's POST /api/token/refresh/ with the copied token, or null when it never came. */
  readonly replay: { readonly at: number; readonly status: number | null; readonly note: string } | null
  /** Why a refused replay was refused; null when it was accepted, never came, or the cause is not one of these. */
  readonly refusal: ReplayRefusal | null
  /** Whether a refresh of the client's had rotated the stolen token away before the replay. */
  readonly replacedBeforeReplay: boolean
}

const first = (events: readonly TimelineEvent[], kind: TimelineEvent['kind']) => events.find((event) => event.kind === kind)

export function replayOutcome(schedule: Schedule): ReplayOutcome {
  const events = keyEvents(schedule)
  const theft = first(events, 'theft')
  const replay = first(events, 'replay')
  const stolen = theft?.tokens[0]
  const replaced = replay !== undefined && events.some((event) => event.kind === 'rotation' && event.tokens[0] === stolen && event.at <= replay.at)
  return {
    theftAt: theft ? theft.at - schedule.start : null,
    replay: replay ? { at: replay.at - schedule.start, status: replay.status, note: replay.note } : null,
    refusal: replay && replay.status !== 200 && stolen ? refusalOf(schedule, events, stolen, replay.at) : null,
    replacedBeforeReplay: replaced,
  }
}

function refusalOf(schedule: Schedule, events: readonly TimelineEvent[], jti: string, at: number): ReplayRefusal | null {
  const token = schedule.tokensByJti.get(jti)
  if (!token) return null
  if (token.blacklistedAt !== null && token.blacklistedAt <= at) {
    // The blacklist event shares its exchange with the request that caused it: a logout, or a refresh that rotated.
    const listed = events.find((event) => event.kind === 'blacklist' && event.tokens[0] === jti)
    const byLogout = listed !== undefined && events.some((event) => event.kind === 'logout' && event.exchange === listed.exchange)
    return { cause: byLogout ? 'logout' : 'rotation', at: token.blacklistedAt - schedule.start }
  }
  if (token.exp + schedule.settings.LEEWAY <= at) return { cause: 'expired', at: token.exp - schedule.start }
  return null
}

export interface LogoutOutcome {
  readonly logoutAt: number
  /** exp of the access token the client held when it logged out. */
  readonly accessExp: number | null
  /** The last GET /api/me/ answered 200 after the logout, or null when none was. */
  readonly lastAccepted: number | null
  /** The first refused refresh after the logout (the blacklisted refresh token), or null. */
  readonly refusal: { readonly at: number; readonly note: string } | null
}

/** Null when the client never logged out within the horizon. */
export function logoutOutcome(schedule: Schedule): LogoutOutcome | null {
  const events = keyEvents(schedule)
  const logout = first(events, 'logout')
  if (!logout) return null
  const access = stateAt(schedule, logout.at - 1).access
  const after = callBands(schedule).filter((band) => band.actor === 'client' && band.from >= logout.at)
  const refusal = events.find((event) => event.kind === 'refresh-failed' && event.at >= logout.at)
  return {
    logoutAt: logout.at - schedule.start,
    accessExp: access ? access.exp - schedule.start : null,
    lastAccepted: after.length > 0 ? Math.max(...after.map((band) => band.last)) - schedule.start : null,
    refusal: refusal ? { at: refusal.at - schedule.start, note: refusal.note } : null,
  }
}

export interface SkewOutcome {
  /** Whether the client reads its clock at all (proactive refresh); one that waits for a 401 never does. */
  readonly readsClock: boolean
  /** The client's first refresh, or null. */
  readonly firstRefresh: number | null
  /** API calls refused with 401 while the session was active (before any logout). */
  readonly refusedCalls: number
  /** The client's logout, or null: from then on it no longer refreshes by its clock. */
  readonly logoutAt: number | null
  /** API calls refused with 401 after the logout: the logout's doing, not the clock's. */
  readonly refusedAfterLogout: number
}

export function skewOutcome(schedule: Schedule): SkewOutcome {
  const events = keyEvents(schedule)
  const refresh = events.find((event) => event.kind === 'refresh' && event.actor === 'client')
  const logout = first(events, 'logout')
  // The simulation handles a logout before a call at the same second, so a call at the logout's second comes after it.
  const refused = events.filter((event) => event.kind === 'api-call' && event.actor === 'client' && event.status === 401)
  const afterLogout = logout ? refused.filter((event) => event.at >= logout.at).length : 0
  return {
    readsClock: schedule.policy.refresh.kind === 'proactive',
    firstRefresh: refresh ? refresh.at - schedule.start : null,
    refusedCalls: refused.length - afterLogout,
    logoutAt: logout ? logout.at - schedule.start : null,
    refusedAfterLogout: afterLogout,
  }
}

const REFUSED_BECAUSE: Record<ReplayRefusal['cause'], (at: string) => string> = {
  logout: (at) => ` It was refused because the client's logout at ${at} (POST /api/token/blacklist/) blacklisted that token; rotation played no part.`,
  rotation: (at) => ` It was refused because BLACKLIST_AFTER_ROTATION blacklisted that token when the client's refresh at ${at} replaced it.`,
  expired: (at) => ` It was refused because the stolen token expired at ${at} (REFRESH_TOKEN_LIFETIME).`,
}

/** The steal card: when, what simplejwt answered, and the real reason (the logout, rotation, exp or nothing). */
export function stealCardOutcome(outcome: ReplayOutcome, settings: Pick<SimpleJwtSettings, 'ROTATE_REFRESH_TOKENS'>): CardOutcome {
  const { theftAt, replay, refusal } = outcome
  if (theftAt === null || !replay) return { tone: 'neutral', text: 'No replay within the horizon: the client never refreshed after the theft.' }
  const base = `Stolen at ${formatOffset(theftAt)}, replayed at ${formatOffset(replay.at)}: ${replay.status} — ${replay.note}.`
  if (replay.status !== 200) return { tone: 'safe', text: base + (refusal ? REFUSED_BECAUSE[refusal.cause](formatOffset(refusal.at)) : '') }
  const why = outcome.replacedBeforeReplay
    ? ' Rotation alone does not revoke the old token; turn on BLACKLIST_AFTER_ROTATION.'
    : !settings.ROTATE_REFRESH_TOKENS
      ? ' Rotation is off, so the client still uses that same token: nothing was replaced.'
      : ''
  return { tone: 'unsafe', text: base + why }
}

/** The logout card: how long the access token outlived the logout, and when the refresh token was refused. */
export function logoutCardOutcome(outcome: LogoutOutcome | null): CardOutcome {
  if (!outcome) return { tone: 'neutral', text: 'The client does not log out within the horizon.' }
  const exp = outcome.accessExp === null ? '' : ` (exp ${formatOffset(outcome.accessExp)})`
  const accepted = outcome.lastAccepted === null ? 'no call was accepted after it' : `its access token still got 200 until ${formatOffset(outcome.lastAccepted)}${exp}`
  const refused = outcome.refusal ? `; then the refresh was refused at ${formatOffset(outcome.refusal.at)} (${outcome.refusal.note}).` : '.'
  return { tone: outcome.lastAccepted === null ? 'safe' : 'unsafe', text: `Logged out at ${formatOffset(outcome.logoutAt)}; ${accepted}${refused}` }
}

/** The clock card: the first refresh, the 401s the clock caused (a logout's are named as the logout's), and whether LEEWAY would help. */
export function clockCardOutcome(outcome: SkewOutcome, skew: number, leeway: number): CardOutcome {
  const { firstRefresh, refusedCalls, logoutAt, refusedAfterLogout: afterLogout, readsClock } = outcome
  const logout = logoutAt === null ? null : formatOffset(logoutAt)
  const first =
    firstRefresh !== null ? `first refresh at ${formatOffset(firstRefresh)} server time` : logout ? `no refresh before the logout at ${logout}` : 'no refresh within the horizon'
  const refused = `${refusedCalls} call${refusedCalls === 1 ? '' : 's'} refused with 401 ${logout ? 'before the logout' : 'over the horizon'}`
  const unread = readsClock ? '' : ' The client refreshes after a 401 and never reads its clock, so the skew changes nothing.'
  const logoutsOwn =
    afterLogout === 0
      ? ''
      : ` ${afterLogout === 1 ? 'The call' : `The ${afterLogout} calls`} refused after the logout ${afterLogout === 1 ? 'was' : 'were'} the logout's doing, not the clock's: the client kept calling with an access token it could no longer refresh, and LEEWAY would not change that.`
  const hint = readsClock && skew < 0 && refusedCalls > 0 && leeway < -skew ? ` Set LEEWAY to ${-skew} to absorb the slow clock.` : ''
  const tone = !readsClock ? 'neutral' : refusedCalls > 0 ? 'unsafe' : 'safe'
  return { tone, text: `Clock ${skew > 0 ? 'fast' : 'slow'} by ${Math.abs(skew)} s: ${first}; ${refused}.${unread}${logoutsOwn}${hint}` }
}
