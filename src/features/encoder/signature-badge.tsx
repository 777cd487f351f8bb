import type { VerifyResult } from '@/jwt/verify'
import { cn } from '@/lib/cn'

const STYLE = {
  verified: 'border-green-700 bg-green-50 text-green-900 dark:border-green-500 dark:bg-green-950 dark:text-green-200',
  invalid: 'border-red-700 bg-red-50 text-red-900 dark:border-red-500 dark:bg-red-950 dark:text-red-200',
  'cannot-verify': 'border-amber-700 bg-amber-50 text-amber-900 dark:border-amber-500 dark:bg-amber-950 dark:text-amber-200',
  unsigned: 'border-amber-700 bg-amber-50 text-amber-900 dark:border-amber-500 dark:bg-amber-950 dark:text-amber-200',
  pending: 'border-gray-400 bg-gray-50 text-gray-800 dark:border-gray-600 dark:bg-gray-900 dark:text-gray-200',
} as const

const ICON = { verified: '✓', invalid: '✗', 'cannot-verify': '?', unsigned: '!', pending: '…' } as const

/** The verdict on the signature alone, in words first (colour and icon only repeat them). */
export function SignatureBadge({ result }: { result: VerifyResult | null }) {
  const kind = result?.status ?? 'pending'
  return (
    <div className={cn('flex gap-2 rounded-md border-2 px-3 py-2 text-sm', STYLE[kind])}>
      {/* Outside the status text, so that text starts with the verdict itself. */}
      <span aria-hidden="true" className="font-bold">
        {ICON[kind]}
      </span>
      <div data-testid="signature-status" role="status" className="min-w-0">
        <span className="font-semibold">{headline(result)}</span>
        {result?.status === 'invalid' && <span> {result.message}</span>}
        {result?.keyNote && <span className="block text-xs opacity-90">Key: {result.keyNote}</span>}
        {result?.warnings.map((warning) => (
          <span key={warning} className="block text-xs">
            Warning: {warning}
          </span>
        ))}
      </div>
    </div>
  )
}

/** The badge text starts with one of four fixed phrases; tests and people both rely on them. */
function headline(result: VerifyResult | null): string {
  if (!result) return 'Checking signature…'
  switch (result.status) {
    case 'verified':
      return 'Signature verified'
    case 'invalid':
      return 'Invalid signature:'
    case 'cannot-verify':
      return `Cannot verify: ${result.message}`
    case 'unsigned':
      return `Unsigned (alg: none): ${result.message}`
  }
}
