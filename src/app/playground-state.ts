import { encodeSegment } from '@/jwt/base64url'
import type { DetachedInput } from '@/jwt/detached'
import { decodeJsonSegment, decodeToken } from '@/jwt/decode'
import { compactJson, setMember } from '@/jwt/json-text'
import { normalizeInput } from '@/jwt/normalize'
import { SAMPLE_SECRET, SAMPLE_TOKEN } from './sample-token'

/**
 * The playground's true inputs, in one reducer. Everything else (decoded parts, claims, verdicts) is
 * derived from these with useMemo, so nothing can drift apart.
 */

export const VIEWS = ['decoder', 'learn', 'timeline'] as const
export type View = (typeof VIEWS)[number]
export type SecretEncoding = 'utf8' | 'base64url'

export interface PlaygroundState {
  view: View
  /** The encoded token exactly as typed or pasted (prefixes and whitespace included). */
  tokenText: string
  keyText: string
  secretEncoding: SecretEncoding
  /** Clock skew allowed when judging exp/nbf/iat, in seconds. */
  leeway: number
  /** A one-off message about how the token arrived (e.g. moved out of the query string). */
  notice: string | null
  /**
   * Bumped by every edit that should re-sign the token (JSON edits, alg change, iat/exp buttons, a new key).
   * Pasting or typing a token never re-signs: that would forge a signature for a token someone else made.
   */
  signRequest: number
  /**
   * Whether the header (0) or payload (1) editor holds text the token does not have yet because it does not
   * parse. Buttons that rewrite that part wait for it, or the pane would replace the person's typing.
   */
  unappliedDraft: Readonly<Record<0 | 1, boolean>>
  /** The payload of a token whose payload part is empty (detached, RFC 7515 Appendix F), as pasted to verify it. */
  detached: DetachedPayloadEntry
}

/** What the person gave for a detached payload; whether the header says "b64": false comes from the token. */
export type DetachedPayloadEntry = Omit<DetachedInput, 'unencoded'>

export type PlaygroundAction =
  | { type: 'tokenEdited'; text: string }
  | { type: 'segmentEdited'; segment: 0 | 1; json: string }
  | { type: 'draftChanged'; segment: 0 | 1; unapplied: boolean }
  | { type: 'tokenSigned'; basis: string; token: string }
  | { type: 'algChanged'; alg: string }
  | { type: 'claimsStamped'; claims: Record<string, number> }
  /** A generated key; a key pair's `kid` (its RFC 7638 thumbprint) goes in the header, naming the key that now signs. */
  | { type: 'keyGenerated'; keyText: string; secretEncoding: SecretEncoding; kid?: string }
  | { type: 'signRequested' }
  | { type: 'keyEdited'; text: string }
  | { type: 'secretEncodingChanged'; encoding: SecretEncoding }
  | { type: 'leewayChanged'; seconds: number }
  | { type: 'detachedEdited'; changes: Partial<DetachedPayloadEntry> }
  | { type: 'viewChanged'; view: View }
  /** A token opened from elsewhere (a link, Recent, the timeline), in the decoder unless the link names a view. */
  | { type: 'tokenOpened'; token: string; keyText?: string; secretEncoding?: SecretEncoding; notice?: string | null; view?: View }
  | { type: 'noticeDismissed' }
  /** A note added to the one showing (a link's key found to be private, once its check has loaded). */
  | { type: 'noticeAdded'; notice: string }

export const initialState: PlaygroundState = {
  view: 'decoder',
  tokenText: SAMPLE_TOKEN,
  keyText: SAMPLE_SECRET,
  secretEncoding: 'utf8',
  leeway: 0,
  notice: null,
  signRequest: 0,
  unappliedDraft: { 0: false, 1: false },
  detached: { text: '', form: 'content', lineEnds: 'lf' },
}

export function playgroundReducer(state: PlaygroundState, action: PlaygroundAction): PlaygroundState {
  switch (action.type) {
    case 'tokenEdited':
      return { ...state, tokenText: action.text }
    case 'segmentEdited':
      return withSegment(state, action.segment, action.json)
    case 'draftChanged':
      if (state.unappliedDraft[action.segment] === action.unapplied) return state
      return { ...state, unappliedDraft: { ...state.unappliedDraft, [action.segment]: action.unapplied } }
    case 'algChanged':
      // Refused, like stamping, while the header editor holds typing the token does not have.
      if (state.unappliedDraft[0]) return state
      return setMembers(state, 0, { alg: JSON.stringify(action.alg) })
    case 'claimsStamped': {
      // A payload draft that does not parse is the person's newest intent. Stamping the token's older payload
      // would make the pane show that instead and throw the typing away without a word; writing into half-typed
      // JSON would mean guessing where their edit ends. So stamping waits, and StampClaims says why.
      if (state.unappliedDraft[1]) return state
      const values = Object.fromEntries(Object.entries(action.claims).map(([name, value]) => [name, JSON.stringify(value)]))
      return setMembers(state, 1, values)
    }
    case 'keyGenerated': {
      const withKey = { ...state, keyText: action.keyText, secretEncoding: action.secretEncoding, signRequest: state.signRequest + 1 }
      // Not into a header being typed (its draft would be replaced) or one that does not decode (it would be lost).
      if (action.kid === undefined || state.unappliedDraft[0] || !decodeToken(normalizeInput(state.tokenText).token).header?.ok) return withKey
      return setMembers(withKey, 0, { kid: JSON.stringify(action.kid) })
    }
    case 'signRequested':
      return { ...state, signRequest: state.signRequest + 1 }
    case 'tokenSigned':
      // A signature computed for an older token must not overwrite newer edits.
      return state.tokenText === action.basis ? { ...state, tokenText: action.token } : state
    case 'keyEdited':
      return { ...state, keyText: action.text }
    case 'secretEncodingChanged':
      return { ...state, secretEncoding: action.encoding }
    case 'leewayChanged':
      return { ...state, leeway: action.seconds }
    case 'detachedEdited':
      return { ...state, detached: { ...state.detached, ...action.changes } }
    case 'viewChanged':
      return { ...state, view: action.view }
    case 'tokenOpened':
      return {
        ...state,
        view: action.view ?? 'decoder',
        tokenText: action.token,
        keyText: action.keyText ?? state.keyText,
        secretEncoding: action.secretEncoding ?? state.secretEncoding,
        notice: action.notice ?? null,
      }
    case 'noticeDismissed':
      return { ...state, notice: null }
    case 'noticeAdded':
      return { ...state, notice: state.notice ? `${state.notice} ${action.notice}` : action.notice }
  }
}

/**
 * Sets top-level members (name -> JSON text) of the decoded header or payload by editing its text, so members
 * nobody touched keep their exact bytes (JSON.stringify(JSON.parse(...)) turns 12345678901234567890 into
 * 12345678901234567000 and 1.10 into 1.1). A payload that does not decode is left alone; a header that does not
 * is started afresh, so the alg menu can still make a token of it.
 */
function setMembers(state: PlaygroundState, segment: 0 | 1, members: Readonly<Record<string, string>>): PlaygroundState {
  const decoded = decodeToken(normalizeInput(state.tokenText).token)
  const part = segment === 0 ? decoded.header : decoded.payload
  const text = part?.ok ? part.text : segment === 0 ? '{}' : null
  // An unencoded payload (b64: false, RFC 7797) is its own text: withSegment would make it base64url.
  if (text === null || part?.form === 'unencoded') return state
  const edited = Object.entries(members).reduce((json, [name, value]) => setMember(json, name, value), text)
  return withSegment(state, segment, edited)
}

/**
 * Puts `json`, compacted (values keep their spelling), in place of one JSON segment and asks for a signature.
 * The other parts stay, the signature now stale until it is re-signed, except under alg "none": an unsecured
 * JWS has an empty signature (RFC 7518 §3.6), so it becomes header.payload. with nothing after the dot.
 */
function withSegment(state: PlaygroundState, segment: 0 | 1, json: string): PlaygroundState {
  const parts = normalizeInput(state.tokenText).token.split('.')
  while (parts.length < 3) parts.push('')
  parts[segment] = encodeSegment(compactJson(json))
  const header = decodeJsonSegment(parts[0] as string, 0)
  if (header.ok && header.value.alg === 'none') parts[2] = ''
  return { ...state, tokenText: parts.slice(0, 3).join('.'), signRequest: state.signRequest + 1 }
}
