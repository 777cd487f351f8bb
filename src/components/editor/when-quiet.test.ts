import { afterEach, describe, expect, it, vi } from 'vitest'
import { inputSeen, whenQuiet } from './when-quiet'

describe('whenQuiet', () => {
  afterEach(() => {
    vi.useRealTimers()
  })

  it('waits until the person has left the keyboard and pointer alone for 300 ms', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'performance'] })
    let ran = false
    inputSeen()
    void whenQuiet().then(() => (ran = true))
    await vi.advanceTimersByTimeAsync(250)
    expect(ran).toBe(false)
    // Another key press 250 ms in: 300 ms of quiet are counted from it.
    inputSeen()
    await vi.advanceTimersByTimeAsync(250)
    expect(ran).toBe(false)
    await vi.advanceTimersByTimeAsync(60)
    expect(ran).toBe(true)
  })

  it('goes on in the next task when the person has been quiet for long enough', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'performance'] })
    inputSeen()
    await vi.advanceTimersByTimeAsync(1000)
    let ran = false
    void whenQuiet().then(() => (ran = true))
    await Promise.resolve()
    expect(ran).toBe(false)
    await vi.advanceTimersByTimeAsync(1)
    expect(ran).toBe(true)
  })
})
