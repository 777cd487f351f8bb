import { useCallback, type Dispatch } from 'react'
import type { PlaygroundAction } from '@/app/playground-state'
import type { Schedule } from '@/timeline/schedule'
import { signScheduleToken } from '@/timeline/tokens'
import { formatOffset, formatServerTime } from './format-time'

/**
 * Opens a schedule token in the decoder with SIGNING_KEY as its UTF-8 secret, so the decoder's badge can
 * verify it. Signs it first (async); reports a signing failure through `onError` and does not switch view.
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
    },
    [schedule, dispatch, onError],
  )
}
