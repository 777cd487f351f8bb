/**
 * Which history entries this page has already shown. Back and Forward return to one of those, and must not
 * reopen the token its address names over the token being edited; a fragment someone types or pastes, or an
 * OAuth redirect, makes a new entry, whose state the browser leaves null, and its token opens.
 */
const SEEN = 'jwtPlaygroundSeen'

/** The state to give an entry this page makes or shows, keeping whatever else the entry holds. */
export function seenState(state: unknown = history.state): Record<string, unknown> {
  return { ...(typeof state === 'object' && state !== null ? state : {}), [SEEN]: true }
}

/** Whether the current entry was shown before: the browser came back to it with Back or Forward. */
export function isSeenEntry(): boolean {
  const state: unknown = history.state
  return typeof state === 'object' && state !== null && SEEN in state
}

/** Marks the current entry as shown, so returning to it later is recognised as Back or Forward. */
export function markEntrySeen(): void {
  if (!isSeenEntry()) history.replaceState(seenState(), '', window.location.href)
}
