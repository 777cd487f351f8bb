import { memo, useEffect, useMemo, useState } from 'react'
import { CodeEditor } from '@/components/editor/code-editor'
import { StaticJson } from '@/components/editor/static-json'
import { CopyButton } from '@/components/ui/copy-button'
import { clipText } from '@/lib/clip-text'
import type { JsonSegment, SegmentIndex } from '@/jwt/decode'
import { compactJson, formatJson, jsonDepth, MAX_SANE_DEPTH, parseJson } from '@/jwt/json-text'
import { HEADER_SCHEMA, PAYLOAD_SCHEMA } from '@/jwt/json-schema'
import { NestedTokenNote } from './nested-token-note'
import { Pane } from './pane'

interface JsonPaneProps {
  segment: 0 | 1
  testId: string
  decoded: JsonSegment | null
  active: boolean
  onActiveChange: (segment: SegmentIndex | null) => void
  onEdit: (json: string) => void
  /** Told whether the editor holds text the token does not have (it does not parse), each time that flips. */
  onDraftChange?: (unapplied: boolean) => void
  /** Opens a nested JWT's inner token (the payload's text) in the decoder. */
  onOpenToken?: (token: string) => void
}

// Monaco copes with big documents, but a 1 MB payload costs it a long task on every keystroke.
const MAX_EDITABLE_LENGTH = 256 * 1024
// Past that, only the start is laid out: Chromium takes about 250 ms to lay out 740 KB of text.
const PREVIEW_LENGTH = 64 * 1024

/** The decoded header or payload as editable JSON. Edits reach the token only once they parse. */
export const JsonPane = memo(function JsonPane({ segment, testId, decoded, active, onActiveChange, onEdit, onDraftChange, onOpenToken }: JsonPaneProps) {
  const { text, tooDeep } = useMemo(() => paneText(decoded), [decoded])
  const tooBig = text.length > MAX_EDITABLE_LENGTH
  // An unencoded payload (b64: false) would be written back as base64url, which would change what the token says.
  const unencoded = decoded?.form === 'unencoded'
  const hostile = tooDeep || tooBig
  const [draft, setDraft] = useState(text)
  const [shown, setShown] = useState(text)
  // Compact JSON of the edits this pane sent, newest last: the token comes back with them, maybe late.
  const [sent, setSent] = useState<readonly string[]>([])
  // The token changed from elsewhere (typing in the token field): show its text, unless it is only our
  // own draft reformatted, or an older edit of ours arriving late (the panes decode a deferred copy of
  // the token), which must not move the cursor under the user's fingers.
  // The draft this render shows: React renders again at once with the state set here, and parsing the old
  // draft in between would be wasted (0.3 ms for a 64 KB payload, on every keystroke in the token).
  let current = draft
  if (text !== shown) {
    setShown(text)
    const ours = sent.length > 0 && sent.includes(compactJson(text))
    if (!ours) {
      if (sent.length > 0) setSent([])
      // A draft still showing the old text cannot equal the new one: no need to parse both to know.
      if (draft === shown || !sameJson(draft, text)) {
        setDraft(text)
        current = text
      }
    }
  }
  const name = segment === 0 ? 'Header' : 'Payload'
  const draftError = current === text ? null : unappliedReason(current, name)
  const unapplied = draftError !== null
  // Only a flip is reported: typing inside a broken draft must not re-render the app on every key.
  useEffect(() => onDraftChange?.(unapplied), [unapplied, onDraftChange])
  // Read-only panes lay out only the start of a huge text.
  const preview = clipText(draft, PREVIEW_LENGTH)
  const onChange = (next: string) => {
    setDraft(next)
    const parsed = parseJson(next)
    if (parsed.ok && isObject(parsed.value)) {
      setSent((previous) => [...previous.slice(-31), compactJson(next)])
      onEdit(next)
    }
  }
  return (
    <Pane
      segment={segment}
      testId={testId}
      subtitle={segment === 0 ? 'algorithm and token type' : 'data (claims)'}
      active={active}
      onActiveChange={onActiveChange}
      actions={<CopyButton text={draft} label={`Copy ${name.toLowerCase()}`} />}
    >
      {hostile || unencoded ? (
        // Monaco's JSON worker recurses and overflows on hostile text: show it read-only instead.
        <>
          <div className="max-h-[480px] overflow-auto">
            <StaticJson text={preview.rest > 0 ? `${preview.shown}…` : draft} label={unencoded ? `${name}, read-only` : `${name} JSON, read-only`} />
          </div>
          {unencoded && (
            <p data-testid="unencoded-note" className="border-t border-gray-200 px-3 py-1 text-xs text-gray-700 dark:border-gray-800 dark:text-gray-300">
              Unencoded (<code>b64: false</code>, RFC 7797): the token carries this payload as it is, not as base64url. Read-only here:
              an edit would be written back as base64url, which would change what the token says. Edit the token itself instead.
            </p>
          )}
          {hostile && (
            <p role="status" className="border-t border-gray-200 px-3 py-1 text-xs text-gray-700 dark:border-gray-800 dark:text-gray-300">
              {hostileNote(tooDeep, preview.rest > 0 ? draft.length : null)}
            </p>
          )}
        </>
      ) : (
        <CodeEditor
          path={`${name.toLowerCase()}.json`}
          value={draft}
          ariaLabel={`${name} JSON`}
          schema={segment === 0 ? HEADER_SCHEMA : PAYLOAD_SCHEMA}
          onChange={onChange}
        />
      )}
      {decoded?.form === 'nested' && decoded.text !== undefined && onOpenToken && <NestedTokenNote token={decoded.text} onOpen={onOpenToken} />}
      {draftError && (
        <p role="status" className="border-t border-amber-300 bg-amber-50 px-3 py-1 text-xs text-amber-900 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-200">
          Not applied yet: {draftError}.
        </p>
      )}
    </Pane>
  )
})

/** Why the pane is read-only, and, when `clippedLength` is given, that only its start is shown. */
function hostileNote(tooDeep: boolean, clippedLength: number | null): string {
  const reason = tooDeep ? `Nested more than ${MAX_SANE_DEPTH} levels deep` : `Larger than ${MAX_EDITABLE_LENGTH / 1024} KB`
  const shown = clippedLength === null ? 'shown' : `the first ${PREVIEW_LENGTH / 1024} KB of ${Math.round(clippedLength / 1024)} KB shown (Copy takes all of it)`
  return `${reason}: ${shown} as plain text, read-only.`
}

/** The pane's text, indented when it is valid JSON, and whether it is nested too deep (one scan for both). */
function paneText(decoded: JsonSegment | null): { text: string; tooDeep: boolean } {
  const source = decoded?.text ?? ''
  const depth = jsonDepth(source)
  return { text: decoded?.ok ? formatJson(source, depth) : source, tooDeep: depth > MAX_SANE_DEPTH }
}

/** Why a draft cannot go into the token (it does not parse, or is not an object), or null when it can. */
function unappliedReason(draft: string, name: string): string | null {
  const parsed = parseJson(draft)
  if (!parsed.ok) return parsed.message
  return isObject(parsed.value) ? null : `the ${name.toLowerCase()} must be a JSON object`
}

function isObject(value: unknown): boolean {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function sameJson(a: string, b: string): boolean {
  const parsedA = parseJson(a)
  const parsedB = parseJson(b)
  return parsedA.ok && parsedB.ok && compactJson(a) === compactJson(b)
}
