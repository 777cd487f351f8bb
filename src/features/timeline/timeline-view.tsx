import { useCallback, useMemo, useState, type Dispatch } from 'react'
import type { PlaygroundAction, PlaygroundState } from '@/app/playground-state'
import { stateAt } from '@/timeline/queries'
import type { TimelineEvent } from '@/timeline/schedule'
import { ChartLegend } from './chart-legend'
import { ClockControls } from './clock-controls'
import { tokenOfEvent } from './event-style'
import { ExchangeLog } from './exchange-log'
import { formatOffset } from './format-time'
import { LiveTokens } from './live-tokens'
import { PolicyPanel } from './policy-panel'
import { PythonSnippet } from './python-snippet'
import { RunSummary } from './run-summary'
import { nextEvent, previousEvent, scheduleViews } from './schedule-views'
import { SettingsPanel } from './settings-panel'
import { TimelineChart } from './timeline-chart'
import { ZOOMS } from './timeline-state'
import { useOpenToken } from './use-open-token'
import { useTimeline } from './use-timeline'
import { WhatIfsPanel } from './what-ifs-panel'

interface TimelineViewProps {
  state: PlaygroundState
  dispatch: Dispatch<PlaygroundAction>
}

/**
 * The simplejwt access/refresh timeline: settings and client policy in, a simulated session out, shown as
 * lanes over time, a clock, the tokens alive at "now", what-ifs and the HTTP log. Its state stays in this
 * view (use-timeline.ts); it touches the playground only to open a token in the decoder.
 */
export default function TimelineView({ dispatch: playground }: TimelineViewProps) {
  const { state, dispatch, result } = useTimeline()
  const views = useMemo(() => (result.ok ? scheduleViews(result.schedule) : null), [result])
  const [openError, setOpenError] = useState<string | null>(null)
  // The "now" at which Enter on the chart found no token to open; the message goes once now moves.
  const [nothingHeldAt, setNothingHeldAt] = useState<number | null>(null)
  const openToken = useOpenToken(views?.schedule ?? null, playground, setOpenError)
  const open = useCallback((jti: string) => void openToken(jti), [openToken])
  const next = views && nextEvent(views, state.now)
  const previous = views && previousEvent(views, state.now)

  const openEvent = useCallback(
    (event: TimelineEvent) => {
      const jti = views && tokenOfEvent(event, (id) => views.schedule.tokensByJti.get(id)?.kind)
      if (jti) open(jti)
    },
    [views, open],
  )
  const openNow = () => {
    if (!views) return
    const held = stateAt(views.schedule, views.schedule.start + state.now)
    const jti = held.access?.jti ?? held.refresh?.jti
    if (jti) open(jti)
    else setNothingHeldAt(state.now)
  }
  const chartStatus =
    nothingHeldAt === state.now ? `Nothing to open at ${formatOffset(state.now)}: the client holds no token then. Click a bar to open any token.` : null
  const step = (direction: -1 | 1) => {
    const event = direction > 0 ? next : previous
    if (event && views) dispatch({ type: 'moved', to: event.at - views.schedule.start })
  }
  const zoom = (direction: -1 | 1) => {
    const i = ZOOMS.findIndex((z) => z.span === state.zoom)
    const target = ZOOMS[Math.min(ZOOMS.length - 1, Math.max(0, (i < 0 ? 0 : i) + direction))]
    if (target) dispatch({ type: 'zoomChanged', span: target.span })
  }

  return (
    <section data-testid="timeline" aria-labelledby="timeline-title" className="space-y-4">
      <header className="flex flex-wrap items-start justify-between gap-3">
        <div className="max-w-4xl space-y-1">
          <h2 id="timeline-title" className="text-lg font-semibold">
            Timeline: the life of simplejwt's access and refresh tokens
          </h2>
          <p className="text-sm text-gray-700 dark:text-gray-300">
            A simulated client logs in to a Django REST Framework API protected by djangorestframework-simplejwt 5.2, then calls{' '}
            <code>GET /api/me/</code> on a schedule. Every response in the log is simplejwt's own, word for word. Play the clock, drag the
            scrub bar, change a setting or switch on a what-if, and watch tokens get minted, refreshed, rotated, blacklisted and refused.
          </p>
        </div>
        <button
          type="button"
          data-testid="timeline-reset"
          onClick={() => dispatch({ type: 'defaultsRestored' })}
          className="rounded-md border border-gray-300 px-3 py-1 text-sm hover:bg-gray-100 focus-visible:outline-2 focus-visible:outline-sky-600 dark:border-gray-700 dark:hover:bg-gray-800"
        >
          Back to simplejwt's defaults
        </button>
      </header>
      {openError && (
        <p role="alert" className="rounded-md border border-red-300 bg-red-50 p-2 text-sm text-red-900 dark:border-red-800 dark:bg-red-950 dark:text-red-200">
          {openError}
        </p>
      )}
      <div className="grid gap-4 xl:grid-cols-[minmax(0,1fr)_26rem]">
        <div className="min-w-0 space-y-4">
          <ClockControls state={state} dispatch={dispatch} views={views} next={next} previous={previous} />
          {!result.ok && (
            <p role="alert" data-testid="timeline-error" className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-200">
              Nothing to simulate: {result.message}
            </p>
          )}
          {views && (
            <>
              {views.schedule.truncated && (
                <p role="status" className="rounded-md border border-amber-300 bg-amber-50 p-2 text-sm text-amber-900 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-200">
                  The simulation stopped at {formatOffset(views.schedule.end - views.schedule.start)}: these settings make too many events to keep. Try longer lifetimes or a shorter horizon.
                </p>
              )}
              <TimelineChart
                views={views}
                now={state.now}
                zoom={state.zoom}
                horizon={state.horizon}
                onMove={(to) => dispatch({ type: 'moved', to })}
                onStep={step}
                onZoom={zoom}
                onOpenToken={open}
                onOpenEvent={openEvent}
                onOpenNow={openNow}
                status={chartStatus}
              />
              <ChartLegend leeway={state.settings.LEEWAY} />
              <div className="grid gap-4 lg:grid-cols-2">
                <LiveTokens views={views} now={state.now} onOpen={open} />
                <RunSummary views={views} now={state.now} />
              </div>
              <WhatIfsPanel choices={state.whatIfs} settings={state.settings} schedule={views.schedule} dispatch={dispatch} />
              <ExchangeLog schedule={views.schedule} now={state.now} onOpen={open} />
            </>
          )}
        </div>
        <aside className="min-w-0 space-y-4" aria-label="Settings">
          <SettingsPanel settings={state.settings} dispatch={dispatch} />
          <PythonSnippet settings={state.settings} policy={state.policy} />
          <PolicyPanel policy={state.policy} accessTokenLifetime={state.settings.ACCESS_TOKEN_LIFETIME} dispatch={dispatch} />
        </aside>
      </div>
    </section>
  )
}
