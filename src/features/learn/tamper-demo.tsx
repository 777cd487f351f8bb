import { useMemo, useState, type Dispatch } from 'react'
import type { PlaygroundAction, SecretEncoding } from '@/app/playground-state'
import { SEGMENT_STYLE } from '@/features/decoder/segment-style'
import { isSymmetric } from '@/jwt/algorithms'
import { claimChoices, tamperDemo, type ClaimChoice, type TamperResult, type TamperVerdict } from '@/jwt/tamper'
import { textWindow } from '@/lib/clip-text'
import { ExactText } from './byte-text'
import { ClippedText, LEARN_SHOWN_CHARACTERS } from './long-text'
import { MarkedText } from './marked-text'
import { useLearnSteps } from './use-learn-steps'

interface TamperDemoProps {
  token: string
  alg: string | null
  keyText: string
  secretEncoding: SecretEncoding
  dispatch: Dispatch<PlaygroundAction>
}

/**
 * "Encoded, not encrypted": one click reads the payload with no key, changes one character of one claim,
 * and shows which characters of the token changed and why the old signature no longer fits. It never
 * re-signs the tampered token.
 */
export function TamperDemo({ token, alg, keyText, secretEncoding, dispatch }: TamperDemoProps) {
  const [shown, setShown] = useState(false)
  const [claim, setClaim] = useState<string>('')
  const choices = useMemo(() => (shown ? claimChoices(token) : []), [shown, token])
  // A claim picked for an earlier token falls back to the automatic pick when this token cannot use it.
  const chosen = choices.some((c) => c.editable && c.name === claim) ? claim : ''
  const demo = useMemo(() => (shown ? tamperDemo(token, chosen === '' ? {} : { claim: chosen }) : null), [shown, token, chosen])
  return (
    <section data-testid="tamper-demo" aria-labelledby="tamper-title" className="space-y-3 rounded-md border border-gray-300 bg-white p-4 dark:border-gray-700 dark:bg-gray-950">
      <h3 id="tamper-title" className="text-base font-semibold">
        Encoded, not encrypted
      </h3>
      <p className="text-sm">
        Anyone who holds a JWT can read its payload: base64url is an encoding, not encryption. What the signature does is make
        any change detectable.
      </p>
      <button
        type="button"
        data-testid="tamper-button"
        onClick={() => setShown(true)}
        className="rounded-md bg-gray-900 px-3 py-1.5 text-sm font-medium text-white hover:bg-gray-700 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-600 dark:bg-gray-100 dark:text-gray-900 dark:hover:bg-gray-300"
      >
        Read the payload without a key, then change one character
      </button>
      {/* Outside the result, so the menu (and the focus on it) stays whatever the result. */}
      {choices.length > 0 && (
        <ClaimMenu choices={choices} value={chosen} automatic={demo?.ok ? demo.claim : null} lost={claim !== chosen ? claim : null} onChange={setClaim} />
      )}
      {demo && !demo.ok && (
        <p role="alert" data-testid="tamper-error" className="text-sm text-red-800 dark:text-red-300">
          {demo.message}
        </p>
      )}
      {demo?.ok && (
        <TamperSteps token={token} demo={demo} alg={alg} keyText={keyText} secretEncoding={secretEncoding} dispatch={dispatch} />
      )}
    </section>
  )
}

type Demo = Extract<TamperResult, { ok: true }>

const HEADLINES: Record<TamperVerdict, string> = {
  'signature-no-longer-matches': 'The signature no longer matches.',
  'unsigned-so-nothing-notices': 'Nothing notices.',
  'rejected-before-and-after': 'A verifier rejects it, before the change and after it.',
}

/** A claim's value before and after, inside a sentence: its start is enough to see the change. */
const INLINE_VALUE = 120

interface ClaimMenuProps {
  choices: readonly ClaimChoice[]
  value: string
  /** The claim the automatic pick changes, when there is one. */
  automatic: string | null
  /** A claim picked earlier that this token does not offer. */
  lost: string | null
  onChange: (claim: string) => void
}

/** Offers only the claims the demo can change, and says why the others are not offered. */
function ClaimMenu({ choices, value, automatic, lost, onChange }: ClaimMenuProps) {
  const skipped = choices.filter((c) => !c.editable)
  return (
    <div className="space-y-1 text-sm">
      <label className="flex flex-wrap items-center gap-2 text-gray-700 dark:text-gray-300">
        Claim to change
        <select
          data-testid="tamper-claim"
          value={value}
          onChange={(event) => onChange(event.target.value)}
          className="rounded border border-gray-300 bg-white px-1 py-0.5 dark:border-gray-700 dark:bg-gray-900"
        >
          <option value="">automatic{automatic === null ? '' : ` (${automatic})`}</option>
          {choices.map((c) =>
            c.editable ? (
              <option key={c.name} value={c.name}>
                {c.name}
              </option>
            ) : null,
          )}
        </select>
      </label>
      {lost !== null && (
        <p role="status" data-testid="tamper-claim-lost" className="text-gray-700 dark:text-gray-300">
          "{lost}" is not a claim of this token the demo can change, so the automatic pick is used.
        </p>
      )}
      {skipped.length > 0 && (
        <p data-testid="tamper-claim-skipped" className="text-gray-700 dark:text-gray-300">
          Not offered: {skipped.map((c) => `"${c.name}" is ${c.reason}`).join('; ')}.
        </p>
      )}
    </div>
  )
}

interface TamperStepsProps extends TamperDemoProps {
  demo: Demo
}

function TamperSteps({ token, demo, alg, keyText, secretEncoding, dispatch }: TamperStepsProps) {
  // tamperDemo accepted the token, so it splits into three segments.
  const originalPayload = token.trim().split('.')[1] ?? ''
  const changedAt = new Set(demo.changedCharacters.map((c) => c.index))
  return (
    <ol className="list-decimal space-y-3 pl-5 text-sm">
      <li data-testid="tamper-read">
        <p className="font-medium">Read without any key: base64url-decode the payload segment.</p>
        <ExactText text={demo.readWithoutKey.text} />
      </li>
      <li data-testid="tamper-change">
        <p className="font-medium">
          Change one character of <code>{demo.claim}</code>:{' '}
          <code className="rounded bg-gray-100 px-1 break-all dark:bg-gray-800">
            <ClippedText text={JSON.stringify(demo.before)} limit={INLINE_VALUE} />
          </code>{' '}
          →{' '}
          <code className="rounded bg-amber-100 px-1 break-all dark:bg-amber-900">
            <ClippedText text={JSON.stringify(demo.after)} limit={INLINE_VALUE} />
          </code>
        </p>
      </li>
      <li data-testid="tamper-segments">
        <p className="font-medium">
          Only the payload segment changes: {demo.changedCharacters.length} character{demo.changedCharacters.length === 1 ? '' : 's'} (marked).
          The header and the signature are byte for byte the same.
        </p>
        <dl className="mt-1 grid gap-x-3 gap-y-1 rounded bg-gray-100 p-2 font-mono text-sm break-all sm:grid-cols-[7rem_1fr] dark:bg-gray-900">
          <dt className="font-sans text-gray-700 dark:text-gray-300">original</dt>
          <dd data-testid="tamper-original">
            <TokenWithMarks header={demo.headerSegment} payload={originalPayload} signature={demo.signatureSegment} marks={changedAt} />
          </dd>
          <dt className="font-sans text-gray-700 dark:text-gray-300">tampered</dt>
          <dd data-testid="tamper-token">
            <TokenWithMarks header={demo.headerSegment} payload={demo.tampered.payloadSegment} signature={demo.signatureSegment} marks={changedAt} />
          </dd>
        </dl>
        <p className="mt-1 text-sm text-gray-700 dark:text-gray-300">
          Changed at payload position{demo.changedCharacters.length === 1 ? '' : 's'}{' '}
          {demo.changedCharacters.map((c) => `${c.index} (${c.from || '∅'}→${c.to || '∅'})`).join(', ')}.
        </p>
      </li>
      <li data-testid="tamper-verdict">
        <p className="font-medium">{HEADLINES[demo.verdict]}</p>
        <p>{demo.explanation}</p>
        {isSymmetric(alg) && keyText !== '' && (
          <HmacRecheck token={demo.tampered.token} keyText={keyText} secretEncoding={secretEncoding} />
        )}
        <button
          type="button"
          data-testid="tamper-open"
          onClick={() => dispatch({ type: 'tokenOpened', token: demo.tampered.token })}
          className="mt-2 rounded-md border border-gray-300 px-3 py-1 text-sm hover:bg-gray-100 focus-visible:outline-2 focus-visible:outline-sky-600 dark:border-gray-700 dark:hover:bg-gray-800"
        >
          Open the tampered token in the decoder
        </button>
      </li>
    </ol>
  )
}

/** For HMAC with a secret at hand: the signature the secret gives for the tampered bytes vs the one the token carries. */
function HmacRecheck({ token, keyText, secretEncoding }: { token: string; keyText: string; secretEncoding: SecretEncoding }) {
  const { result } = useLearnSteps(token, { text: keyText, encoding: secretEncoding })
  const step = result?.ok ? result.steps[3] : null
  if (step?.mode !== 'hmac') return null
  return (
    <dl data-testid="tamper-recheck" className="mt-2 grid gap-x-3 gap-y-1 rounded bg-gray-100 p-2 text-sm sm:grid-cols-[14rem_1fr] dark:bg-gray-900">
      <dt>HMAC of the tampered signing input, with your secret</dt>
      <dd className="font-mono break-all">{step.computed.base64url}</dd>
      <dt>Signature the token still carries</dt>
      <dd className="font-mono break-all">{step.tokenSignature.base64url}</dd>
      <dt className="font-semibold">Verdict</dt>
      <dd className="font-semibold">{step.matches ? 'match (unexpected)' : '✗ mismatch: a verifier rejects this token'}</dd>
    </dl>
  )
}

/** The token with the changed characters marked; of a huge payload, only the stretch around the change. */
function TokenWithMarks({ header, payload, signature, marks }: { header: string; payload: string; signature: string; marks: ReadonlySet<number> }) {
  const { from, to } = textWindow(payload.length, [...marks], LEARN_SHOWN_CHARACTERS)
  const shifted = from === 0 ? marks : new Set([...marks].map((index) => index - from))
  return (
    <>
      <ClippedText className={SEGMENT_STYLE[0].text} text={header} />
      <span className="text-gray-500">.</span>
      <span className={SEGMENT_STYLE[1].text}>
        <Skipped count={from} />
        <MarkedText text={payload.slice(from, to)} indexes={shifted} label="changed" />
        <Skipped count={payload.length - to} />
      </span>
      <span className="text-gray-500">.</span>
      <ClippedText className={SEGMENT_STYLE[2].text} text={signature} />
    </>
  )
}

/** Stands for characters of the payload left out around the change. */
function Skipped({ count }: { count: number }) {
  if (count === 0) return null
  return <span className="font-sans text-gray-600 italic dark:text-gray-400"> [… {count.toLocaleString('en')} characters …] </span>
}
