import { describe, expect, it } from 'vitest'
import { takeTurn } from './editor-turns'

/** Lets every pending timer and promise run. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 20))

describe('takeTurn', () => {
  it('gives each editor its turn only once the one before it is done, in the order they asked', async () => {
    const started: string[] = []
    const header = takeTurn()
    const payload = takeTurn()
    void header.ready.then(() => started.push('header'))
    void payload.ready.then(() => started.push('payload'))
    await settle()
    expect(started).toEqual(['header'])
    header.done()
    await settle()
    expect(started).toEqual(['header', 'payload'])
    payload.done()
  })

  it('never starts the next one in the same task as the one before it', async () => {
    const first = takeTurn()
    await first.ready
    const second = takeTurn()
    let secondStarted = false
    void second.ready.then(() => (secondStarted = true))
    first.done()
    await Promise.resolve()
    await Promise.resolve()
    expect(secondStarted).toBe(false)
    await second.ready
    second.done()
  })

  it('moves on when an editor goes away before its turn, and done twice is harmless', async () => {
    const gone = takeTurn()
    const next = takeTurn()
    let nextStarted = false
    void next.ready.then(() => (nextStarted = true))
    gone.done()
    gone.done()
    await settle()
    expect(nextStarted).toBe(true)
    next.done()
  })
})
