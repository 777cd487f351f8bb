import { useSyncExternalStore } from 'react'

/**
 * Monaco is 850 KB of gzipped script: it loads at the first sign of a person (a pointer moving, a touch, a
 * key, focus, a wheel), not with the page. Someone who only reads the decoded token, or an audit such as
 * Lighthouse, never pays for it; a person has moved the pointer long before they reach a pane to edit.
 */
const INTENT_EVENTS = ['pointermove', 'pointerdown', 'touchstart', 'keydown', 'focusin', 'wheel'] as const

let wanted = false
const listeners = new Set<() => void>()

function markWanted() {
  if (wanted) return
  wanted = true
  for (const type of INTENT_EVENTS) window.removeEventListener(type, markWanted, true)
  for (const listener of listeners) listener()
}

if (typeof window !== 'undefined') {
  for (const type of INTENT_EVENTS) window.addEventListener(type, markWanted, { capture: true, passive: true })
}

function subscribe(listener: () => void) {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

/** True once someone has interacted with the page: time to bring the editors in. */
export function useEditorWanted(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => wanted,
    () => false,
  )
}
