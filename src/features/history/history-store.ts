import { decodeToken } from '@/jwt/decode'
import { normalizeInput } from '@/jwt/normalize'

/**
 * The opt-in list of recent tokens, kept in localStorage. Off by default; turning it off deletes the list.
 * It stores tokens and the time they were seen, never a key or secret (no function here takes one).
 */

export interface HistoryEntry {
  token: string
  /** Milliseconds since the epoch. */
  savedAt: number
}

export const MAX_ENTRIES = 10
export const ENABLED_KEY = 'jwt-playground:history-enabled'
export const ENTRIES_KEY = 'jwt-playground:history'

type Storage = Pick<globalThis.Storage, 'getItem' | 'setItem' | 'removeItem'>

/** The token worth keeping from raw editor text: a well-formed JWS, normalized; null for anything else. */
export function recordableToken(text: string): string | null {
  const token = normalizeInput(text).token
  const decoded = decodeToken(token)
  return decoded.errors.length === 0 && decoded.header?.ok ? token : null
}

/** The list with `token` first (moved up if already there), at most MAX_ENTRIES long. */
export function addEntry(entries: readonly HistoryEntry[], token: string, savedAt: number): HistoryEntry[] {
  return [{ token, savedAt }, ...entries.filter((entry) => entry.token !== token)].slice(0, MAX_ENTRIES)
}

export function isEnabled(storage: Storage | undefined): boolean {
  return safe(() => storage?.getItem(ENABLED_KEY) === 'on', false)
}

/** Turns recording on or off; off also deletes every stored token. */
export function setEnabled(storage: Storage | undefined, enabled: boolean): void {
  safe(() => {
    if (enabled) storage?.setItem(ENABLED_KEY, 'on')
    else {
      storage?.removeItem(ENABLED_KEY)
      storage?.removeItem(ENTRIES_KEY)
    }
  }, undefined)
}

/** The stored entries; anything malformed is dropped, and nothing is returned while history is off. */
export function readEntries(storage: Storage | undefined): HistoryEntry[] {
  if (!isEnabled(storage)) return []
  return safe(() => {
    const parsed = JSON.parse(storage?.getItem(ENTRIES_KEY) ?? '[]') as unknown
    if (!Array.isArray(parsed)) return []
    return parsed
      .filter((item): item is HistoryEntry => {
        const entry = item as Partial<HistoryEntry> | null
        return typeof entry?.token === 'string' && typeof entry.savedAt === 'number'
      })
      .map(({ token, savedAt }) => ({ token, savedAt }))
      .slice(0, MAX_ENTRIES)
  }, [])
}

/** Records one token, only while history is on. */
export function recordToken(storage: Storage | undefined, token: string, savedAt: number): void {
  if (!isEnabled(storage)) return
  const entries = addEntry(readEntries(storage), token, savedAt)
  safe(() => storage?.setItem(ENTRIES_KEY, JSON.stringify(entries)), undefined)
}

/** Deletes every stored token; history stays on. */
export function clearEntries(storage: Storage | undefined): void {
  safe(() => storage?.removeItem(ENTRIES_KEY), undefined)
}

// Storage can throw (blocked cookies, private mode, quota): history then simply does nothing.
function safe<T>(run: () => T, fallback: T): T {
  try {
    return run()
  } catch {
    return fallback
  }
}
