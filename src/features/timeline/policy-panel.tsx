import { memo, useId, type Dispatch } from 'react'
import { leadCoversLifetime, type ClientPolicy, type IdlePeriod } from '@/timeline/policy'
import { formatDuration, formatOffset } from './format-time'
import { NumberField } from './number-field'
import type { TimelineAction } from './timeline-state'

const SMALL_BUTTON =
  'rounded-md border border-gray-300 px-2 py-0.5 text-xs hover:bg-gray-100 focus-visible:outline-2 focus-visible:outline-sky-600 dark:border-gray-700 dark:hover:bg-gray-800'

/** 20 px: a checkbox or radio a finger can hit on a phone (the browser's own is 13 px). */
const CHOICE = 'size-5 shrink-0'

/** A night's sleep, the idle period "Add" suggests: from +2 h to +10 h. */
const SUGGESTED_IDLE: IdlePeriod = { from: 2 * 3600, to: 10 * 3600 }

interface PolicyPanelProps {
  policy: ClientPolicy
  /** The server's ACCESS_TOKEN_LIFETIME, to warn when the refresh lead is not shorter than it. */
  accessTokenLifetime?: number
  dispatch: Dispatch<TimelineAction>
}

/** How the simulated client behaves: call interval, when it refreshes, re-login, logout time and idle periods. */
export const PolicyPanel = memo(function PolicyPanel({ policy, accessTokenLifetime, dispatch }: PolicyPanelProps) {
  const change = (patch: Partial<ClientPolicy>) => dispatch({ type: 'policyChanged', patch })
  const strategyName = useId()
  const lead = policy.refresh.kind === 'proactive' ? policy.refresh.secondsBeforeExpiry : 30
  const leadTooLong = accessTokenLifetime !== undefined && leadCoversLifetime(policy, { ACCESS_TOKEN_LIFETIME: accessTokenLifetime })
  const setIdle = (i: number, period: IdlePeriod | null) =>
    change({ idle: period === null ? policy.idle.filter((_, j) => j !== i) : policy.idle.map((p, j) => (j === i ? period : p)) })
  return (
    <fieldset className="space-y-3 rounded-md border border-gray-200 bg-white p-3 dark:border-gray-800 dark:bg-gray-950">
      <legend className="px-1 font-semibold">Client</legend>
      <NumberField label="One GET /api/me/ every (s)" testId="timeline-policy-call-every" value={policy.callEverySeconds} min={1} hint={`= ${formatDuration(policy.callEverySeconds)}`} onCommit={(v) => change({ callEverySeconds: v })} />
      <div role="radiogroup" aria-label="When the client refreshes" className="space-y-1 text-sm">
        <p className="text-xs font-medium">When it refreshes</p>
        <label className="flex items-center gap-2">
          <input type="radio" name={strategyName} data-testid="timeline-policy-refresh-on-401" checked={policy.refresh.kind === 'on-401'} onChange={() => change({ refresh: { kind: 'on-401' } })} className={CHOICE} />
          After a 401 from the API, then retries the call
        </label>
        <label className="flex items-center gap-2">
          <input type="radio" name={strategyName} data-testid="timeline-policy-refresh-proactive" checked={policy.refresh.kind === 'proactive'} onChange={() => change({ refresh: { kind: 'proactive', secondsBeforeExpiry: lead } })} className={CHOICE} />
          Before a call, when its own clock says exp is near
        </label>
        {policy.refresh.kind === 'proactive' && (
          <div className="pl-7">
            <NumberField
              label="Seconds before exp"
              testId="timeline-policy-refresh-lead"
              value={lead}
              min={0}
              hint={
                leadTooLong && (
                  <span data-testid="timeline-policy-refresh-lead-warning" className="text-amber-800 dark:text-amber-300">
                    Not shorter than ACCESS_TOKEN_LIFETIME ({accessTokenLifetime} s): every new access token is due the moment it arrives, so
                    the client keeps it until a 401. Pick a lead under {accessTokenLifetime} s.
                  </span>
                )
              }
              onCommit={(v) => change({ refresh: { kind: 'proactive', secondsBeforeExpiry: v } })}
            />
          </div>
        )}
      </div>
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" data-testid="timeline-policy-relogin" checked={policy.reloginOnRefreshFailure} onChange={(e) => change({ reloginOnRefreshFailure: e.target.checked })} className={CHOICE} />
        Logs in again when a refresh is refused
      </label>
      <div className="space-y-1">
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" data-testid="timeline-policy-logout" checked={policy.logoutAt !== null} onChange={(e) => change({ logoutAt: e.target.checked ? 3600 : null })} className={CHOICE} />
          Logs out (POST /api/token/blacklist/)
        </label>
        {policy.logoutAt !== null && (
          <div className="pl-7">
            <NumberField
              label="At (s after login)"
              testId="timeline-policy-logout-at"
              value={policy.logoutAt}
              min={0}
              hint={`${formatOffset(policy.logoutAt)}. Needs rest_framework_simplejwt.token_blacklist in INSTALLED_APPS: without it simplejwt 5.2 answers 200 and blacklists nothing.`}
              onCommit={(v) => change({ logoutAt: v })}
            />
          </div>
        )}
      </div>
      <div className="space-y-2">
        <div className="flex items-center justify-between">
          <p className="text-xs font-medium">Idle periods (no calls)</p>
          <button type="button" data-testid="timeline-policy-add-idle" onClick={() => change({ idle: [...policy.idle, SUGGESTED_IDLE] })} className={SMALL_BUTTON}>
            Add an idle period
          </button>
        </div>
        {policy.idle.length === 0 && <p className="text-xs text-gray-600 dark:text-gray-400">None: the client calls around the clock.</p>}
        {policy.idle.map((period, i) => (
          <div key={i} className="grid grid-cols-[1fr_1fr_auto] items-start gap-2">
            <NumberField label={`Idle ${i + 1} from (s)`} testId={`timeline-policy-idle-${i}-from`} value={period.from} min={0} hint={formatOffset(period.from)} onCommit={(v) => setIdle(i, { ...period, from: v })} />
            <NumberField label="to (s)" testId={`timeline-policy-idle-${i}-to`} value={period.to} min={1} hint={formatOffset(period.to)} onCommit={(v) => setIdle(i, { ...period, to: v })} />
            <button type="button" aria-label={`Remove idle period ${i + 1}`} onClick={() => setIdle(i, null)} className={`${SMALL_BUTTON} mt-5`}>
              Remove
            </button>
          </div>
        ))}
      </div>
    </fieldset>
  )
})
