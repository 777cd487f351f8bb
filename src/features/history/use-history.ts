import { useCallback, useEffect, useRef, useState } from 'react'
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
 * keystroke); turning history on records the token on screen. The token the page opened with is not recorded
 * until another one is opened. Other tabs' changes show up through the storage event. It never sees the key.
 */
export function useHistory(tokenText: string, settleMs = 800): History {
  const [snapshot, setSnapshot] = useState(() => ({ enabled: isEnabled(storage()), entries: readEntries(storage()) }))
  // A token not to record until the user moves to another one: the one on screen when the list was cleared,
  // and the one the page opened with (the sample, or the same token again after a reload).
  const [opened] = useState(() => recordableToken(tokenText))
  const skip = useRef<string | null>(opened)
  const refresh = useCallback(() => setSnapshot({ enabled: isEnabled(storage()), entries: readEntries(storage()) }), [])

  useEffect(() => {
    window.addEventListener('storage', refresh)
    return () => window.removeEventListener('storage', refresh)
  }, [refresh])

  useEffect(() => {
    if (!snapshot.enabled) return
    const token = recordableToken(tokenText)
    if (token === null || token === skip.current) return
    skip.current = null
    const timer = setTimeout(() => {
      if (skip.current === token) return // cleared while waiting
      recordToken(storage(), token, Date.now())
      refresh()
    }, settleMs)
    return () => clearTimeout(timer)
  }, [tokenText, snapshot.enabled, settleMs, refresh])

  return {
    ...snapshot,
    setEnabled: (enabled) => {
      skip.current = null
      setEnabled(storage(), enabled)
      refresh()
    },
    clear: () => {
      skip.current = recordableToken(tokenText)
      clearEntries(storage())
      refresh()
    },
  }
}
