import { useMemo } from 'react'
import { decodeToken } from '@/jwt/decode'
import { formatLocal } from '@/jwt/time-format'
import type { HistoryEntry } from './history-store'

interface HistoryListProps {
  entries: readonly HistoryEntry[]
  onOpen: (token: string) => void
  onClear: () => void
}

/** The stored tokens, newest first, each a button that opens it; and "Clear all". It does not record anything. */
export function HistoryList({ entries, onOpen, onClear }: HistoryListProps) {
  if (entries.length === 0) {
    return (
      <p data-testid="history-empty" className="text-xs text-gray-600 dark:text-gray-400">
        No tokens yet: the tokens you open or edit from now on appear here.
      </p>
    )
  }
  return (
    <div className="space-y-2">
      <ul data-testid="history-list" aria-label="Recent tokens, newest first" className="max-h-80 space-y-1 overflow-auto">
        {entries.map((entry) => (
          <li key={entry.token}>
            <HistoryItem entry={entry} onOpen={onOpen} />
          </li>
        ))}
      </ul>
      <button
        type="button"
        data-testid="history-clear"
        onClick={onClear}
        className="rounded-md border border-red-300 px-3 py-1 text-xs font-medium text-red-800 hover:bg-red-50 focus-visible:outline-2 focus-visible:outline-sky-600 dark:border-red-800 dark:text-red-300 dark:hover:bg-red-950"
      >
        Clear all ({entries.length})
      </button>
    </div>
  )
}

/** Characters of the token's end shown to tell entries apart. */
const TOKEN_END = 24

function HistoryItem({ entry, onOpen }: { entry: HistoryEntry; onOpen: (token: string) => void }) {
  const label = useMemo(() => describe(entry.token), [entry.token])
  const saved = new Date(entry.savedAt)
  return (
    <button
      type="button"
      data-testid="history-item"
      data-token={entry.token}
      onClick={() => onOpen(entry.token)}
      className="w-full rounded px-2 py-1 text-left hover:bg-gray-100 focus-visible:outline-2 focus-visible:outline-sky-600 dark:hover:bg-gray-800"
    >
      <span className="block font-medium">{label}</span>
      {/* The end, not the start: tokens with the same header start alike, their signatures do not. */}
      <span data-testid="history-item-end" className="block truncate font-mono text-xs text-gray-600 dark:text-gray-400">
        …{entry.token.slice(-TOKEN_END)}
      </span>
      <time dateTime={saved.toISOString()} className="block text-xs text-gray-600 dark:text-gray-400">
        Saved {formatLocal(saved)}
      </time>
    </button>
  )
}

/** "HS256 · sub 1234567890" from the token's own header and payload. */
function describe(token: string): string {
  const decoded = decodeToken(token)
  const header = decoded.header?.ok ? decoded.header.value : {}
  const payload = decoded.payload?.ok ? decoded.payload.value : {}
  const alg = typeof header.alg === 'string' ? header.alg : 'no alg'
  const who = ['sub', 'name', 'email', 'user_id'].find((claim) => typeof payload[claim] === 'string' || typeof payload[claim] === 'number')
  return who ? `${alg} · ${who} ${String(payload[who])}` : alg
}
