import { useEffect, useRef } from 'react'
import type { View } from './playground-state'

/**
 * When a control inside the old view opens another (the timeline's or Learn's "open in the decoder"), the
 * control goes with its view and focus falls to the page's body. It goes to the new view's start instead:
 * the decoder's token field, or the main region in the other views and on a touch screen, where focusing a
 * field would raise the on-screen keyboard over the decoded token. Focus that is still somewhere (the view
 * buttons in the header) stays where it is, and the page's first view takes none.
 */
export function useViewFocus(view: View): void {
  const shown = useRef(view)
  useEffect(() => {
    if (shown.current === view) return
    shown.current = view
    if (document.activeElement !== null && document.activeElement !== document.body) return
    const field = view === 'decoder' && !matchMedia('(pointer: coarse)').matches ? document.getElementById('token-input') : null
    ;(field ?? document.getElementById('main'))?.focus()
  }, [view])
}
