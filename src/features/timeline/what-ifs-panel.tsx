import { memo, useMemo, type Dispatch } from 'react'
import type { SimpleJwtSettings } from '@/timeline/policy'
import type { Schedule } from '@/timeline/schedule'
import { SKEW_SECONDS, type TimelineAction, type WhatIfChoices } from './timeline-state'
import { CARD_BUTTON, WhatIfCard } from './what-if-card'
import { clockCardOutcome, logoutCardOutcome, logoutOutcome, replayOutcome, skewOutcome, stealCardOutcome } from './what-if-outcomes'

interface WhatIfsPanelProps {
  choices: WhatIfChoices
  settings: SimpleJwtSettings
  schedule: Schedule
  dispatch: Dispatch<TimelineAction>
}

const code = (text: string) => <code className="font-mono">{text}</code>

/** 20 px: a checkbox a finger can hit on a phone (the browser's own is 13 px). */
const CHECKBOX = 'mt-0.5 size-5 shrink-0'

/** Three what-ifs with their explanations and live outcomes: a stolen refresh token, use after logout, a skewed client clock. */
export const WhatIfsPanel = memo(function WhatIfsPanel({ choices, settings, schedule, dispatch }: WhatIfsPanelProps) {
  const replay = useMemo(() => replayOutcome(schedule), [schedule])
  const logout = useMemo(() => logoutOutcome(schedule), [schedule])
  const skew = useMemo(() => skewOutcome(schedule), [schedule])
  const show = (at: number) => {
    dispatch({ type: 'moved', to: at + 1 })
    dispatch({ type: 'zoomChanged', span: 900 })
  }
  const set = (patch: Partial<SimpleJwtSettings>) => dispatch({ type: 'settingsChanged', patch })
  // The label says what a click does ("Turn … on"), not what the setting is now.
  const toggle = (name: 'ROTATE_REFRESH_TOKENS' | 'BLACKLIST_AFTER_ROTATION' | 'LEEWAY', on: boolean) => (
    <button type="button" data-testid={`timeline-whatif-set-${name}`} onClick={() => set(name === 'LEEWAY' ? { LEEWAY: on ? SKEW_SECONDS : 0 } : { [name]: on })} className={CARD_BUTTON}>
      {name === 'LEEWAY' ? `Set LEEWAY to ${on ? SKEW_SECONDS : 0}` : `Turn ${name} ${on ? 'on' : 'off'}`}
    </button>
  )
  return (
    <section aria-labelledby="timeline-whatifs-title" className="space-y-2">
      <h3 id="timeline-whatifs-title" className="font-semibold">
        What if…
      </h3>
      <div className="grid gap-3 lg:grid-cols-3">
        <WhatIfCard
          testId="timeline-whatif-steal"
          title="…someone steals the refresh token and replays it after a rotation?"
          control={(labelId, controlId) => <input id={controlId} type="checkbox" data-testid="timeline-whatif-steal" aria-labelledby={labelId} checked={choices.stealRefresh} onChange={(e) => dispatch({ type: 'stealToggled', on: e.target.checked })} className={CHECKBOX} />}
          outcome={choices.stealRefresh ? stealCardOutcome(replay, settings) : null}
          actions={
            choices.stealRefresh && (
              <>
                {replay.replay && (
                  <button type="button" data-testid="timeline-whatif-steal-show" onClick={() => show(replay.replay?.at ?? 0)} className={CARD_BUTTON}>
                    Show the replay
                  </button>
                )}
                {toggle('ROTATE_REFRESH_TOKENS', !settings.ROTATE_REFRESH_TOKENS)}
                {toggle('BLACKLIST_AFTER_ROTATION', !settings.BLACKLIST_AFTER_ROTATION)}
              </>
            )
          }
        >
          A minute after login the client's refresh token is copied (an XSS, a log line, a lost laptop). One second after the client's
          next refresh the thief posts the copy to {code('/api/token/refresh/')}. With {code('ROTATE_REFRESH_TOKENS')} the client got a new
          refresh token at that refresh, but replaced is not revoked: simplejwt refuses the old one only if {code('BLACKLIST_AFTER_ROTATION')}{' '}
          put it on the blacklist. Otherwise the copy is as good as the original until its exp, and each replay mints the thief a fresh
          access token. Even with blacklisting, a thief who refreshes first wins: simplejwt does not notice the reuse and revokes nothing else.
        </WhatIfCard>
        <WhatIfCard
          testId="timeline-whatif-logout"
          title="…the client logs out and keeps using its access token?"
          control={(labelId, controlId) => <input id={controlId} type="checkbox" data-testid="timeline-whatif-logout" aria-labelledby={labelId} checked={choices.keepUsingAccessAfterLogout} onChange={(e) => dispatch({ type: 'logoutMisuseToggled', on: e.target.checked })} className={CHECKBOX} />}
          outcome={choices.keepUsingAccessAfterLogout ? logoutCardOutcome(logout) : null}
          actions={choices.keepUsingAccessAfterLogout && logout && (
            <button type="button" data-testid="timeline-whatif-logout-show" onClick={() => show(logout.refusal?.at ?? logout.logoutAt)} className={CARD_BUTTON}>
              Show the end of it
            </button>
          )}
        >
          Logging out with simplejwt is {code('POST /api/token/blacklist/')} with the refresh token: that token goes on the blacklist, and
          nothing else changes. The access token keeps working until its exp, because simplejwt's {code('JWTAuthentication')} checks only
          its signature, type and exp and never consults the blacklist (the blacklist app records refresh tokens only). Whoever holds the
          access token (this client, or someone who copied it) gets 200 until it expires; that is why {code('ACCESS_TOKEN_LIFETIME')} stays
          short. Switching this on sets a logout at +2 min if the client has none; switching it off takes that logout away again.
        </WhatIfCard>
        <WhatIfCard
          testId="timeline-whatif-skew"
          title="…the client's clock is 2 minutes off?"
          control={(labelId, controlId) => (
            <select id={controlId} data-testid="timeline-whatif-skew" aria-labelledby={labelId} value={choices.clientClockSkew} onChange={(e) => dispatch({ type: 'clockSkewChanged', seconds: Number(e.target.value) })} className="min-h-6 rounded-md border border-gray-300 bg-white px-1 text-xs dark:border-gray-700 dark:bg-gray-900">
              <option value={0}>In sync</option>
              <option value={SKEW_SECONDS}>2 min fast</option>
              <option value={-SKEW_SECONDS}>2 min slow</option>
            </select>
          )}
          outcome={choices.clientClockSkew !== 0 ? clockCardOutcome(skew, choices.clientClockSkew, settings.LEEWAY) : null}
          actions={choices.clientClockSkew !== 0 && toggle('LEEWAY', settings.LEEWAY < SKEW_SECONDS)}
        >
          exp is an absolute time (RFC 7519 §4.1.4) and the server judges it by its own clock. A client that refreshes ahead of exp reads
          its own clock: 2 minutes fast, it refreshes 2 minutes early (more refreshes, nothing breaks); 2 minutes slow, it sends tokens the
          server already counts as expired and meets a 401 every cycle. {code('LEEWAY')} is the server's allowance for clocks that
          disagree: PyJWT accepts a token until exp + LEEWAY (and an iat up to LEEWAY ahead), so LEEWAY 120 absorbs the slow clock. A
          client that waits for the 401 never reads its clock, so this switches it to refreshing 30 s before exp (and back when the clock is in sync again).
        </WhatIfCard>
      </div>
    </section>
  )
})
