import type { SegmentIndex, SignatureSegment } from '@/jwt/decode'
import { CopyButton } from '@/components/ui/copy-button'
import { Pane } from './pane'

interface SignaturePaneProps {
  decoded: SignatureSegment | null
  unsecured: boolean
  active: boolean
  onActiveChange: (segment: SegmentIndex | null) => void
}

/** The signature as the bytes it is: base64url as in the token, hex, and its length in bits. */
export function SignaturePane({ decoded, unsecured, active, onActiveChange }: SignaturePaneProps) {
  const hex = decoded?.ok ? toHex(decoded.bytes) : ''
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
            <dd>{decoded.base64url}</dd>
            <dt className="font-sans text-gray-600 dark:text-gray-400">hex</dt>
            <dd>{hex}</dd>
          </dl>
        )}
      </div>
    </Pane>
  )
}

function toHex(bytes: Uint8Array): string {
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('')
}
