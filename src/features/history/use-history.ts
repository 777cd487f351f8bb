import { useCallback, useEffect, useState } from 'react'
import { clearEntries, isEnabled, readEntries, recordableToken, recordToken, setEnabled, type HistoryEntry } from './history-store'

const storage = () => (typeof localStorage === 'undefined' ? undefined : localStorage)

export interface History {
  enabled: boolean
  entries: HistoryEntry[]
  setEnabled: (enabled: boolean) => void
  clear: () => void
}

/**
 * The opt-in token history, recording `tokenText` once it has stayed the same for `settleMs` (not every
 * keystroke). Other tabs' changes show up through the storage event. It never sees the key.
 */
export function useHistory(tokenText: string, settleMs = 800): History {
  const [snapshot, setSnapshot] = useState(() => ({ enabled: isEnabled(storage()), entries: readEntries(storage()) }))
  const refresh = useCallback(() => setSnapshot({ enabled: isEnabled(storage()), entries: readEntries(storage()) }), [])

  useEffect(() => {
    window.addEventListener('storage', refresh)
    return () => window.removeEventListener('storage', refresh)
  }, [refresh])

  useEffect(() => {
    if (!snapshot.enabled) return
    const token = recordableToken(tokenText)
    if (token === null) return
    const timer = setTimeout(() => {
      recordToken(storage(), token, Date.now())
      refresh()
    }, settleMs)
    return () => clearTimeout(timer)
  }, [tokenText, snapshot.enabled, settleMs, refresh])

  return {
    ...snapshot,
    setEnabled: (enabled) => {
      setEnabled(storage(), enabled)
      refresh()
    },
    clear: () => {
      clearEntries(storage())
      refresh()
    },
  }
}
