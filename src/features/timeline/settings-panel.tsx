import { memo, useId, type Dispatch, type ReactNode } from 'react'
import { pythonTimedelta, SIMPLEJWT_HMAC_ALGORITHMS, type SimpleJwtAlgorithm, type SimpleJwtSettings } from '@/timeline/policy'
import { signingKeyProblem } from '@/timeline/validate'
import { fieldClass, fieldHintClass } from './field-style'
import { formatDuration } from './format-time'
import { NumberField } from './number-field'
import type { TimelineAction } from './timeline-state'

const FIELD = fieldClass(false)
const name = (setting: keyof SimpleJwtSettings) => <code className="font-mono">{setting}</code>

/** The SIMPLE_JWT settings under simplejwt's own names; lifetimes and LEEWAY in seconds. */
export const SettingsPanel = memo(function SettingsPanel({ settings, dispatch }: { settings: SimpleJwtSettings; dispatch: Dispatch<TimelineAction> }) {
  const change = (patch: Partial<SimpleJwtSettings>) => dispatch({ type: 'settingsChanged', patch })
  const algId = useId()
  const keyId = useId()
  const claimId = useId()
  const seconds = (value: number) => `${pythonTimedelta(value)} = ${formatDuration(value)}`
  const keyProblem = signingKeyProblem(settings.SIGNING_KEY)
  return (
    <fieldset className="space-y-3 rounded-md border border-gray-200 bg-white p-3 dark:border-gray-800 dark:bg-gray-950">
      <legend className="px-1 font-semibold">Server: SIMPLE_JWT</legend>
      <div className="grid grid-cols-2 gap-3">
        <NumberField label={<>{name('ACCESS_TOKEN_LIFETIME')} (s)</>} testId="timeline-setting-ACCESS_TOKEN_LIFETIME" value={settings.ACCESS_TOKEN_LIFETIME} min={1} hint={seconds(settings.ACCESS_TOKEN_LIFETIME)} onCommit={(v) => change({ ACCESS_TOKEN_LIFETIME: v })} />
        <NumberField label={<>{name('REFRESH_TOKEN_LIFETIME')} (s)</>} testId="timeline-setting-REFRESH_TOKEN_LIFETIME" value={settings.REFRESH_TOKEN_LIFETIME} min={1} hint={seconds(settings.REFRESH_TOKEN_LIFETIME)} onCommit={(v) => change({ REFRESH_TOKEN_LIFETIME: v })} />
      </div>
      <Check testId="timeline-setting-ROTATE_REFRESH_TOKENS" checked={settings.ROTATE_REFRESH_TOKENS} onChange={(on) => change({ ROTATE_REFRESH_TOKENS: on })} label={name('ROTATE_REFRESH_TOKENS')}>
        Each refresh also returns a new refresh token (with a fresh REFRESH_TOKEN_LIFETIME), so an active user never has to log in again.
      </Check>
      <Check testId="timeline-setting-BLACKLIST_AFTER_ROTATION" checked={settings.BLACKLIST_AFTER_ROTATION} onChange={(on) => change({ BLACKLIST_AFTER_ROTATION: on })} label={name('BLACKLIST_AFTER_ROTATION')}>
        The replaced refresh token goes on the blacklist (needs the token_blacklist app). Without rotation there is nothing to replace.
      </Check>
      <NumberField label={<>{name('LEEWAY')} (s)</>} testId="timeline-setting-LEEWAY" value={settings.LEEWAY} min={0} hint="PyJWT accepts a token until exp + LEEWAY." onCommit={(v) => change({ LEEWAY: v })} />
      <div className="grid grid-cols-2 gap-3">
        <div className="space-y-0.5">
          <label htmlFor={algId} className="block text-xs font-medium">
            {name('ALGORITHM')}
          </label>
          <select id={algId} data-testid="timeline-setting-ALGORITHM" value={settings.ALGORITHM} onChange={(e) => change({ ALGORITHM: e.target.value as SimpleJwtAlgorithm })} className={FIELD}>
            {SIMPLEJWT_HMAC_ALGORITHMS.map((alg) => (
              <option key={alg}>{alg}</option>
            ))}
          </select>
        </div>
        <div className="space-y-0.5">
          <label htmlFor={claimId} className="block text-xs font-medium">
            {name('USER_ID_CLAIM')}
          </label>
          <input id={claimId} data-testid="timeline-setting-USER_ID_CLAIM" value={settings.USER_ID_CLAIM} onChange={(e) => change({ USER_ID_CLAIM: e.target.value })} className={FIELD} spellCheck={false} />
        </div>
      </div>
      <div className="space-y-0.5">
        <label htmlFor={keyId} className="block text-xs font-medium">
          {name('SIGNING_KEY')}
        </label>
        <input
          id={keyId}
          data-testid="timeline-setting-SIGNING_KEY"
          value={settings.SIGNING_KEY}
          onChange={(e) => change({ SIGNING_KEY: e.target.value })}
          className={fieldClass(keyProblem !== null)}
          spellCheck={false}
          autoComplete="off"
          aria-invalid={keyProblem !== null}
          aria-describedby={`${keyId}-hint`}
        />
        {/* The problem replaces the hint, as in NumberField: one message at the field, read with it. */}
        <p id={`${keyId}-hint`} data-testid="timeline-setting-SIGNING_KEY-hint" className={fieldHintClass(keyProblem !== null)}>
          {keyProblem ?? "HMAC secret (UTF-8), Django's SECRET_KEY by default. Kept in memory only: leaving this view forgets it."}
        </p>
      </div>
    </fieldset>
  )
})

function Check({ testId, checked, onChange, label, children }: { testId: string; checked: boolean; onChange: (on: boolean) => void; label: ReactNode; children: ReactNode }) {
  const id = useId()
  return (
    <div className="flex gap-2">
      {/* 20 px: a checkbox a finger can hit on a phone. */}
      <input id={id} type="checkbox" data-testid={testId} checked={checked} onChange={(e) => onChange(e.target.checked)} aria-describedby={`${id}-hint`} className="size-5 shrink-0" />
      <div>
        <label htmlFor={id} className="text-xs font-medium">
          {label}
        </label>
        <p id={`${id}-hint`} className="text-xs text-gray-600 dark:text-gray-400">
          {children}
        </p>
      </div>
    </div>
  )
}
