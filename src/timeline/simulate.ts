/**
 * Plays a client policy against the simplejwt server model and returns the whole schedule.
 * Event-driven: it jumps from one change to the next (expiry, refresh, idle, logout, theft) and
 * stores each stretch of identical 200 calls as one run, so cost grows with the number of
 * refreshes, not with the number of calls. Never reads a clock; `start` is the only "now".
 */
import { idleSpans, nextIdleStart, skipIdle } from './idle'
import type { ClientPolicy, SimpleJwtSettings } from './policy'
import { problemOf } from './responses'
import { RunLogBuilder } from './run-log'
import type { Holding, Schedule, ScheduleToken, TimelineEvent, TimelineEventKind, WhatIfs } from './schedule'
import { DEFAULT_USER, createSimpleJwtServer, type ServerReply, type ServerRequest, type SimUser } from './server'
import { refusedFrom } from './token-checks'
import { checkOptions, checkPolicy, checkSettings, type SimulateErrorCode } from './validate'
import type { Actor, HttpExchange } from './wire'

/** No attack, no logout misuse, client clock in sync. */
export const NO_WHAT_IFS: WhatIfs = { stealRefresh: null, keepUsingAccessAfterLogout: false, clientClockSkew: 0 }

/** Past this many log runs the simulation stops and marks the schedule truncated (a guard against settings like a 1 s lifetime over weeks). */
export const MAX_LOG_RUNS = 100_000

export interface SimulateOptions {
  /** Epoch seconds of the first login (server clock). */
  readonly start: number
  /** Seconds to simulate; events happen at start <= t < start + horizon. */
  readonly horizon: number
  /** Seeds the jti generator; the same inputs always give the same schedule. */
  readonly seed: number
  readonly whatIfs?: Partial<WhatIfs>
  readonly user?: SimUser
}

export type SimulateResult =
  | { readonly ok: true; readonly schedule: Schedule }
  | { readonly ok: false; readonly code: SimulateErrorCode; readonly message: string }

/** Runs the client policy (and what-ifs) from `start` for `horizon` seconds; does not sign tokens. */
export function simulate(settings: SimpleJwtSettings, policy: ClientPolicy, options: SimulateOptions): SimulateResult {
  const whatIfs: WhatIfs = { ...NO_WHAT_IFS, ...options.whatIfs }
  const problem =
    checkSettings(settings) ?? checkPolicy(policy) ?? checkOptions({ ...options, whatIfs })
  if (problem) return { ok: false, ...problem }

  const { start, seed } = options
  const user = options.user ?? DEFAULT_USER
  let end = start + options.horizon
  const server = createSimpleJwtServer(settings, { seed, user })
  const exchanges = new RunLogBuilder<HttpExchange>()
  const events = new RunLogBuilder<TimelineEvent>()
  const holdings: Holding[] = []
  const idle = idleSpans(policy.idle, start)
  const step = policy.callEverySeconds
  const lead = policy.refresh.kind === 'proactive' ? policy.refresh.secondsBeforeExpiry : null
  const skew = whatIfs.clientClockSkew

  // What the client holds; an object so TypeScript does not narrow it across the closures below.
  const client: { access: ScheduleToken | null; refresh: ScheduleToken | null; session: Holding['session']; calling: boolean } = {
    access: null,
    refresh: null,
    session: 'active',
    calling: true,
  }
  let nextCall = start
  // The access token a proactive client keeps using although its clock says "refresh now" (skew or lead too large).
  let skewAccepted: string | null = null
  let logoutAt = policy.logoutAt === null ? Infinity : start + policy.logoutAt
  let stealAt = whatIfs.stealRefresh === null ? Infinity : start + whatIfs.stealRefresh.stealAt
  let replayAt = Infinity
  let replayAfterRefreshOf: string | null = null
  let stolen: ScheduleToken | null = null

  const send = (request: ServerRequest, at: number, actor: Actor): ServerReply => {
    const reply = server.handle(request, { at, actor, index: exchanges.length })
    exchanges.push(reply.exchange)
    return reply
  }
  const event = (
    at: number,
    kind: TimelineEventKind,
    actor: Actor,
    exchange: HttpExchange | null,
    tokens: readonly string[],
    note: string,
  ): TimelineEvent => ({
    index: events.length,
    at,
    kind,
    actor,
    exchange: exchange?.index ?? null,
    status: exchange?.status ?? null,
    tokens,
    note,
  })
  const emit = (...args: Parameters<typeof event>) => events.push(event(...args))
  const hold = (at: number) => holdings.push({ at, access: client.access?.jti ?? null, refresh: client.refresh?.jti ?? null, session: client.session })
  const jtis = (tokens: readonly ScheduleToken[]) => tokens.map((t) => t.jti)

  /** Events for what the server did on its own: rotate, blacklist. */
  const serverEffects = (reply: ServerReply, at: number, actor: Actor) => {
    const rotated = reply.minted.find((t) => t.origin === 'rotation')
    if (rotated)
      emit(at, 'rotation', actor, reply.exchange, [rotated.parentJti ?? '', rotated.jti], 'ROTATE_REFRESH_TOKENS: a new refresh token comes back with the access token')
    if (reply.blacklisted !== null)
      emit(at, 'blacklist', actor, reply.exchange, [reply.blacklisted], 'The refresh token is on the blacklist from now on')
  }

  const login = (at: number, kind: 'login' | 're-login') => {
    const reply = send({ endpoint: 'obtain', username: user.username, password: user.password }, at, 'client')
    client.refresh = reply.minted.find((t) => t.kind === 'refresh') ?? null
    client.access = reply.minted.find((t) => t.kind === 'access') ?? null
    const note = kind === 'login' ? 'POST /api/token/: a new access and refresh pair' : 'Refresh refused: the user logs in again'
    emit(at, kind, 'client', reply.exchange, jtis(reply.minted), note)
    hold(at)
  }

  const endSession = (at: number) => {
    client.calling = false
    const note = client.session === 'active' ? 'Refresh refused and no re-login: the user is signed out' : 'The client stops after logout'
    if (client.session === 'active') client.session = 'ended'
    client.access = null
    client.refresh = null
    emit(at, 'session-ended', 'client', null, [], note)
    hold(at)
  }

  /** The client's own clock says its access token needs replacing. */
  const wantsProactiveRefresh = (at: number, token: ScheduleToken) =>
    lead !== null && client.session === 'active' && skewAccepted !== token.jti && at + skew >= token.exp - lead

  /** Why a new token looks due at once: the lead alone (a correct clock would say the same), or the skewed clock. */
  const dueOnArrivalNote = (at: number, token: ScheduleToken) =>
    lead !== null && at >= token.exp - lead
      ? `The client refreshes ${lead} s before exp, but the new access token lives only ${token.exp - at} s (ACCESS_TOKEN_LIFETIME): it is due the moment it arrives, so the client uses it until a 401`
      : `By the client's clock (${skew >= 0 ? '+' : ''}${skew} s) the new access token is already due for refresh; it uses it until a 401`

  const clientRefresh = (at: number, reason: string) => {
    const used = client.refresh
    if (used === null) return endSession(at)
    const before = client.access?.jti
    const reply = send({ endpoint: 'refresh', refresh: { jti: used.jti } }, at, 'client')
    if (replayAfterRefreshOf === used.jti) {
      replayAt = at + 1
      replayAfterRefreshOf = null
    }
    if (reply.exchange.status !== 200) {
      emit(at, 'refresh-failed', 'client', reply.exchange, [used.jti], `${reply.exchange.status}: ${problemOf(reply.exchange)}`)
      if (client.session === 'active' && policy.reloginOnRefreshFailure) login(at, 're-login')
      else endSession(at)
    } else {
      client.access = reply.minted.find((t) => t.kind === 'access') ?? client.access
      client.refresh = reply.minted.find((t) => t.kind === 'refresh') ?? client.refresh
      emit(at, 'refresh', 'client', reply.exchange, [used.jti, ...jtis(reply.minted)], reason)
      serverEffects(reply, at, 'client')
      hold(at)
    }
    // A token that already looks due on arrival would make a proactive client refresh forever.
    if (client.access !== null && client.access.jti !== before && wantsProactiveRefresh(at, client.access)) {
      skewAccepted = client.access.jti
      emit(at, 'clock-skew', 'client', null, [client.access.jti], dueOnArrivalNote(at, client.access))
    }
  }

  const steal = (at: number) => {
    if (client.refresh === null || whatIfs.stealRefresh === null) {
      emit(at, 'theft', 'thief', null, [], 'Nothing to steal: the client holds no refresh token')
      return
    }
    stolen = client.refresh
    emit(at, 'theft', 'thief', null, [stolen.jti], "Someone copies the client's refresh token")
    const { replayAt: when } = whatIfs.stealRefresh
    if (when === 'after-next-refresh') replayAfterRefreshOf = stolen.jti
    else replayAt = start + when
  }

  const replay = (at: number) => {
    if (stolen === null) return
    const reply = send({ endpoint: 'refresh', refresh: { jti: stolen.jti } }, at, 'thief')
    const note =
      reply.exchange.status === 200
        ? 'Replay accepted: the thief gets a fresh access token'
        : `Replay refused: ${problemOf(reply.exchange)}`
    emit(at, 'replay', 'thief', reply.exchange, [stolen.jti, ...jtis(reply.minted)], note)
    serverEffects(reply, at, 'thief')
  }

  const logout = (at: number) => {
    if (client.session !== 'active' || client.refresh === null) return
    const reply = send({ endpoint: 'blacklist', refresh: { jti: client.refresh.jti } }, at, 'client')
    client.session = 'logged-out'
    const note =
      reply.exchange.status === 200
        ? 'POST /api/token/blacklist/: logged out'
        : `Logout refused (${problemOf(reply.exchange)}); the client forgets its tokens anyway`
    emit(at, 'logout', 'client', reply.exchange, [client.refresh.jti], note)
    serverEffects(reply, at, 'client')
    if (!whatIfs.keepUsingAccessAfterLogout) {
      client.calling = false
      client.access = null
      client.refresh = null
    }
    hold(at)
  }

  /** GET /api/me/ `count` times from `at`, all accepted: one exchange and one event stored as runs. */
  const callRun = (at: number, token: ScheduleToken, count: number) => {
    const reply = server.handle({ endpoint: 'me', bearer: { jti: token.jti } }, { at, actor: 'client', index: exchanges.length })
    const note = client.session === 'active' ? '200' : '200 after logout: JWTAuthentication does not check the blacklist'
    events.pushRun(event(at, 'api-call', 'client', reply.exchange, [token.jti], note), step, count)
    exchanges.pushRun(reply.exchange, step, count)
  }

  let truncated = false
  login(start, 'login')
  for (;;) {
    const call = client.calling ? skipIdle(idle, nextCall) : Infinity
    const interrupt = Math.min(stealAt, replayAt, logoutAt)
    const t = Math.min(call, interrupt)
    if (t >= end) break
    if (exchanges.runCount + events.runCount > MAX_LOG_RUNS) {
      truncated = true
      end = t
      break
    }
    if (interrupt <= call) {
      if (stealAt === t) {
        stealAt = Infinity
        steal(t)
      } else if (replayAt === t) {
        replayAt = Infinity
        replay(t)
      } else {
        logoutAt = Infinity
        logout(t)
      }
      continue
    }
    nextCall = call
    const token: ScheduleToken | null = client.access
    if (token === null) {
      client.calling = false
      continue
    }
    if (wantsProactiveRefresh(call, token)) {
      clientRefresh(call, `Proactive: the client's clock says exp is less than ${lead} s away`)
      continue
    }
    const proactiveLimit = lead !== null && client.session === 'active' && skewAccepted !== token.jti ? token.exp - lead - skew : Infinity
    const limit = Math.min(refusedFrom(token, settings), proactiveLimit, interrupt, nextIdleStart(idle, call), end)
    const count = limit > call ? Math.ceil((limit - call) / step) : 0
    if (count > 0) {
      callRun(call, token, count)
      nextCall = call + count * step
      continue
    }
    const refused = send({ endpoint: 'me', bearer: { jti: token.jti } }, call, 'client')
    emit(call, 'api-call', 'client', refused.exchange, [token.jti], `401: ${problemOf(refused.exchange)}`)
    if (client.session === 'active') {
      clientRefresh(call, 'On 401: the access token has expired') // then the same call is retried
    } else {
      // Logged out but still calling (what-if): the access token finally expired; its refresh token is blacklisted.
      clientRefresh(call, 'After logout the refresh token still worked')
      if (client.calling) endSession(call)
    }
  }

  return {
    ok: true,
    schedule: {
      settings,
      policy,
      whatIfs,
      seed,
      start,
      end,
      truncated,
      tokens: [...server.tokens],
      tokensByJti: new Map(server.tokens.map((t) => [t.jti, t])),
      exchanges: exchanges.build(),
      events: events.build(),
      holdings,
    },
  }
}
