import { compactVerify, decodeProtectedHeader } from 'jose'
import { describe, expect, it } from 'vitest'
import { benchSimulate } from './bench'
import { DEFAULT_POLICY, DEFAULT_SETTINGS, type ClientPolicy, type SimpleJwtSettings } from './policy'
import { eventsUntil, exchangesUntil, keyEvents } from './queries'
import { RECORDING, recordedScenario, recordedSettings, type RecordedExchange } from './recorded-fixture'
import { authenticationError, SIMPLEJWT_MESSAGES } from './responses'
import type { Schedule, TimelineEventKind } from './schedule'
import { simulate, type SimulateOptions } from './simulate'
import { signScheduleToken, signScheduleTokens } from './tokens'
import { wireText, type HttpExchange } from './wire'

const START = 1_700_000_000
const DAY = 86400

function run(settings: Partial<SimpleJwtSettings> = {}, policy: Partial<ClientPolicy> = {}, options: Partial<SimulateOptions> = {}): Schedule {
  const result = simulate({ ...DEFAULT_SETTINGS, ...settings }, { ...DEFAULT_POLICY, ...policy }, { start: START, horizon: 2 * DAY, seed: 1, ...options })
  if (!result.ok) throw new Error(result.message)
  return result.schedule
}
/** Offsets from start of the marker events of one kind. */
const offsets = (schedule: Schedule, kind: TimelineEventKind) => keyEvents(schedule).filter((e) => e.kind === kind).map((e) => e.at - START)
const allExchanges = (schedule: Schedule) => exchangesUntil(schedule, Infinity)

describe('simulate with simplejwt defaults (access 5 min, refresh 1 day, no rotation), refresh on 401', () => {
  // exp = iat + 300 and PyJWT refuses when exp <= now, so the first refused call is the first one at or after +300.
  it.each([
    [1, 300],
    [30, 300],
    [7, 301],
    [120, 360],
  ])('calling every %i s, the first 401 and refresh come at +%i s', (every, expected) => {
    const schedule = run({}, { callEverySeconds: every })
    const firstRefused = keyEvents(schedule).find((e) => e.kind === 'api-call')
    expect(firstRefused?.at).toBe(START + expected)
    expect(firstRefused?.status).toBe(401)
    expect(offsets(schedule, 'refresh')[0]).toBe(expected)
  })

  it('answers the refused call with simplejwt\'s body, the one recorded at +300 s', () => {
    const schedule = run({}, { callEverySeconds: 1 })
    const refused = allExchanges(schedule).slice().find((e) => e.status === 401) as HttpExchange
    const recorded = recordedScenario('defaults').exchanges.find((e) => e.offset === 300) as RecordedExchange
    expect(wireText(refused.responseBody, () => '')).toBe(recorded.responseText)
    expect(refused.responseBody).toEqual(authenticationError(SIMPLEJWT_MESSAGES.invalidOrExpired))
  })

  it.each([1, 30])('calling every %i s, logs in again at +1 day, when the refresh token expires', (every) => {
    const schedule = run({}, { callEverySeconds: every })
    expect(offsets(schedule, 're-login')).toEqual([DAY])
    const failed = keyEvents(schedule).filter((e) => e.kind === 'refresh-failed')
    expect(failed.map((e) => [e.at - START, e.note])).toEqual([[DAY, `401: ${SIMPLEJWT_MESSAGES.invalidOrExpired}`]])
  })

  it('refreshes every 300 s in between: 287 times a day (86400 / 300 - 1)', () => {
    const schedule = run({}, { callEverySeconds: 1 })
    expect(offsets(schedule, 'refresh').filter((t) => t < DAY)).toHaveLength(287)
    expect(offsets(schedule, 'refresh').filter((t) => t >= DAY)).toHaveLength(287)
  })

  it('keeps the refresh token and copies its iat into each new access token (simplejwt 5.2)', () => {
    const schedule = run({}, { callEverySeconds: 30 }, { horizon: 1000 })
    const [refresh, ...accesses] = schedule.tokens
    expect(refresh?.kind).toBe('refresh')
    expect(accesses.map((t) => [t.kind, t.iat, t.exp - t.mintedAt])).toEqual(accesses.map(() => ['access', START, 300]))
  })

  it('ends the session instead when the policy does not log in again', () => {
    const schedule = run({}, { callEverySeconds: 1, reloginOnRefreshFailure: false })
    expect(offsets(schedule, 'session-ended')).toEqual([DAY])
    expect(allExchanges(schedule).at(-1)?.at).toBe(START + DAY)
    expect(offsets(schedule, 're-login')).toEqual([])
  })
})

describe('one test per setting: each changes the schedule the way simplejwt does', () => {
  it('ACCESS_TOKEN_LIFETIME 60: the first refresh is at +60 and access tokens live 60 s', () => {
    const schedule = run({ ACCESS_TOKEN_LIFETIME: 60 }, { callEverySeconds: 1 }, { horizon: 3600 })
    expect(offsets(schedule, 'refresh').slice(0, 3)).toEqual([60, 120, 180])
    expect(schedule.tokens.filter((t) => t.kind === 'access').every((t) => t.exp - t.mintedAt === 60)).toBe(true)
  })

  it('REFRESH_TOKEN_LIFETIME 3600: re-login every hour', () => {
    const schedule = run({ REFRESH_TOKEN_LIFETIME: 3600 }, { callEverySeconds: 1 }, { horizon: 4 * 3600 })
    expect(offsets(schedule, 're-login')).toEqual([3600, 7200, 10800])
  })

  it('ROTATE_REFRESH_TOKENS: each refresh returns a new refresh token with a fresh lifetime; no re-login in 2 days', () => {
    const schedule = run({ ROTATE_REFRESH_TOKENS: true }, { callEverySeconds: 1 })
    expect(offsets(schedule, 're-login')).toEqual([])
    expect(offsets(schedule, 'refresh')).toHaveLength(575) // +300 ... +172500
    expect(offsets(schedule, 'rotation')).toEqual(offsets(schedule, 'refresh'))
    const rotated = schedule.tokens.filter((t) => t.origin === 'rotation')
    expect(rotated.every((t) => t.exp === t.mintedAt + DAY && t.iat === t.mintedAt)).toBe(true)
    const body = keyEvents(schedule).find((e) => e.kind === 'refresh')
    const exchange = allExchanges(schedule).at(body?.exchange ?? -1)
    expect(Object.keys(exchange?.responseBody ?? {})).toEqual(['access', 'refresh'])
  })

  it.each([
    [true, true],
    [true, false],
    [false, true],
  ])('BLACKLIST_AFTER_ROTATION (rotate %s, blacklist %s): blacklists the sent refresh token only when rotating', (rotate, blacklist) => {
    const schedule = run({ ROTATE_REFRESH_TOKENS: rotate, BLACKLIST_AFTER_ROTATION: blacklist }, { callEverySeconds: 1 }, { horizon: 1000 })
    const blacklisted = schedule.tokens.filter((t) => t.blacklistedAt !== null)
    if (rotate && blacklist) {
      expect(blacklisted.map((t) => t.blacklistedAt)).toEqual([START + 300, START + 600, START + 900])
      const successors = schedule.tokens.filter((t) => t.origin === 'rotation').map((t) => [t.parentJti, t.mintedAt])
      expect(successors).toEqual(blacklisted.map((t) => [t.jti, t.blacklistedAt]))
    } else expect(blacklisted).toEqual([])
  })

  it('LEEWAY 30: the token is still accepted at +329 and refused from +330', () => {
    const schedule = run({ LEEWAY: 30 }, { callEverySeconds: 1 }, { horizon: 1000 })
    const upTo330 = exchangesUntil(schedule, START + 330).slice()
    expect(upTo330.filter((e) => e.at === START + 329).map((e) => e.status)).toEqual([200])
    expect(upTo330.filter((e) => e.at === START + 330).map((e) => [e.path, e.status])).toEqual([
      ['/api/me/', 401],
      ['/api/token/refresh/', 200],
      ['/api/me/', 200],
    ])
  })

  it('ALGORITHM HS512: the signed tokens say so in their header', async () => {
    const schedule = run({ ALGORITHM: 'HS512' }, {}, { horizon: 10 })
    const signed = await signScheduleToken(schedule.tokens[0] ?? { payload: {} }, schedule.settings)
    expect(signed.ok && decodeProtectedHeader(signed.jwt)).toEqual({ alg: 'HS512', typ: 'JWT' })
  })

  it('SIGNING_KEY: the tokens verify with that key', async () => {
    const key = 'timeline-test-key-timeline-test-key'
    const schedule = run({ SIGNING_KEY: key }, {}, { horizon: 10 })
    const signed = await signScheduleTokens(schedule.tokens, schedule.settings)
    if (!signed.ok) throw new Error(signed.message)
    for (const jwt of signed.jwts.values()) await expect(compactVerify(jwt, new TextEncoder().encode(key))).resolves.toBeTruthy()
  })

  it('USER_ID_CLAIM uid: the user id travels in "uid", last, as simplejwt orders it', () => {
    const schedule = run({ USER_ID_CLAIM: 'uid' }, {}, { horizon: 400 })
    for (const token of schedule.tokens) expect(Object.keys(token.payload)).toEqual(['token_type', 'exp', 'iat', 'jti', 'uid'])
    expect(schedule.tokens[0]?.payload.uid).toBe(1)
  })
})

describe('what-ifs', () => {
  it.each([
    [true, true, 401, `Replay refused: ${SIMPLEJWT_MESSAGES.blacklisted}`],
    [true, false, 200, 'Replay accepted: the thief gets a fresh access token'],
    [false, false, 200, 'Replay accepted: the thief gets a fresh access token'],
  ])('a refresh token stolen and replayed after the next refresh (rotate %s, blacklist %s) gets %i', (rotate, blacklist, status, note) => {
    const schedule = run(
      { ROTATE_REFRESH_TOKENS: rotate, BLACKLIST_AFTER_ROTATION: blacklist },
      { callEverySeconds: 1 },
      { horizon: 2000, whatIfs: { stealRefresh: { stealAt: 10, replayAt: 'after-next-refresh' } } },
    )
    const replay = keyEvents(schedule).filter((e) => e.kind === 'replay')
    expect(replay.map((e) => [e.at - START, e.actor, e.status, e.note])).toEqual([[301, 'thief', status, note]])
  })

  it('a thief who refreshes first gets the victim refused and logged in again (the recorded replay-first story)', () => {
    const schedule = run(
      { ROTATE_REFRESH_TOKENS: true, BLACKLIST_AFTER_ROTATION: true },
      { callEverySeconds: 300 },
      { horizon: 301, whatIfs: { stealRefresh: { stealAt: 0, replayAt: 100 } } },
    )
    expect(keyEvents(schedule).map((e) => [e.at - START, e.kind, e.status])).toEqual([
      [0, 'login', 200],
      [0, 'theft', null],
      [100, 'replay', 200],
      [100, 'rotation', 200],
      [100, 'blacklist', 200],
      [300, 'api-call', 401],
      [300, 'refresh-failed', 401],
      [300, 're-login', 200],
    ])
  })

  it('after logout the access token still gets 200 until its exp, then the refresh token is refused as blacklisted', () => {
    const schedule = run({}, { callEverySeconds: 1, logoutAt: 60 }, { whatIfs: { keepUsingAccessAfterLogout: true } })
    const after = allExchanges(schedule).slice().filter((e) => e.at > START + 60)
    expect(after.filter((e) => e.status === 200).at(-1)?.at).toBe(START + 299)
    expect(after.filter((e) => e.status !== 200).map((e) => [e.at - START, e.path, e.status])).toEqual([
      [300, '/api/me/', 401],
      [300, '/api/token/refresh/', 401],
    ])
    expect(keyEvents(schedule).find((e) => e.kind === 'refresh-failed')?.note).toBe(`401: ${SIMPLEJWT_MESSAGES.blacklisted}`)
  })

  it('without that what-if the client stops calling at logout', () => {
    const schedule = run({}, { callEverySeconds: 1, logoutAt: 60 })
    expect(allExchanges(schedule).at(-1)).toMatchObject({ at: START + 60, path: '/api/token/blacklist/', status: 200 })
  })

  it.each([
    // proactive 30 s before exp: the client refreshes when its clock reads exp - 30, i.e. server time exp - 30 - skew.
    [0, 0, 270, []],
    [120, 0, 150, []],
    [-120, 0, 300, [300]], // clock behind: it sends an expired token first
    [-120, 120, 390, []], // LEEWAY 120 covers the slow clock: the server still accepts until exp + 120
  ])('client clock %i s off, LEEWAY %i: first refresh at +%i, 401s at %j', (skew, leeway, firstRefresh, refused) => {
    const schedule = run(
      { LEEWAY: leeway },
      { callEverySeconds: 1, refresh: { kind: 'proactive', secondsBeforeExpiry: 30 } },
      { horizon: 400, whatIfs: { clientClockSkew: skew } },
    )
    expect(offsets(schedule, 'refresh')[0]).toBe(firstRefresh)
    expect(offsets(schedule, 'api-call')).toEqual(refused)
  })

  it('a clock so far ahead that every new token looks due does not refresh forever: it waits for the 401', () => {
    const schedule = run(
      {},
      { callEverySeconds: 1, refresh: { kind: 'proactive', secondsBeforeExpiry: 30 } },
      { horizon: 1000, whatIfs: { clientClockSkew: 400 } },
    )
    expect(offsets(schedule, 'clock-skew').length).toBeGreaterThan(0)
    expect(offsets(schedule, 'refresh')).toEqual([0, 300, 600, 900])
  })
})

describe('idle periods', () => {
  it('makes no calls while idle; the token expired meanwhile, so the first call after is a 401 and a refresh', () => {
    const schedule = run({}, { callEverySeconds: 1, idle: [{ from: 1000, to: 5000 }] }, { horizon: 6000 })
    expect(allExchanges(schedule).slice().filter((e) => e.at >= START + 1000 && e.at < START + 5000)).toEqual([])
    expect(keyEvents(schedule).filter((e) => e.at === START + 5000).map((e) => e.kind)).toEqual(['api-call', 'refresh'])
  })

  it('idle longer than the refresh lifetime ends in a re-login', () => {
    const schedule = run({}, { callEverySeconds: 1, idle: [{ from: 100, to: 90000 }] }, { horizon: 90001 })
    expect(keyEvents(schedule).filter((e) => e.at === START + 90000).map((e) => e.kind)).toEqual(['api-call', 'refresh-failed', 're-login'])
  })
})

describe('schedule as data', () => {
  it('is deterministic for a seed, and the seed changes the jtis', () => {
    expect(run({}, {}, { seed: 3, horizon: DAY })).toEqual(run({}, {}, { seed: 3, horizon: DAY }))
    expect(run({}, {}, { seed: 4, horizon: 10 }).tokens[0]?.jti).not.toBe(run({}, {}, { seed: 3, horizon: 10 }).tokens[0]?.jti)
  })

  it.each([
    [{ ACCESS_TOKEN_LIFETIME: 0 }, {}, {}, 'invalid-settings'],
    [{ LEEWAY: -1 }, {}, {}, 'invalid-settings'],
    [{ USER_ID_CLAIM: 'exp' }, {}, {}, 'invalid-settings'],
    [{ ALGORITHM: 'RS256' as 'HS256' }, {}, {}, 'invalid-settings'],
    [{}, { callEverySeconds: 0.5 }, {}, 'invalid-policy'],
    [{}, { idle: [{ from: 10, to: 5 }] }, {}, 'invalid-policy'],
    [{}, {}, { horizon: -1 }, 'invalid-options'],
    [{}, {}, { whatIfs: { stealRefresh: { stealAt: 100, replayAt: 50 } } }, 'invalid-options'],
  ])('refuses %j %j %j with %s', (settings, policy, options, code) => {
    const result = simulate({ ...DEFAULT_SETTINGS, ...settings }, { ...DEFAULT_POLICY, ...policy }, { start: START, horizon: 10, seed: 1, ...options })
    expect(result.ok ? 'ok' : result.code).toBe(code)
  })
})

describe('two days at one call per second', () => {
  const schedule = run({}, { callEverySeconds: 1 })

  it('logs every call without storing them one by one', () => {
    // 172,800 accepted calls, 575 refused ones (+300 ... +172500), 575 refresh attempts, 2 logins.
    const log = allExchanges(schedule)
    expect(log.length).toBe(172_800 + 575 + 575 + 2)
    expect(schedule.exchanges.runs.length).toBeLessThan(2000)
    expect(log.slice().filter((e) => e.path === '/api/me/' && e.status === 200)).toHaveLength(172_800)
  })

  it('gives the log up to a time, row by row on demand, with consistent indexes', () => {
    const view = exchangesUntil(schedule, START + 1000)
    // calls at 0..1000 (1001), 401+refresh at 300, 600, 900 (6), the login (1)
    expect(view.length).toBe(1001 + 6 + 1)
    expect(view.slice(-2).map((e) => [e.index, e.at - START, e.status])).toEqual([
      [1006, 999, 200],
      [1007, 1000, 200],
    ])
    const events = eventsUntil(schedule, START + 1000)
    expect(events.at(events.length - 1)?.exchange).toBe(1007)
    for (const i of [0, 1, 299, 300, 301, 302, 1007]) expect(view.at(i)?.index).toBe(i)
  })

  it('finishes (timing printed for the report, not asserted)', () => {
    // Wall time suffers when the machine is busy; CPU time of this process says what simulate() costs.
    const cpuMs = () => {
      const used = process.cpuUsage()
      return (used.user + used.system) / 1000
    }
    const wall = benchSimulate(() => performance.now(), 5)
    const cpu = benchSimulate(cpuMs, 5)
    console.log(
      `simulate 2 days @ 1 call/s: wall median ${wall.medianMs.toFixed(1)} ms, CPU median ${cpu.medianMs.toFixed(1)} ms; ` +
        `${wall.exchanges} exchanges in ${wall.storedRuns} stored runs`,
    )
    expect(wall.exchanges).toBe(172_800 + 575 + 575 + 2)
  })
})

describe('simulated exchanges signed = the bytes real simplejwt sent', () => {
  async function texts(schedule: Schedule) {
    const signed = await signScheduleTokens(schedule.tokens, schedule.settings)
    if (!signed.ok) throw new Error(signed.message)
    const text = (jti: string) => signed.jwts.get(jti) ?? ''
    return allExchanges(schedule)
      .slice()
      .map((e) => ({ at: e.at, path: e.path, status: e.status, text: wireText(e.responseBody, text), request: e.requestBody === null ? null : wireText(e.requestBody, text) }))
  }
  const recordedRows = (name: string) =>
    recordedScenario(name).exchanges.map((e) => ({ at: e.at, path: e.path, status: e.status, text: e.responseText, request: e.requestBody === null ? null : JSON.stringify(e.requestBody) }))

  it.each([
    // scenario, client cadence, horizon, recorded exchange numbers it reproduces, simulated ones
    ['lifetimes', 60, 61, [0, 2, 3], [0, 2, 3]],
    ['rotate-blacklist', 300, 301, [0, 1, 2], [0, 2, 3]],
    ['rotate', 300, 301, [0, 1, 2], [0, 2, 3]],
  ] as const)('%s: client every %i s', async (name, every, horizon, recordedAt, simulatedAt) => {
    const scenario = recordedScenario(name)
    const result = simulate(recordedSettings(scenario), { ...DEFAULT_POLICY, callEverySeconds: every }, { start: RECORDING.start, horizon, seed: RECORDING.jti.seed, user: RECORDING.user })
    if (!result.ok) throw new Error(result.message)
    const simulated = await texts(result.schedule)
    expect(simulatedAt.map((i) => simulated[i])).toEqual(recordedAt.map((i) => recordedRows(name)[i]))
  })

  it('replay-first: thief at +100, victim refused and logged in again at +300', async () => {
    const scenario = recordedScenario('replay-first')
    const result = simulate(
      recordedSettings(scenario),
      { ...DEFAULT_POLICY, callEverySeconds: 300 },
      { start: RECORDING.start, horizon: 301, seed: RECORDING.jti.seed, user: RECORDING.user, whatIfs: { stealRefresh: { stealAt: 0, replayAt: 100 } } },
    )
    if (!result.ok) throw new Error(result.message)
    const simulated = (await texts(result.schedule)).filter((e) => !(e.path === '/api/me/' && e.at < RECORDING.start + 300))
    const withoutRefusedCall = simulated.filter((e) => !(e.path === '/api/me/' && e.status === 401))
    expect(withoutRefusedCall).toEqual(recordedRows('replay-first'))
  })
})
