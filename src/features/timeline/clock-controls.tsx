import { useRef, type Dispatch } from 'react'
import type { TimelineEvent } from '@/timeline/schedule'
import { EVENT_STYLES } from './event-style'
import { formatOffset, formatServerTime } from './format-time'
import { OverviewStrip } from './overview-strip'
import type { ScheduleViews } from './schedule-views'
import { HORIZONS, SPEEDS, ZOOMS, type Speed, type TimelineAction, type TimelineState } from './timeline-state'
import { useElementWidth } from './use-element-width'

const SPEED_LABELS: Record<Speed, string> = {
  1: '1× (real time)',
  10: '10×',
  60: '60× (a minute a second)',
  600: '600× (10 minutes a second)',
  3600: '3600× (an hour a second)',
}

const BUTTON =
  'rounded-md border border-gray-300 px-3 py-1 text-sm hover:bg-gray-100 focus-visible:outline-2 focus-visible:outline-sky-600 disabled:opacity-50 dark:border-gray-700 dark:hover:bg-gray-800'
const SELECT = 'min-h-6 rounded-md border border-gray-300 bg-white px-2 py-1 text-sm dark:border-gray-700 dark:bg-gray-900'

interface ClockControlsProps {
  state: TimelineState
  dispatch: Dispatch<TimelineAction>
  views: ScheduleViews | null
  next: TimelineEvent | null
  previous: TimelineEvent | null
}

/** Play/pause, speed, previous/next event, the scrub bar over the whole horizon, zoom and horizon. Real time drives only the UI. */
export function ClockControls({ state, dispatch, views, next, previous }: ClockControlsProps) {
  const box = useRef<HTMLDivElement>(null)
  const width = useElementWidth(box)
  const start = views?.schedule.start ?? state.start
  const jump = (event: TimelineEvent | null) => event && dispatch({ type: 'moved', to: event.at - start })
  const whenLabel = (event: TimelineEvent | null) => (event ? `${EVENT_STYLES[event.kind].label} at ${formatOffset(event.at - start)}` : 'none')
  return (
    <div className="space-y-2 rounded-md border border-gray-200 bg-white p-3 dark:border-gray-800 dark:bg-gray-950">
      <div className="flex flex-wrap items-center gap-2">
        <button type="button" data-testid="timeline-play" aria-pressed={state.playing} onClick={() => dispatch({ type: 'playToggled' })} className={`${BUTTON} min-w-20 font-medium`}>
          <span aria-hidden="true">{state.playing ? '❚❚ ' : '▶ '}</span>
          {state.playing ? 'Pause' : 'Play'}
        </button>
        <label className="flex items-center gap-1 text-sm">
          Speed
          <select data-testid="timeline-speed" value={state.speed} onChange={(e) => dispatch({ type: 'speedChanged', speed: Number(e.target.value) as Speed })} className={SELECT}>
            {SPEEDS.map((speed) => (
              <option key={speed} value={String(speed)}>
                {SPEED_LABELS[speed]}
              </option>
            ))}
          </select>
        </label>
        <button type="button" data-testid="timeline-prev-event" disabled={!previous} title={`Previous: ${whenLabel(previous)}`} onClick={() => jump(previous)} className={BUTTON}>
          <span aria-hidden="true">‹ </span>Previous event
        </button>
        <button type="button" data-testid="timeline-next-event" disabled={!next} title={`Next: ${whenLabel(next)}`} onClick={() => jump(next)} className={BUTTON}>
          Next event<span aria-hidden="true"> ›</span>
        </button>
        <p className="ml-auto text-right">
          <span className="sr-only">Now: </span>
          <span data-testid="timeline-now" className="font-mono text-lg font-semibold tabular-nums">
            {formatOffset(state.now)}
          </span>
          <span className="block text-xs text-gray-600 dark:text-gray-400">server time {formatServerTime(start + state.now)}</span>
        </p>
      </div>
      <div ref={box}>
        {views && <OverviewStrip views={views} now={state.now} zoom={state.zoom} horizon={state.horizon} width={width} />}
        <label className="block">
          <span className="sr-only">Simulated time since login, in seconds</span>
          <input
            type="range"
            data-testid="timeline-scrub"
            min={0}
            max={state.horizon}
            step={1}
            value={Math.floor(state.now)}
            aria-valuetext={`${formatOffset(state.now)} after login`}
            onChange={(e) => dispatch({ type: 'moved', to: Number(e.target.value) })}
            className="block w-full accent-rose-600"
          />
        </label>
      </div>
      <div className="flex flex-wrap items-center gap-3 text-sm text-gray-700 dark:text-gray-300">
        <span className="text-xs">Next: {whenLabel(next)}</span>
        <label className="ml-auto flex items-center gap-1">
          Visible window
          <select data-testid="timeline-zoom" value={state.zoom ?? ''} onChange={(e) => dispatch({ type: 'zoomChanged', span: e.target.value === '' ? null : Number(e.target.value) })} className={SELECT}>
            {ZOOMS.map((zoom) => (
              <option key={zoom.label} value={zoom.span ?? ''}>
                {zoom.label}
              </option>
            ))}
          </select>
        </label>
        <label className="flex items-center gap-1">
          Horizon
          <select data-testid="timeline-horizon" value={state.horizon} onChange={(e) => dispatch({ type: 'horizonChanged', seconds: Number(e.target.value) })} className={SELECT}>
            {HORIZONS.map((horizon) => (
              <option key={horizon.seconds} value={horizon.seconds}>
                {horizon.label}
              </option>
            ))}
          </select>
        </label>
      </div>
    </div>
  )
}
