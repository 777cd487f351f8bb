import { describe, expect, it } from 'vitest'
import { createKeyCache } from './key-cache'
import type { PrepareKeyOptions, PrepareKeyResult } from './keys'

function countingLoader() {
  const calls: string[] = []
  const load = async (keyText: string, alg: string, usage: string, options: PrepareKeyOptions): Promise<PrepareKeyResult> => {
    calls.push(`${keyText}|${alg}|${usage}|${options.encoding}|${options.kid ?? ''}`)
    return { ok: false, code: 'no-key', message: keyText }
  }
  return { calls, load }
}

const utf8 = { encoding: 'utf8' } as const

describe('createKeyCache', () => {
  it('loads once per (keyText, encoding, alg, usage, kid) and shares the pending promise', async () => {
    const { calls, load } = countingLoader()
    const cache = createKeyCache(16, load)
    const first = cache.prepare('k', 'HS256', 'verify', utf8)
    expect(cache.prepare('k', 'HS256', 'verify', utf8)).toBe(first)
    await cache.prepare('k', 'HS256', 'sign', utf8)
    await cache.prepare('k', 'HS384', 'verify', utf8)
    await cache.prepare('k', 'HS256', 'verify', { encoding: 'base64url' })
    await cache.prepare('k', 'HS256', 'verify', { ...utf8, kid: 'a' })
    expect(calls).toEqual(['k|HS256|verify|utf8|', 'k|HS256|sign|utf8|', 'k|HS384|verify|utf8|', 'k|HS256|verify|base64url|', 'k|HS256|verify|utf8|a'])
    expect(cache.size).toBe(5)
  })

  it('evicts the least recently used entry beyond its limit', async () => {
    const { calls, load } = countingLoader()
    const cache = createKeyCache(2, load)
    await cache.prepare('a', 'HS256', 'verify', utf8)
    await cache.prepare('b', 'HS256', 'verify', utf8)
    await cache.prepare('a', 'HS256', 'verify', utf8) // a is now the most recent
    await cache.prepare('c', 'HS256', 'verify', utf8) // evicts b
    expect(cache.size).toBe(2)
    await cache.prepare('a', 'HS256', 'verify', utf8)
    await cache.prepare('b', 'HS256', 'verify', utf8)
    expect(calls.map((c) => c[0])).toEqual(['a', 'b', 'c', 'b'])
  })

  it('keys are not confused by separators inside the text', async () => {
    const { calls, load } = countingLoader()
    const cache = createKeyCache(16, load)
    await cache.prepare('a","HS256', 'x', 'verify', utf8)
    await cache.prepare('a', 'HS256","x', 'verify', utf8)
    expect(calls).toHaveLength(2)
  })

  it('clear() empties it', async () => {
    const { calls, load } = countingLoader()
    const cache = createKeyCache(16, load)
    await cache.prepare('a', 'HS256', 'verify', utf8)
    cache.clear()
    expect(cache.size).toBe(0)
    await cache.prepare('a', 'HS256', 'verify', utf8)
    expect(calls).toHaveLength(2)
  })
})
