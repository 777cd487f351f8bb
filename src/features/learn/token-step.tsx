import { SEGMENT_STYLE } from '@/features/decoder/segment-style'
import type { TokenStep as Step } from '@/jwt/learn'
import { cn } from '@/lib/cn'
import { ClippedText } from './long-text'
import { StepCard } from './step-card'

const INDEX = { header: 0, payload: 1, signature: 2 } as const

/** Step 5: the three outputs joined by dots, in the decoder's colours, and whether that is the token on screen. */
export function TokenStep({ step }: { step: Step }) {
  const coloured = step.parts.map((part, index) => (
    <span key={part.role}>
      {index > 0 && <span className="text-gray-500 dark:text-gray-400">.</span>}
      <span data-part={part.role} className={SEGMENT_STYLE[INDEX[part.role]].text}>
        <ClippedText text={part.text} />
      </span>
    </span>
  ))
  return (
    <StepCard
      n={5}
      title="The token: step 1 . step 2 . step 4"
      spec="RFC 7515 §5.1 step 8, §7.1 (JWS Compact Serialization)"
      output={step.output}
      outputLabel="the JWT"
      accent="border-gray-500 dark:border-gray-400"
      outputView={coloured}
    >
      <p>
        Header, payload and signature, each base64url, joined by dots: the compact form you paste into an{' '}
        <code>Authorization: Bearer</code> header.
      </p>
      <ul aria-label="Token parts" className="flex flex-wrap gap-2 text-sm">
        {step.parts.map((part) => {
          const style = SEGMENT_STYLE[INDEX[part.role]]
          return (
            <li key={part.role} className={cn('rounded-full border px-2.5 py-0.5', style.border, style.text)}>
              <span className="font-semibold">{style.name}</span> ·{' '}
              {/* An empty part has no characters to point at: a range would point past the token's end. */}
              {part.end === part.start
                ? 'empty (0 characters)'
                : `characters ${part.start}–${part.end - 1} · ${part.end - part.start} character${part.end - part.start === 1 ? '' : 's'}`}
            </li>
          )
        })}
      </ul>
      <p
        data-testid="learn-token-matches"
        data-matches={step.matchesInput}
        className={cn(
          'rounded-md px-3 py-2',
          step.matchesInput
            ? 'bg-green-100 text-green-900 dark:bg-green-950 dark:text-green-200'
            : 'bg-amber-100 text-amber-900 dark:bg-amber-950 dark:text-amber-200',
        )}
      >
        {step.matchesInput
          ? '✓ Identical to the token you started from.'
          : '≠ Not the token you started from: step 4 computed a different signature with this secret, so this is the token that secret would have made.'}
      </p>
    </StepCard>
  )
}
