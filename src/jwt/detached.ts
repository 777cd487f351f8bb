/**
 * A JWS with a detached payload (RFC 7515 Appendix F) has an empty middle part: the payload travels apart,
 * often as an HTTP body, and the verifier puts it back. People hold that payload in one of two forms: the
 * content itself (the bytes sent), or already base64url-encoded. Under "b64": false (RFC 7797 §3) the
 * content is signed as it is, so only the content form applies.
 */
import { encodeSegment, findSegmentProblem } from './base64url'

export const DETACHED_FORMS = ['content', 'base64url'] as const
export type DetachedForm = (typeof DETACHED_FORMS)[number]

export const LINE_ENDS = ['lf', 'crlf'] as const
/** A text field hands over every line end as LF (HTML's textarea does), so CRLF content is asked for by name. */
export type LineEnds = (typeof LINE_ENDS)[number]

export interface DetachedInput {
  /** As pasted, with LF line ends. */
  text: string
  form: DetachedForm
  lineEnds: LineEnds
  /** "b64": false in the header: the content is signed as it is. */
  unencoded: boolean
}

export type DetachedPart = { ok: true; part: string } | { ok: false; message: string }

/** Whether a token's parts are those of a JWS whose payload is detached: three parts, the middle one empty. */
export function isDetachedPayload(parts: readonly string[]): boolean {
  return parts.length === 3 && parts[1] === ''
}

/** Whether the header asks for the payload unencoded (RFC 7797 §3): then the content is signed as it is. */
export function isUnencodedPayload(header: Readonly<Record<string, unknown>> | null): boolean {
  return header?.b64 === false
}

/**
 * The payload as it stands between the dots of the signing input, from what the person pasted. The content is
 * taken byte for byte (a trailing newline is part of it) with the line ends asked for; a base64url form may
 * have spaces around it.
 */
export function detachedPayloadPart({ text, form, lineEnds, unencoded }: DetachedInput): DetachedPart {
  if (unencoded || form === 'content') {
    const content = lineEnds === 'crlf' ? text.replace(/\r?\n/g, '\r\n') : text
    return { ok: true, part: unencoded ? content : encodeSegment(content) }
  }
  const part = text.trim()
  const problem = findSegmentProblem(part)
  if (problem === null) return { ok: true, part }
  switch (problem.kind) {
    case 'padding':
      return { ok: false, message: `The payload ends with "=" padding at character ${problem.index + 1}: base64url in a JWS has none (RFC 7515 §2). Remove the "=".` }
    case 'bad-char':
      return {
        ok: false,
        message: `The payload has ${JSON.stringify(problem.char)} at character ${problem.index + 1}, which is not base64url. If it is the payload's content itself, choose "content".`,
      }
    case 'bad-length':
      return { ok: false, message: `The payload is ${part.length} characters long, which no byte string encodes to in base64url: it looks truncated.` }
  }
}
