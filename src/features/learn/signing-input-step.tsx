import type { SigningInputStep as Step } from '@/jwt/learn'
import { SEGMENT_STYLE } from '@/features/decoder/segment-style'
import { ByteText } from './byte-text'
import type { ByteFormat } from './bytes-format'
import { ClippedText } from './long-text'
import { StepCard, StepRow } from './step-card'

/** Step 3: header and payload segments joined by a dot; these ASCII bytes, not the JSON, get signed. */
export function SigningInputStep({ step, header, payload, format }: { step: Step; header: string; payload: string; format: ByteFormat }) {
  const coloured = (
    <>
      <ClippedText className={SEGMENT_STYLE[0].text} text={header} />
      <span className="text-gray-500 dark:text-gray-400">.</span>
      <ClippedText className={SEGMENT_STYLE[1].text} text={payload} />
    </>
  )
  return (
    <StepCard
      n={3}
      title="The signing input: step 1 . step 2"
      spec="RFC 7515 §5.1 step 5 (JWS Signing Input, §2)"
      output={step.output}
      outputLabel="ASCII(BASE64URL(UTF8(JWS Protected Header)) || '.' || BASE64URL(JWS Payload))"
      accent="border-gray-500 dark:border-gray-400"
      outputView={coloured}
    >
      <p>
        The two outputs joined by one dot (<code>0x2e</code>). The signature in step 4 is computed over the{' '}
        <strong>ASCII bytes of this text</strong>, not over the JSON objects.
      </p>
      <StepRow label={`ASCII bytes (${step.bytes.length})`}>
        <ByteText bytes={step.bytes} format={format} testId="learn-step-3-bytes" />
      </StepRow>
    </StepCard>
  )
}
