import { memo, useState } from 'react'
import { cn } from '@/lib/cn'
import { wireText, type HttpExchange, type TokenRef } from '@/timeline/wire'
import { formatOffset } from './format-time'
import { tokenRefsOf } from './log-rows'

const REASONS: Record<HttpExchange['status'], string> = { 200: 'OK', 400: 'Bad Request', 401: 'Unauthorized' }

interface ExchangeRowProps {
  exchange: HttpExchange
  start: number
  /** Signed token texts by jti; a missing one shows as a placeholder until it is signed. */
  texts: ReadonlyMap<string, string>
  onOpen: (jti: string) => void
}

/** One HTTP exchange: time, sender, request line, status and response body on one line; the full request and response on demand. */
export const ExchangeRow = memo(function ExchangeRow({ exchange, start, texts, onOpen }: ExchangeRowProps) {
  const [open, setOpen] = useState(false)
  const tokenText = (jti: string) => texts.get(jti) ?? `<signing ${jti.slice(0, 8)}…>`
  const body = wireText(exchange.responseBody, tokenText)
  const ok = exchange.status === 200
  return (
    <li data-testid="timeline-log-row" data-index={exchange.index} data-actor={exchange.actor} data-status={exchange.status} className="border-b border-gray-100 px-2 py-1 last:border-b-0 dark:border-gray-800">
      {/* Wraps on a narrow screen: the body takes a line of its own rather than shrinking to nothing. */}
      <div className="flex flex-wrap items-baseline gap-x-2 text-xs">
        <time className="shrink-0 font-mono text-gray-600 tabular-nums dark:text-gray-400">{formatOffset(exchange.at - start)}</time>{' '}
        <span className={cn('shrink-0 rounded px-1 font-medium', exchange.actor === 'thief' ? 'bg-orange-100 text-orange-900 dark:bg-orange-950 dark:text-orange-200' : 'bg-gray-100 text-gray-800 dark:bg-gray-800 dark:text-gray-200')}>
          {exchange.actor}
        </span>{' '}
        <code className="font-mono">
          {exchange.method} {exchange.path}{' '}
          <b className={ok ? 'text-green-700 dark:text-green-400' : 'text-red-700 dark:text-red-400'}>{exchange.status}</b>
        </code>{' '}
        <code className="min-w-0 flex-[1_1_12rem] truncate font-mono text-gray-700 dark:text-gray-300" title={body}>
          {body}
        </code>
        {/* No tabIndex here: the log makes its rows one Tab stop (useRovingTabStop in exchange-log.tsx). */}
        <button
          type="button"
          data-testid="timeline-log-more"
          aria-expanded={open}
          aria-label={`${open ? 'Hide' : 'Show'} request and response of ${exchange.method} ${exchange.path} at ${formatOffset(exchange.at - start)}`}
          onClick={() => setOpen(!open)}
          className="ml-auto shrink-0 rounded px-1 text-sky-700 underline hover:bg-gray-100 focus-visible:outline-2 focus-visible:outline-sky-600 pointer-coarse:min-h-6 pointer-coarse:px-2 dark:text-sky-300 dark:hover:bg-gray-800"
        >
          {open ? 'Less' : 'More'}
        </button>
      </div>
      {open && <ExchangeDetails exchange={exchange} tokenText={tokenText} onOpen={onOpen} />}
    </li>
  )
}, sameRow)

/** Rows are rebuilt from the run-length log on every frame: equal index means the same exchange. */
function sameRow(a: ExchangeRowProps, b: ExchangeRowProps): boolean {
  return a.exchange.index === b.exchange.index && a.start === b.start && a.texts === b.texts && a.onOpen === b.onOpen
}

function ExchangeDetails({ exchange, tokenText, onOpen }: { exchange: HttpExchange; tokenText: (jti: string) => string; onOpen: (jti: string) => void }) {
  const auth = exchange.authorization
  const bearer = auth === null ? null : typeof auth === 'string' ? auth : tokenText((auth as TokenRef).$token)
  const request = [
    `${exchange.method} ${exchange.path} HTTP/1.1`,
    ...(bearer === null ? [] : [`Authorization: Bearer ${bearer}`]),
    ...(exchange.requestBody ? ['Content-Type: application/json', '', wireText(exchange.requestBody, tokenText)] : []),
  ].join('\n')
  const response = [
    `HTTP/1.1 ${exchange.status} ${REASONS[exchange.status]}`,
    ...(exchange.wwwAuthenticate ? [`WWW-Authenticate: ${exchange.wwwAuthenticate}`] : []),
    'Content-Type: application/json',
    '',
    wireText(exchange.responseBody, tokenText),
  ].join('\n')
  return (
    <div className="mt-1 space-y-2 pb-1 text-xs">
      <div className="grid gap-2 lg:grid-cols-2">
        <pre className="font-mono break-all whitespace-pre-wrap rounded bg-gray-50 p-2 dark:bg-gray-900">{request}</pre>
        <pre className="font-mono break-all whitespace-pre-wrap rounded bg-gray-50 p-2 dark:bg-gray-900">{response}</pre>
      </div>
      <div className="flex flex-wrap gap-2">
        {tokenRefsOf(exchange).map((jti) => (
          <button key={jti} type="button" onClick={() => onOpen(jti)} className="rounded border border-gray-300 px-2 py-0.5 hover:bg-gray-100 pointer-coarse:min-h-6 focus-visible:outline-2 focus-visible:outline-sky-600 dark:border-gray-700 dark:hover:bg-gray-800">
            Open token {jti.slice(0, 8)}… in the decoder
          </button>
        ))}
      </div>
    </div>
  )
}
