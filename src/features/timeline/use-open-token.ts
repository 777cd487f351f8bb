import { useCallback, type Dispatch } from 'react'
import type { PlaygroundAction } from '@/app/playground-state'
import type { Schedule } from '@/timeline/schedule'
import { signScheduleToken } from '@/timeline/tokens'
import { focusWhenShown } from './focus-when-shown'
import { formatOffset, formatServerTime } from './format-time'

/**
 * Opens a schedule token in the decoder with SIGNING_KEY as its UTF-8 secret, so the decoder's badge can
 * verify it. Signs it first (async); reports a signing failure through `onError` and does not switch view.
 * Focus goes to the decoder (see openedFocus): the button or chart that had it is gone with the timeline.
 */
export function useOpenToken(schedule: Schedule | null, dispatch: Dispatch<PlaygroundAction>, onError: (message: string) => void) {
  return useCallback(
    async (jti: string) => {
      const token = schedule?.tokensByJti.get(jti)
      if (!schedule || !token) return
      const signed = await signScheduleToken(token, schedule.settings)
      if (!signed.ok) return onError(`Could not sign the token: ${signed.code}`)
      const minted = formatOffset(token.mintedAt - schedule.start)
      const holder = token.holder === 'thief' ? "the thief's" : "the client's"
      dispatch({
        type: 'tokenOpened',
        token: signed.jwt,
        keyText: schedule.settings.SIGNING_KEY,
        secretEncoding: 'utf8',
        notice:
          `Opened from the timeline: ${holder} ${token.kind} token minted at ${minted} (${formatServerTime(token.mintedAt)}), ` +
          "with the simulation's SIGNING_KEY as the secret. Its times are simulated: the decoder judges exp by your real clock.",
      })
      focusWhenShown(openedFocus())
    },
    [schedule, dispatch, onError],
  )
}

/**
 * Where focus goes once a token is open: the decoder's token field (found by its data-testid, a stable
 * contract; the app has no focus hook for opened tokens). On a touch screen, focusing a field would raise
 * the on-screen keyboard over the decoded token, so focus goes to the start of the view (#main, as the
 * skip link does) instead.
 */
function openedFocus(): string {
  return matchMedia('(pointer: coarse)').matches ? '#main' : '[data-testid="token-input"]'
}
