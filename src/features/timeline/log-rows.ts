/**
 * Picks the rows the exchange log shows: the newest `limit` exchanges at or before a time, optionally
 * without the routine "GET /api/me/ 200". Rows are made on demand from the run-length log; it never
 * materialises the whole log and does not render bodies (see exchange-row.tsx).
 */
import { entryAt } from '@/timeline/run-log'
import { exchangesUntil, expandExchange } from '@/timeline/queries'
import type { Schedule } from '@/timeline/schedule'
import type { HttpExchange } from '@/timeline/wire'

export interface LogRows {
  /** Oldest first, newest last. */
  readonly rows: readonly HttpExchange[]
  /** Exchanges up to the time that match the filter; `rows` are the last of them. */
  readonly total: number
  /** Matching exchanges before the first row, not shown. */
  readonly hidden: number
}

/** An accepted API call: what the client does every N seconds between the interesting moments. */
export function isRoutine(exchange: Pick<HttpExchange, 'path' | 'status'>): boolean {
  return exchange.path === '/api/me/' && exchange.status === 200
}

/** The newest `limit` exchanges at or before server time `t`, and how many earlier ones are left out. */
export function lastExchanges(schedule: Schedule, t: number, limit: number, hideRoutine = false): LogRows {
  const view = exchangesUntil(schedule, t)
  if (!hideRoutine) {
    const rows = view.slice(Math.max(0, view.length - limit))
    return { rows, total: view.length, hidden: view.length - rows.length }
  }
  // Routine calls come as runs; every other exchange is a run of one. Walk the runs backwards.
  const log = schedule.exchanges
  const rows: HttpExchange[] = []
  let total = 0
  for (let r = log.runs.length - 1; r >= 0; r--) {
    const run = log.runs[r]
    const offset = log.offsets[r]
    if (run === undefined || offset === undefined || offset >= view.length || isRoutine(run.first)) continue
    const count = Math.min(run.count, view.length - offset)
    total += count
    for (let i = count - 1; i >= 0 && rows.length < limit; i--) rows.push(expandExchange(run, i))
  }
  rows.reverse()
  return { rows, total, hidden: total - rows.length }
}

/** Exchange number `index` (0-based) of the whole log, or undefined. */
export function exchangeAt(schedule: Schedule, index: number): HttpExchange | undefined {
  return entryAt(schedule.exchanges, index, expandExchange)
}

/** The jtis an exchange carries (Authorization header, request and response bodies), in that order, without repeats. */
export function tokenRefsOf(exchange: Pick<HttpExchange, 'authorization' | 'requestBody' | 'responseBody'>): string[] {
  const found: string[] = []
  const walk = (value: unknown): void => {
    if (value === null || typeof value !== 'object') return
    if (Array.isArray(value)) return value.forEach(walk)
    const ref = (value as { $token?: unknown }).$token
    if (typeof ref === 'string') {
      if (!found.includes(ref)) found.push(ref)
      return
    }
    Object.values(value).forEach(walk)
  }
  walk(exchange.authorization)
  walk(exchange.requestBody)
  walk(exchange.responseBody)
  return found
}
