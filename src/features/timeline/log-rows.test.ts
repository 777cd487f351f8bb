import { describe, expect, it } from 'vitest'
import { DEFAULT_POLICY, DEFAULT_SETTINGS } from '@/timeline/policy'
import { simulate } from '@/timeline/simulate'
import type { Schedule } from '@/timeline/schedule'
import { exchangeAt, isRoutine, lastExchanges, tokenRefsOf } from './log-rows'

const START = 1_000_000

function run(policy = {}): Schedule {
  const result = simulate(DEFAULT_SETTINGS, { ...DEFAULT_POLICY, ...policy }, { start: START, horizon: 2 * 86400, seed: 3 })
  if (!result.ok) throw new Error(result.message)
  return result.schedule
}

const line = (e: { at: number; method: string; path: string; status: number }) => `${e.at - START} ${e.method} ${e.path} ${e.status}`

describe('lastExchanges', () => {
  const schedule = run()

  it('up to +301 s with calls every 30 s: login, ten 200s, the 401 at exp, the refresh, the retried call', () => {
    const { rows, total, hidden } = lastExchanges(schedule, START + 301, 200)
    expect([total, hidden]).toEqual([14, 0])
    expect(rows.slice(-4).map(line)).toEqual([
      '270 GET /api/me/ 200',
      '300 GET /api/me/ 401',
      '300 POST /api/token/refresh/ 200',
      '300 GET /api/me/ 200',
    ])
    expect(rows[0] && line(rows[0])).toBe('0 POST /api/token/ 200')
  })

  it('keeps only the newest rows and counts the rest as hidden', () => {
    const { rows, total, hidden } = lastExchanges(schedule, START + 301, 3)
    expect([rows.length, total, hidden]).toEqual([3, 14, 11])
    expect(rows.map(line)).toEqual(['300 GET /api/me/ 401', '300 POST /api/token/refresh/ 200', '300 GET /api/me/ 200'])
  })

  it('without routine calls: the refresh cycle every 5 minutes, and the re-login when the refresh token expires at +1 day', () => {
    const early = lastExchanges(schedule, START + 601, 200, true)
    expect(early.rows.map(line)).toEqual([
      '0 POST /api/token/ 200',
      '300 GET /api/me/ 401',
      '300 POST /api/token/refresh/ 200',
      '600 GET /api/me/ 401',
      '600 POST /api/token/refresh/ 200',
    ])
    const dayLater = lastExchanges(schedule, START + 86400, 3, true)
    expect(dayLater.rows.map(line)).toEqual(['86400 GET /api/me/ 401', '86400 POST /api/token/refresh/ 401', '86400 POST /api/token/ 200'])
    // 1 login + 287 refresh cycles (two exchanges each) before the failing one.
    expect(dayLater.total).toBe(1 + 287 * 2 + 3)
  })

  it('matches the full log row for row', () => {
    const { rows } = lastExchanges(schedule, START + 4000, 50)
    expect(rows.map((row) => row.index)).toEqual(rows.map((_, i) => (rows[0]?.index ?? 0) + i))
    for (const row of rows) expect(exchangeAt(schedule, row.index)).toEqual(row)
  })
})

describe('isRoutine', () => {
  it.each([
    ['/api/me/', 200, true],
    ['/api/me/', 401, false],
    ['/api/token/refresh/', 200, false],
  ] as const)('%s %d: %s', (path, status, routine) => expect(isRoutine({ path, status })).toBe(routine))
})

describe('tokenRefsOf', () => {
  it('lists the bearer token, then request and response tokens, once each', () => {
    expect(
      tokenRefsOf({ authorization: { $token: 'A' }, requestBody: { refresh: { $token: 'R' } }, responseBody: { access: { $token: 'A2' }, refresh: { $token: 'R' }, n: [{ $token: 'X' }] } }),
    ).toEqual(['A', 'R', 'A2', 'X'])
  })
  it('ignores raw strings and bodies without tokens', () => {
    expect(tokenRefsOf({ authorization: 'not-a-jwt', requestBody: null, responseBody: { detail: 'Token is blacklisted' } })).toEqual([])
  })
})
