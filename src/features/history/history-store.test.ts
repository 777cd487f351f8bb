import { describe, expect, it } from 'vitest'
import {
  addEntry,
  clearEntries,
  ENABLED_KEY,
  ENTRIES_KEY,
  isEnabled,
  MAX_ENTRIES,
  readEntries,
  recordableToken,
  recordToken,
  setEnabled,
} from './history-store'

function memoryStorage() {
  const data = new Map<string, string>()
  return {
    data,
    getItem: (key: string) => data.get(key) ?? null,
    setItem: (key: string, value: string) => void data.set(key, value),
    removeItem: (key: string) => void data.delete(key),
  }
}

// jwt.io's default example token (header {"alg":"HS256","typ":"JWT"}), as printed on jwt.io.
const JWT_IO = 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c'

describe('history store', () => {
  it('is off by default and records nothing while off', () => {
    const storage = memoryStorage()
    expect(isEnabled(storage)).toBe(false)
    recordToken(storage, JWT_IO, 1)
    expect(storage.data.size).toBe(0)
    expect(readEntries(storage)).toEqual([])
  })

  it('records tokens newest first, moving a repeated token up', () => {
    const storage = memoryStorage()
    setEnabled(storage, true)
    recordToken(storage, 'a.b.c', 1)
    recordToken(storage, 'd.e.f', 2)
    recordToken(storage, 'a.b.c', 3)
    expect(readEntries(storage)).toEqual([
      { token: 'a.b.c', savedAt: 3 },
      { token: 'd.e.f', savedAt: 2 },
    ])
  })

  it(`keeps at most ${MAX_ENTRIES} entries`, () => {
    let entries = addEntry([], 't0', 0)
    for (let i = 1; i < 15; i++) entries = addEntry(entries, `t${i}`, i)
    expect(entries).toHaveLength(MAX_ENTRIES)
    expect(entries[0]?.token).toBe('t14')
    expect(entries.at(-1)?.token).toBe('t5')
  })

  it('clear deletes the tokens and keeps history on; turning off deletes everything', () => {
    const storage = memoryStorage()
    setEnabled(storage, true)
    recordToken(storage, 'a.b.c', 1)
    clearEntries(storage)
    expect(readEntries(storage)).toEqual([])
    expect(isEnabled(storage)).toBe(true)
    recordToken(storage, 'a.b.c', 2)
    setEnabled(storage, false)
    expect([...storage.data.keys()]).toEqual([])
  })

  it('stores only token and time, under its two keys', () => {
    const storage = memoryStorage()
    setEnabled(storage, true)
    recordToken(storage, JWT_IO, 42)
    expect([...storage.data.keys()].sort()).toEqual([ENTRIES_KEY, ENABLED_KEY].sort())
    expect(JSON.parse(storage.data.get(ENTRIES_KEY) ?? '')).toEqual([{ token: JWT_IO, savedAt: 42 }])
  })

  it.each([
    ['not json', []],
    ['{"token":"x"}', []],
    ['[{"token":1,"savedAt":2}, null, {"token":"ok","savedAt":5,"key":"s3cret"}]', [{ token: 'ok', savedAt: 5 }]],
  ])('drops malformed stored data (and unknown fields): %s', (stored, expected) => {
    const storage = memoryStorage()
    setEnabled(storage, true)
    storage.setItem(ENTRIES_KEY, stored)
    expect(readEntries(storage)).toEqual(expected)
  })

  it('survives storage that throws', () => {
    const fail = () => {
      throw new Error('blocked')
    }
    const storage = { getItem: fail, setItem: fail, removeItem: fail }
    expect(isEnabled(storage)).toBe(false)
    expect(() => setEnabled(storage, true)).not.toThrow()
    expect(readEntries(storage)).toEqual([])
  })
})

describe('recordableToken', () => {
  it.each([
    [JWT_IO, JWT_IO],
    [`Bearer ${JWT_IO}\n`, JWT_IO],
    ['', null],
    ['not a token', null],
    [`${JWT_IO.slice(0, 20)}`, null],
  ])('%j → %j', (text, expected) => {
    expect(recordableToken(text)).toBe(expected)
  })
})
