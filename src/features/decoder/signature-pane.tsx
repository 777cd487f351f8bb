import { useState } from 'react'
import type { SegmentIndex, SignatureSegment } from '@/jwt/decode'
import { CopyButton } from '@/components/ui/copy-button'
import { toHex } from '@/lib/hex'
import { Pane } from './pane'

/** Up to this many bytes a signature shows whole: RSA-4096's 512 do; ML-DSA's 2,420 to 4,627 fold. */
const SHOWN_BYTES = 512
/** "Show all" is offered up to this size; past it (a hostile paste) laying the text out would freeze the page. */
const EXPANDABLE_BYTES = 16_384

interface SignaturePaneProps {
  decoded: SignatureSegment | null
  unsecured: boolean
  active: boolean
  onActiveChange: (segment: SegmentIndex | null) => void
}

/** The signature as the bytes it is: base64url as in the token, hex, and its length in bits. */
export function SignaturePane({ decoded, unsecured, active, onActiveChange }: SignaturePaneProps) {
  const [expanded, setExpanded] = useState(false)
  const size = decoded?.ok ? decoded.bytes.length : 0
  const folded = size > SHOWN_BYTES && !(expanded && size <= EXPANDABLE_BYTES)
  // Folded, only the shown bytes are turned into hex: a 1 MB signature part never becomes 2 MB of text.
  const shownBytes = decoded?.ok ? (folded ? decoded.bytes.subarray(0, SHOWN_BYTES) : decoded.bytes) : new Uint8Array()
  const shownBase64url = decoded?.ok ? (folded ? decoded.base64url.slice(0, Math.ceil((SHOWN_BYTES * 4) / 3)) : decoded.base64url) : ''
  return (
    <Pane
      segment={2}
      testId="signature-pane"
      subtitle={decoded?.ok ? `${decoded.bytes.length * 8} bits (${decoded.bytes.length} byte${decoded.bytes.length === 1 ? '' : 's'})` : undefined}
      active={active}
      onActiveChange={onActiveChange}
      actions={decoded?.ok && decoded.base64url ? <CopyButton text={decoded.base64url} label="Copy signature" /> : null}
    >
      <div className="space-y-2 p-3 font-mono text-xs break-all text-gray-900 dark:text-gray-100">
        {unsecured && <p className="font-sans text-sm">Empty: this token is unsecured (alg "none"), nobody signed it.</p>}
        {!decoded && <p className="font-sans text-sm text-gray-600 dark:text-gray-400">No signature part.</p>}
        {decoded && !decoded.ok && <p className="font-sans text-sm text-gray-600 dark:text-gray-400">The signature part cannot be decoded (see the error above).</p>}
        {decoded?.ok && decoded.base64url !== '' && (
          <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1">
            <dt className="font-sans text-gray-600 dark:text-gray-400">base64url</dt>
            <dd>
              {shownBase64url}
              {folded && '…'}
            </dd>
            <dt className="font-sans text-gray-600 dark:text-gray-400">hex</dt>
            <dd>
              {toHex(shownBytes)}
              {folded && '…'}
            </dd>
          </dl>
        )}
        {size > SHOWN_BYTES && (
          <p data-testid="signature-fold" className="flex flex-wrap items-center gap-2 font-sans text-gray-700 dark:text-gray-300">
            {folded ? `The first ${SHOWN_BYTES} of ${size.toLocaleString('en')} bytes.` : `All ${size.toLocaleString('en')} bytes.`}
            {size <= EXPANDABLE_BYTES ? (
              <button
                type="button"
                aria-expanded={!folded}
                onClick={() => setExpanded(folded)}
                className="rounded border border-gray-300 px-2 py-0.5 hover:bg-gray-100 focus-visible:outline-2 focus-visible:outline-sky-600 dark:border-gray-700 dark:hover:bg-gray-800"
              >
                {folded ? 'Show all' : 'Show less'}
              </button>
            ) : (
              ' Copy it to see the rest.'
            )}
          </p>
        )}
      </div>
    </Pane>
  )
}
