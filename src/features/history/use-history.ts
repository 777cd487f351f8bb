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
  // Kept as text and decoded only once history is on: recording is opt-in, and the first render already
  // decodes the token once for the panes.
  const [openedText] = useState(tokenText)
  // undefined until the opened token is decoded; null once there is nothing to skip.
  const skip = useRef<string | null | undefined>(undefined)
  const refresh = useCallback(() => setSnapshot({ enabled: isEnabled(storage()), entries: readEntries(storage()) }), [])

  useEffect(() => {
    window.addEventListener('storage', refresh)
    return () => window.removeEventListener('storage', refresh)
  }, [refresh])

  useEffect(() => {
    if (!snapshot.enabled) return
    const token = recordableToken(tokenText)
    if (skip.current === undefined) skip.current = recordableToken(openedText)
    if (token === null || token === skip.current) return
    skip.current = null
    const timer = setTimeout(() => {
      if (skip.current === token) return // cleared while waiting
      recordToken(storage(), token, Date.now())
      refresh()
    }, settleMs)
    return () => clearTimeout(timer)
  }, [tokenText, openedText, snapshot.enabled, settleMs, refresh])

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
