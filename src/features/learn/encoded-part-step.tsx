import type { EncodedPartStep as Step } from '@/jwt/learn'
import { SEGMENT_STYLE } from '@/features/decoder/segment-style'
import { Base64Compare } from './base64-compare'
import { ByteText, ExactText } from './byte-text'
import type { ByteFormat } from './bytes-format'
import { ClippedText } from './long-text'
import { StepCard, StepRow } from './step-card'

/** Steps 1 and 2: a JSON text, its UTF-8 bytes, and those bytes as base64url next to plain base64. */
export function EncodedPartStep({ step, format }: { step: Step; format: ByteFormat }) {
  const n = step.kind === 'header' ? 1 : 2
  const style = SEGMENT_STYLE[step.kind === 'header' ? 0 : 1]
  const name = step.kind === 'header' ? 'JOSE header' : 'payload (claims set)'
  return (
    <StepCard
      n={n}
      title={`The ${name}: JSON → UTF-8 bytes → base64url`}
      spec={step.kind === 'header' ? 'RFC 7515 §5.1 steps 3–4, §4' : 'RFC 7515 §5.1 steps 1–2; RFC 7519 §7.1'}
      output={step.output}
      // RFC 7515's own notation, so the labels can be looked up in §5.1 word for word.
      outputLabel={step.kind === 'header' ? 'BASE64URL(UTF8(JWS Protected Header))' : 'BASE64URL(JWS Payload)'}
      accent={style.border}
      outputView={<ClippedText className={style.text} text={step.output} />}
    >
      <StepRow label="JSON text, exactly as signed">
        <ExactText text={step.text} />
        {!step.utf8 && <p className="mt-1 text-sm text-amber-800 dark:text-amber-300">These bytes are not valid UTF-8; the broken places show as �.</p>}
        {step.utf8 && !step.json.ok && <p className="mt-1 text-sm text-amber-800 dark:text-amber-300">This text is not JSON: a verifier must reject the token.</p>}
        <p className="mt-1 text-sm text-gray-600 dark:text-gray-400">
          Spaces, line breaks and key order are part of the bytes: re-formatting the JSON would give a different token.
        </p>
      </StepRow>
      <StepRow label={`UTF-8 bytes (${step.bytes.length})`}>
        <ByteText bytes={step.bytes} format={format} testId={`learn-step-${n}-bytes`} />
      </StepRow>
      <StepRow label="base64 vs base64url">
        <Base64Compare base64={step.base64} base64url={step.base64url} differences={step.differences} testId={`learn-step-${n}-compare`} />
        <p className="mt-1 text-sm text-gray-600 dark:text-gray-400">
          base64url is base64 with <code>+</code> → <code>-</code> and <code>/</code> → <code>_</code> (safe in URLs) and the{' '}
          <code>=</code> padding dropped (RFC 4648 §5; RFC 7515 §2).
        </p>
      </StepRow>
    </StepCard>
  )
}
