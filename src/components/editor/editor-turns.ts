import { useCallback, useEffect, useRef, useState } from 'react'
import { whenQuiet } from './when-quiet'

let last: Promise<void> = Promise.resolve()

/** A place in the queue: `ready` settles when it is this one's turn; `done` (safe to call twice) lets the next go. */
export function takeTurn(): { ready: Promise<void>; done: () => void } {
  let done = () => {}
  const finished = new Promise<void>((resolve) => (done = resolve))
  const ready = last.then(whenQuiet)
  last = ready.then(() => finished)
  return { ready, done }
}

/**
 * Creating a Monaco editor is a long task: the header's and the payload's, created together, blocked the page
 * for about 120 ms. Queued, each is created in a task of its own, and a keystroke or a paste never waits
 * behind both. `mayCreate` turns true at this editor's turn; call `created` once it exists (an editor that
 * goes away first gives up its turn by itself).
 */
export function useCreationTurn(): { mayCreate: boolean; created: () => void } {
  const [mayCreate, setMayCreate] = useState(false)
  const done = useRef(() => {})
  useEffect(() => {
    const turn = takeTurn()
    let mounted = true
    done.current = turn.done
    void turn.ready.then(() => mounted && setMayCreate(true))
    return () => {
      mounted = false
      turn.done()
    }
  }, [])
  const created = useCallback(() => done.current(), [])
  return { mayCreate, created }
}
