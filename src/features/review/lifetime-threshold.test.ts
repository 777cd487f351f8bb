import { describe, expect, it } from 'vitest'
import { DEFAULT_THRESHOLD, readThreshold, thresholdSeconds, writeThreshold } from './lifetime-threshold'

function memoryStorage(initial: Record<string, string> = {}) {
  const data = new Map(Object.entries(initial))
  return { getItem: (key: string) => data.get(key) ?? null, setItem: (key: string, value: string) => void data.set(key, value) }
}

describe('lifetime threshold', () => {
  it('defaults to one day (86400 s, the lint default) when nothing is stored', () => {
    expect(thresholdSeconds(readThreshold(memoryStorage()))).toBe(86_400)
    expect(readThreshold(undefined)).toEqual(DEFAULT_THRESHOLD)
  })

  it.each([
    [{ value: 15, unit: 'minutes' as const }, 900],
    [{ value: 2, unit: 'hours' as const }, 7200],
    [{ value: 7, unit: 'days' as const }, 604_800],
  ])('stores and reads %o as %i seconds', (threshold, seconds) => {
    const storage = memoryStorage()
    writeThreshold(storage, threshold)
    expect(readThreshold(storage)).toEqual(threshold)
    expect(thresholdSeconds(threshold)).toBe(seconds)
  })

  it.each(['not json', '{"value":-1,"unit":"days"}', '{"value":3,"unit":"weeks"}', '{"value":"3","unit":"days"}'])(
    'ignores a bad stored value: %s',
    (stored) => {
      expect(readThreshold(memoryStorage({ 'jwt-playground:max-lifetime': stored }))).toEqual(DEFAULT_THRESHOLD)
    },
  )

  it('survives storage that throws', () => {
    const throwing = {
      getItem: () => {
        throw new Error('blocked')
      },
      setItem: () => {
        throw new Error('full')
      },
    }
    expect(readThreshold(throwing)).toEqual(DEFAULT_THRESHOLD)
    expect(() => writeThreshold(throwing, DEFAULT_THRESHOLD)).not.toThrow()
  })
})
