import { useMemo, useState, type Dispatch } from 'react'
import type { PlaygroundAction, PlaygroundState } from '@/app/playground-state'
import { normalizeInput } from '@/jwt/normalize'
import { ByteFormatSwitch } from './byte-format-switch'
import type { ByteFormat } from './bytes-format'
import { EncodedPartStep } from './encoded-part-step'
import { FaqSection } from './faq-section'
import { RFC7515_A1 } from './rfc-example'
import { SignatureStep } from './signature-step'
import { SigningInputStep } from './signing-input-step'
import { TamperDemo } from './tamper-demo'
import { TokenStep } from './token-step'
import { useLearnSteps } from './use-learn-steps'

interface LearnViewProps {
  state: PlaygroundState
  dispatch: Dispatch<PlaygroundAction>
}

/**
 * Learn mode: the token on screen rebuilt in five checkable steps (RFC 7515 §5.1), the tamper demo and the
 * FAQ. It reads the playground's token and key; it changes them only when the user asks.
 */
export default function LearnView({ state, dispatch }: LearnViewProps) {
  const token = useMemo(() => normalizeInput(state.tokenText).token, [state.tokenText])
  const { result, pending } = useLearnSteps(token, { text: state.keyText, encoding: state.secretEncoding })
  const [format, setFormat] = useState<ByteFormat>('hex')
  const [exampleLoaded, setExampleLoaded] = useState(false)
  const loadExample = () => {
    setExampleLoaded(true)
    dispatch({ type: 'tokenEdited', text: RFC7515_A1.token })
    dispatch({ type: 'secretEncodingChanged', encoding: 'base64url' })
    dispatch({ type: 'keyEdited', text: RFC7515_A1.secret })
  }
  return (
    <section data-testid="learn-mode" aria-labelledby="learn-title" aria-busy={pending} className="grid gap-6 xl:grid-cols-[minmax(0,1fr)_24rem]">
      <div className="min-w-0 space-y-4">
        <header className="space-y-2">
          <h2 id="learn-title" className="text-lg font-semibold">
            Learn: how this JWT is built, byte by byte
          </h2>
          <p className="text-sm text-gray-700 dark:text-gray-300">
            A signed JWT (a JWS in compact form) is made in five steps. Each step below starts from the previous step's output and
            works on the token currently in the decoder, so you can check every value yourself.
          </p>
          <div className="flex flex-wrap items-center gap-3">
            <button
              type="button"
              data-testid="learn-load-rfc-example"
              onClick={loadExample}
              className="rounded-md border border-gray-300 px-3 py-1 text-sm hover:bg-gray-100 focus-visible:outline-2 focus-visible:outline-sky-600 dark:border-gray-700 dark:hover:bg-gray-800"
            >
              Load the RFC 7515 A.1 example (token and key)
            </button>
            <ByteFormatSwitch value={format} onChange={setFormat} />
          </div>
          {/* The encoding is shared with the decoder and outlives the example: the next plain-text secret would fail. */}
          {exampleLoaded && state.secretEncoding === 'base64url' && (
            <p data-testid="learn-rfc-encoding-note" role="status" className="rounded-md bg-sky-50 px-3 py-2 text-sm text-sky-950 dark:bg-sky-950 dark:text-sky-100">
              The example's key is bytes written in base64url, so the secret is now read as base64url, here and in the decoder.
              For a plain-text secret (like jwt.io's), set "Written as" back to text, or{' '}
              <button
                type="button"
                data-testid="learn-secret-as-text"
                onClick={() => dispatch({ type: 'secretEncodingChanged', encoding: 'utf8' })}
                className="underline hover:no-underline focus-visible:outline-2 focus-visible:outline-sky-600"
              >
                read secrets as text again
              </button>
              .
            </p>
          )}
        </header>
        {result && !result.ok && <LearnError message={result.message} empty={result.code === 'empty'} dispatch={dispatch} />}
        {result?.ok && (
          <>
            <ol aria-label="Steps" className="space-y-4">
              <EncodedPartStep step={result.steps[0]} format={format} />
              <EncodedPartStep step={result.steps[1]} format={format} />
              <SigningInputStep step={result.steps[2]} header={result.steps[0].output} payload={result.steps[1].output} format={format} />
              <SignatureStep step={result.steps[3]} format={format} state={state} dispatch={dispatch} />
              <TokenStep step={result.steps[4]} />
            </ol>
            <TamperDemo token={token} alg={result.alg} keyText={state.keyText} secretEncoding={state.secretEncoding} dispatch={dispatch} />
          </>
        )}
      </div>
      <aside className="min-w-0">
        <FaqSection dispatch={dispatch} />
      </aside>
    </section>
  )
}

function LearnError({ message, empty, dispatch }: { message: string; empty: boolean; dispatch: Dispatch<PlaygroundAction> }) {
  return (
    <div data-testid="learn-error" role="alert" className="space-y-2 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-200">
      <p>{message}</p>
      <button type="button" onClick={() => dispatch({ type: 'viewChanged', view: 'decoder' })} className="underline">
        {empty ? 'Paste a token in the decoder' : 'Fix the token in the decoder'}
      </button>
    </div>
  )
}
