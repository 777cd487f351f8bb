import type { Base64Difference } from '@/jwt/learn'
import { clipLearnText, MoreCharacters } from './long-text'
import { MarkedText } from './marked-text'

interface Base64CompareProps {
  base64: string
  base64url: string
  differences: readonly Base64Difference[]
  testId?: string
}

const PADDING = 'rounded-sm bg-amber-200 font-bold text-amber-950 dark:bg-amber-700 dark:text-amber-50'

/**
 * Plain base64 (RFC 4648 §4) above the token's base64url (RFC 4648 §5, unpadded per RFC 7515 §2), one
 * character under the other, with every character that differs marked. It does not encode anything itself.
 */
export function Base64Compare({ base64, base64url, differences, testId }: Base64CompareProps) {
  const changed = new Set(differences.filter((d) => d.kind !== 'padding-removed').map((d) => d.index))
  const padding = differences.find((d) => d.kind === 'padding-removed')
  const unpaddedLength = padding ? padding.index : base64.length
  const plain = clipLearnText(base64.slice(0, unpaddedLength))
  const url = clipLearnText(base64url)
  return (
    <div data-testid={testId} className="space-y-2">
      <div className="overflow-x-auto rounded bg-gray-100 p-2 font-mono text-sm dark:bg-gray-900">
        <div className="grid grid-cols-[5.5rem_1fr] gap-x-2 gap-y-1">
          <span className="font-sans text-gray-700 dark:text-gray-300">base64</span>
          <span data-testid={testId && `${testId}-base64`} className="break-all">
            <MarkedText text={plain.shown} indexes={changed} label="differs from base64url" />
            <MoreCharacters rest={plain.rest} />
            {padding && plain.rest === 0 && (
              <del title={`${padding.count} padding character${padding.count === 1 ? '' : 's'}, removed in base64url`} className={PADDING}>
                {base64.slice(unpaddedLength)}
              </del>
            )}
          </span>
          <span className="font-sans text-gray-700 dark:text-gray-300">base64url</span>
          <span data-testid={testId && `${testId}-base64url`} className="break-all">
            <MarkedText text={url.shown} indexes={changed} label="differs from base64" />
            <MoreCharacters rest={url.rest} />
          </span>
        </div>
      </div>
      <p className="text-sm text-gray-700 dark:text-gray-300">{summarize(differences)}</p>
    </div>
  )
}

/** The differences in words, so colour is not the only signal. */
function summarize(differences: readonly Base64Difference[]): string {
  if (differences.length === 0) return 'Identical: these bytes encode with no + or / and need no padding.'
  const plus = differences.filter((d) => d.kind === 'plus-to-minus').length
  const slash = differences.filter((d) => d.kind === 'slash-to-underscore').length
  const other = differences.filter((d) => d.kind === 'non-canonical').length
  const padding = differences.find((d) => d.kind === 'padding-removed')
  const parts: string[] = []
  if (plus > 0) parts.push(`${plus} × "+" became "-"`)
  if (slash > 0) parts.push(`${slash} × "/" became "_"`)
  if (padding) parts.push(`${padding.count} "=" padding removed`)
  if (other > 0) parts.push('the last character differs: the token sets unused bits that a canonical encoder leaves at zero')
  return `Marked: ${parts.join('; ')}.`
}
