import { lazy, Suspense, useCallback, useDeferredValue, useLayoutEffect, useMemo, useRef, useState, type Dispatch, type ReactNode } from 'react'
import type { PlaygroundAction, PlaygroundState } from '@/app/playground-state'
import type { SegmentIndex } from '@/jwt/decode'
import { ClaimsTable } from './claims-table'
import { DecodeErrors } from './decode-errors'
import { JsonPane } from './json-pane'
import { SignaturePane } from './signature-pane'
import { TokenInput } from './token-input'
import { SegmentLegend } from './segment-legend'
import { useDecoded, type DecodedView } from './use-decoded'
import { normalizeInput } from '@/jwt/normalize'
import { useAfterFirstRender } from '@/lib/use-after-first-render'
import { LoadBoundary } from '@/components/ui/load-boundary'

// The review is not needed for the first paint of the decoded panes: it loads just after.
const SecurityFindings = lazy(() => import('@/features/review/security-findings'))

/**
 * Up to this many characters, decoding at once costs less than the frame a deferred render waits for
 * (a 64 KB token: 42 ms from keystroke to panes deferred, 30 ms at once).
 */
const DECODE_AT_ONCE = 131_072

// Opening the inner token replaces the outer one in the field: the notice says whose token this now is.
const INNER_TOKEN_NOTICE =
  'This is the inner token of the nested JWT you had open (RFC 7519 §5.2). Its signature is its own: it may need another key than the outer one.'

interface DecoderPanelProps {
  state: PlaygroundState
  dispatch: Dispatch<PlaygroundAction>
  /** The verify/sign area, under the token on a wide screen and after the panes on a phone; given what the decoder derived. */
  verifier?: (view: DecodedView) => ReactNode
}

/** Paste a token, see it decoded: the encoded field on the left, the coloured parts on the right. */
export function DecoderPanel({ state, dispatch, verifier }: DecoderPanelProps) {
  // The field answers every keystroke at once. A large token's panes follow in a deferred render that
  // React drops when the next keystroke arrives, so a 1 MB token never makes typing lag; a token of
  // ordinary size decodes in the same render, so its panes are on the same frame as the keystroke.
  // Only a large token is deferred: a deferred copy of every token would re-render the whole decoder a
  // second time after each keystroke, in a task that ran before the signature's verdict could show.
  const large = state.tokenText.length > DECODE_AT_ONCE
  const deferredLarge = useDeferredValue(large ? state.tokenText : null)
  // What the panes showed last: they keep it while a token that just became large is decoded.
  const shownText = useRef(state.tokenText)
  const panesText = !large ? state.tokenText : (deferredLarge ?? shownText.current)
  useLayoutEffect(() => {
    shownText.current = panesText
  }, [panesText])
  const view = useDecoded(panesText)
  const { decoded, strippedNote } = view
  // Once the panes have caught up, the field's view is the one the decoder already derived: no second pass.
  const caughtUp = panesText === state.tokenText
  const normalized = useMemo(() => (caughtUp ? view.normalized : normalizeInput(state.tokenText)), [caughtUp, view.normalized, state.tokenText])
  const [active, setActive] = useState<SegmentIndex | null>(null)
  const editHeader = useCallback((json: string) => dispatch({ type: 'segmentEdited', segment: 0, json }), [dispatch])
  const editPayload = useCallback((json: string) => dispatch({ type: 'segmentEdited', segment: 1, json }), [dispatch])
  const headerDraft = useCallback((unapplied: boolean) => dispatch({ type: 'draftChanged', segment: 0, unapplied }), [dispatch])
  const payloadDraft = useCallback((unapplied: boolean) => dispatch({ type: 'draftChanged', segment: 1, unapplied }), [dispatch])
  const openInner = useCallback((token: string) => dispatch({ type: 'tokenOpened', token, notice: INNER_TOKEN_NOTICE }), [dispatch])
  const payload = decoded.payload?.ok ? decoded.payload.value : null
  const payloadText = decoded.payload?.ok ? decoded.payload.text : ''
  // The claims table, the verify panel and the review follow the panes by one render.
  const rest = useAfterFirstRender()
  return (
    // Token, then its decoding, then verify and review: one column on a phone, in that order, so the verify
    // panel arriving a moment later never pushes the decoded panes down. Two columns on a wide screen, with
    // verify and review under the token and the decoding beside both.
    <div className="grid items-start gap-6 lg:grid-cols-2 lg:grid-rows-[auto_1fr]">
      <section aria-labelledby="encoded-title" className="min-w-0 space-y-3 lg:col-start-1 lg:row-start-1">
        <h2 id="encoded-title" className="text-lg font-semibold">
          Encoded token
        </h2>
        <TokenInput
          value={state.tokenText}
          normalized={normalized}
          active={active}
          onChange={(text) => dispatch({ type: 'tokenEdited', text })}
          onActiveChange={setActive}
        />
        <SegmentLegend parts={decoded.parts} active={active} onActiveChange={setActive} />
        {strippedNote && (
          <p data-testid="stripped-note" className="text-sm text-gray-700 dark:text-gray-300">
            {strippedNote}
          </p>
        )}
        {decoded.unsecured && (
          <p data-testid="unsecured-note" className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-200">
            Unsigned: this token says <code>alg: "none"</code> and has no signature. Anyone could have written it; never accept
            one (RFC 8725 §3.1).
          </p>
        )}
        <DecodeErrors errors={decoded.errors} />
      </section>
      <section aria-labelledby="decoded-title" className="min-w-0 space-y-3 lg:col-start-2 lg:row-span-2 lg:row-start-1">
        <h2 id="decoded-title" className="text-lg font-semibold">
          Decoded
        </h2>
        <JsonPane
          segment={0}
          testId="header-pane"
          decoded={decoded.header}
          active={active === 0}
          onActiveChange={setActive}
          onEdit={editHeader}
          onDraftChange={headerDraft}
        />
        <JsonPane
          segment={1}
          testId="payload-pane"
          decoded={decoded.payload}
          active={active === 1}
          onActiveChange={setActive}
          onEdit={editPayload}
          onDraftChange={payloadDraft}
          onOpenToken={openInner}
        />
        {rest && payload && <ClaimsTable payload={payload} payloadText={payloadText} leeway={state.leeway} />}
        <SignaturePane decoded={decoded.signature} unsecured={decoded.unsecured} active={active === 2} onActiveChange={setActive} />
      </section>
      {rest && (
        <div className="min-w-0 space-y-3 lg:col-start-1 lg:row-start-2">
          {verifier?.(view)}
          <LoadBoundary what="The security review" tokenText={state.tokenText}>
            <Suspense fallback={null}>
              <SecurityFindings
                header={decoded.header?.ok ? decoded.header.value : null}
                payload={payload}
                keyText={state.keyText}
                encoding={state.secretEncoding}
                decoded={decoded}
              />
            </Suspense>
          </LoadBoundary>
        </div>
      )}
    </div>
  )
}
