import type { Dispatch, ReactNode } from 'react'
import type { DetachedPayloadEntry, PlaygroundAction } from '@/app/playground-state'
import type { DetachedForm, DetachedPart, LineEnds } from '@/jwt/detached'

interface DetachedPayloadFieldProps {
  entry: DetachedPayloadEntry
  /** Under "b64": false the content is signed as it is, so there is no form to choose. */
  unencoded: boolean
  /** What the entry gives as the payload part, or why it cannot be one. */
  part: DetachedPart
  dispatch: Dispatch<PlaygroundAction>
}

/**
 * For a token whose payload part is empty (RFC 7515 Appendix F): the payload that travelled apart, pasted so
 * the signature can be checked. Shown only for such tokens; the text is kept while other tokens are open.
 */
export function DetachedPayloadField({ entry, unencoded, part, dispatch }: DetachedPayloadFieldProps) {
  const { text, form, lineEnds } = entry
  const asContent = unencoded || form === 'content'
  return (
    <div className="space-y-1.5">
      <div className="flex flex-wrap items-end justify-between gap-2">
        <label htmlFor="detached-payload-input" className="text-sm font-medium">
          Detached payload{' '}
          <span className="font-normal text-gray-600 dark:text-gray-400">(this token's payload part is empty: it travels apart)</span>
        </label>
        <div className="flex flex-wrap items-center gap-3 text-xs">
          {unencoded ? (
            <span className="text-gray-700 dark:text-gray-300">b64: false, signed as it is (RFC 7797)</span>
          ) : (
            <Choice label="Pasted as" testId="detached-payload-form" value={form} onChange={(value) => dispatch({ type: 'detachedEdited', changes: { form: value as DetachedForm } })}>
              <option value="content">content (the bytes sent)</option>
              <option value="base64url">base64url</option>
            </Choice>
          )}
          {/* A text field turns every line end into LF, so CRLF content (an HTTP body, RFC 7515 A.1) says so here. */}
          {asContent && text.includes('\n') && (
            <Choice label="Line ends" testId="detached-payload-line-ends" value={lineEnds} onChange={(value) => dispatch({ type: 'detachedEdited', changes: { lineEnds: value as LineEnds } })}>
              <option value="lf">LF (\n)</option>
              <option value="crlf">CRLF (\r\n)</option>
            </Choice>
          )}
        </div>
      </div>
      <textarea
        id="detached-payload-input"
        data-testid="detached-payload-input"
        value={text}
        rows={3}
        spellCheck={false}
        autoComplete="off"
        aria-describedby="detached-payload-hint"
        placeholder={unencoded ? 'the payload text, exactly as signed' : '{"sub":"…"} or its base64url'}
        onChange={(event) => dispatch({ type: 'detachedEdited', changes: { text: event.target.value } })}
        className="block w-full resize-y rounded-md border border-gray-300 bg-white p-2 font-mono text-xs focus-visible:outline-2 focus-visible:outline-sky-600 dark:border-gray-700 dark:bg-gray-950"
      />
      <p id="detached-payload-hint" data-testid="detached-payload-hint" className="text-xs text-gray-700 dark:text-gray-300">
        {!part.ok
          ? part.message
          : text === ''
            ? 'Paste the payload that was sent with this token (an HTTP body, say) to check the signature. Every byte counts, line ends too.'
            : 'Checked as the payload between the dots (RFC 7515 Appendix F).'}
      </p>
    </div>
  )
}

function Choice({ label, testId, value, onChange, children }: { label: string; testId: string; value: string; onChange: (value: string) => void; children: ReactNode }) {
  return (
    <label className="flex items-center gap-1">
      {label}
      <select
        data-testid={testId}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        className="rounded border border-gray-300 bg-white px-1 py-0.5 dark:border-gray-700 dark:bg-gray-900"
      >
        {children}
      </select>
    </label>
  )
}
