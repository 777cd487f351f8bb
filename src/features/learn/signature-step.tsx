import type { Dispatch } from 'react'
import type { PlaygroundAction, PlaygroundState } from '@/app/playground-state'
import { SEGMENT_STYLE } from '@/features/decoder/segment-style'
import { algorithmInfo } from '@/jwt/algorithms'
import type { SignatureStep as Step } from '@/jwt/learn'
import { cn } from '@/lib/cn'
import { ByteText } from './byte-text'
import type { ByteFormat } from './bytes-format'
import { SecretField } from './secret-field'
import { ClippedText } from './long-text'
import { StepCard, StepRow } from './step-card'

interface SignatureStepProps {
  step: Step
  format: ByteFormat
  state: Pick<PlaygroundState, 'keyText' | 'secretEncoding'>
  dispatch: Dispatch<PlaygroundAction>
}

const TITLES: Record<Step['mode'], string> = {
  hmac: 'The signature: HMAC of the signing input, computed here',
  'hmac-needs-key': 'The signature: HMAC of the signing input',
  'hmac-bad-key': 'The signature: HMAC of the signing input',
  asymmetric: 'The signature: made with the private key',
  none: 'The signature: none',
  'unknown-alg': 'The signature',
}

/** Step 4: the HMAC recomputed live from the key field, or what an asymmetric signature covers and which key made it. */
export function SignatureStep({ step, format, state, dispatch }: SignatureStepProps) {
  const hmac = step.mode === 'hmac' || step.mode === 'hmac-needs-key' || step.mode === 'hmac-bad-key'
  return (
    <StepCard
      n={4}
      title={TITLES[step.mode]}
      spec={signatureSpec(step)}
      output={step.output}
      outputLabel={step.mode === 'hmac' ? 'BASE64URL(JWS Signature), computed here' : "BASE64URL(JWS Signature), the token's own"}
      accent={SEGMENT_STYLE[2].border}
      outputView={<ClippedText className={SEGMENT_STYLE[2].text} text={step.output} />}
    >
      {hmac && (
        <p>
          <strong>{step.alg}</strong> = HMAC-{step.hash}(secret, ASCII bytes of step 3). The same secret signs and verifies.
        </p>
      )}
      {hmac && (
        <SecretField
          keyText={state.keyText}
          encoding={state.secretEncoding}
          source={step.mode === 'hmac' ? step.secretSource : undefined}
          dispatch={dispatch}
        />
      )}
      {step.mode === 'asymmetric' && <AsymmetricDetails step={step} />}
      <p data-testid="learn-signature-explanation" className="text-gray-800 dark:text-gray-200">
        {step.explanation}
      </p>
      {step.mode === 'hmac' && (
        <>
          <StepRow label={`Computed HMAC bytes (${step.computed.length})`}>
            <ByteText bytes={step.computed} format={format} testId="learn-step-4-bytes" />
          </StepRow>
          <StepRow label="Computed, as base64url">
            <code data-testid="learn-computed-signature" className="font-mono text-sm break-all">
              {step.computed.base64url}
            </code>
          </StepRow>
        </>
      )}
      {step.mode !== 'none' && step.tokenSignature.length > 0 && (
        <>
          {step.mode !== 'hmac' && (
            <StepRow label={`The token's signature bytes (${step.tokenSignature.length}, ${step.tokenSignature.bits} bits)`}>
              <ByteText bytes={step.tokenSignature} format={format} testId="learn-step-4-bytes" />
            </StepRow>
          )}
          <StepRow label="The token's signature">
            <code className="font-mono text-sm break-all">{step.tokenSignature.base64url}</code>
          </StepRow>
        </>
      )}
      {step.mode === 'hmac' && <MatchBadge matches={step.matches} />}
    </StepCard>
  )
}

function AsymmetricDetails({ step }: { step: Extract<Step, { mode: 'asymmetric' }> }) {
  return (
    <dl className="grid gap-x-3 gap-y-1 sm:grid-cols-[11rem_1fr]">
      <dt className="text-sm font-medium text-gray-700 dark:text-gray-300">What is signed</dt>
      <dd>the ASCII bytes of step 3 (the signing input), hashed as {step.alg} specifies</dd>
      <dt className="text-sm font-medium text-gray-700 dark:text-gray-300">Signed with</dt>
      <dd data-testid="learn-signed-with">{step.signedWith}</dd>
      <dt className="text-sm font-medium text-gray-700 dark:text-gray-300">Verified with</dt>
      <dd data-testid="learn-verified-with">{step.verifiedWith}</dd>
    </dl>
  )
}

function MatchBadge({ matches }: { matches: boolean }) {
  return (
    <p
      data-testid="learn-signature-match"
      data-matches={matches}
      role="status"
      className={cn(
        'rounded-md px-3 py-2 font-medium',
        matches
          ? 'bg-green-100 text-green-900 dark:bg-green-950 dark:text-green-200'
          : 'bg-red-100 text-red-900 dark:bg-red-950 dark:text-red-200',
      )}
    >
      {matches
        ? '✓ Matches: the computed signature is exactly the token’s signature.'
        : '✗ Does not match: the computed signature differs from the token’s signature.'}
    </p>
  )
}

function signatureSpec(step: Step): string {
  switch (step.mode) {
    case 'hmac':
    case 'hmac-needs-key':
    case 'hmac-bad-key':
      return 'RFC 7515 §5.1 steps 5–6; RFC 7518 §3.2'
    case 'asymmetric':
      return `RFC 7515 §5.1 steps 5–6; ${algorithmInfo(step.alg)?.spec ?? 'RFC 7518 §3'}`
    case 'none':
      return 'RFC 7515 Appendix A.5; RFC 7518 §3.6'
    case 'unknown-alg':
      return 'RFC 7515 §4.1.1'
  }
}
