import type { BrowserContext } from '@playwright/test'

/**
 * Records every request the browser context makes (pages, workers and service workers included, as far
 * as Chromium reports them), with failures and error statuses. It only records: the specs judge.
 */
export interface RequestLog {
  urls: string[]
  /** "404 http://…" or "failed net::ERR_… http://…" */
  problems: string[]
}

export function recordRequests(context: BrowserContext): RequestLog {
  const log: RequestLog = { urls: [], problems: [] }
  context.on('request', (request) => log.urls.push(request.url()))
  context.on('requestfailed', (request) => log.problems.push(`failed ${request.failure()?.errorText ?? ''} ${request.url()}`))
  context.on('response', (response) => {
    if (response.status() >= 400) log.problems.push(`${response.status()} ${response.url()}`)
  })
  return log
}
