/**
 * A small least-recently-used cache of prepared keys, so verifying on every keystroke does not
 * re-parse and re-import the same key. It caches results (failures too), never key text elsewhere,
 * and it does not decide anything about a key: prepareKey does.
 */
import { prepareKey, type KeyUsage, type PrepareKeyOptions, type PrepareKeyResult } from './keys'

export interface KeyCache {
  /** Same answer as prepareKey, imported once per (keyText, encoding, alg, usage, kid). */
  prepare(keyText: string, alg: string, usage: KeyUsage, options: PrepareKeyOptions): Promise<PrepareKeyResult>
  /** Entries held now (at most the limit). */
  readonly size: number
  clear(): void
}

/** Creates an LRU key cache of `limit` entries; `load` is prepareKey unless a test swaps it. */
export function createKeyCache(limit = 16, load: typeof prepareKey = prepareKey): KeyCache {
  // A Map iterates in insertion order, so re-inserting on each hit keeps the oldest first.
  const entries = new Map<string, Promise<PrepareKeyResult>>()
  return {
    prepare(keyText, alg, usage, options) {
      const id = JSON.stringify([keyText, options.encoding, alg, usage, options.kid ?? null])
      let result = entries.get(id)
      if (result) entries.delete(id)
      else result = load(keyText, alg, usage, options)
      entries.set(id, result)
      for (const oldest of entries.keys()) {
        if (entries.size <= limit) break
        entries.delete(oldest)
      }
      return result
    },
    get size() {
      return entries.size
    },
    clear() {
      entries.clear()
    },
  }
}

/**
 * The cache that sign and verify use unless given another: module state on purpose, as one page
 * has one key editor. Holds at most 16 keys (private keys included) for the life of the page.
 */
export const sharedKeyCache: KeyCache = createKeyCache()
