import { useEffect } from 'react'

/** Longest real gap counted as one frame, so a tab coming back from the background does not leap ahead. */
const MAX_FRAME_MS = 250

/**
 * While `playing`, calls `onTick(simulated seconds)` every animation frame: real milliseconds since the
 * last frame × speed. Real time only drives the UI; the simulation never sees it.
 */
export function usePlayback(playing: boolean, speed: number, onTick: (seconds: number) => void): void {
  useEffect(() => {
    if (!playing) return
    let last: number | null = null
    let id = 0
    const frame = (time: number) => {
      if (last !== null) onTick((Math.min(Math.max(0, time - last), MAX_FRAME_MS) / 1000) * speed)
      last = time
      id = requestAnimationFrame(frame)
    }
    id = requestAnimationFrame(frame)
    return () => cancelAnimationFrame(id)
  }, [playing, speed, onTick])
}
