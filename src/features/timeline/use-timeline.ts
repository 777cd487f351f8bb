import { useCallback, useEffect, useMemo, useReducer, useRef } from 'react'
import { simulate } from '@/timeline/simulate'
import { initialTimeline, timelineReducer, toWhatIfs, type TimelineState } from './timeline-state'
import { restoreTimeline, serializeTimeline, TIMELINE_STORAGE_KEY } from './timeline-storage'
import { usePlayback } from './use-playback'

/** One seed for every run: the same settings always give the same jtis, so a token can be found again. */
export const TIMELINE_SEED = 1

function storage(): Storage | undefined {
  try {
    return window.sessionStorage
  } catch {
    return undefined
  }
}

/** A fresh timeline starts at the current minute (real time: only the UI reads the clock). */
function load(): TimelineState {
  const fallback = initialTimeline(Math.floor(Date.now() / 60_000) * 60)
  try {
    return restoreTimeline(storage()?.getItem(TIMELINE_STORAGE_KEY) ?? null, fallback)
  } catch {
    return fallback
  }
}

function save(state: TimelineState): void {
  try {
    storage()?.setItem(TIMELINE_STORAGE_KEY, serializeTimeline(state))
  } catch {
    // Storage full or blocked: the view still works, it just starts afresh next time.
  }
}

/**
 * The timeline view's state and the schedule derived from it (simulate() runs again only when the
 * settings, policy, what-ifs or horizon change, never when the clock moves). Plays the clock on real
 * time while `playing`, and keeps the state for the session (without SIGNING_KEY).
 */
export function useTimeline() {
  const [state, dispatch] = useReducer(timelineReducer, undefined, load)
  const whatIfs = useMemo(() => toWhatIfs(state.whatIfs), [state.whatIfs])
  const { settings, policy, start, horizon } = state
  const result = useMemo(() => simulate(settings, policy, { start, horizon, seed: TIMELINE_SEED, whatIfs }), [settings, policy, whatIfs, start, horizon])

  const tick = useCallback((seconds: number) => dispatch({ type: 'ticked', seconds }), [])
  usePlayback(state.playing, state.speed, tick)

  // Saved whenever it settles, and on leaving the view (mid-play included).
  const latest = useRef(state)
  latest.current = state
  useEffect(() => {
    if (!state.playing) save(state)
  }, [state])
  useEffect(() => () => save(latest.current), [])

  return { state, dispatch, result }
}
