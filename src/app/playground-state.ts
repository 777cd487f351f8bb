import { encodeSegment } from '@/jwt/base64url'
import { decodeToken } from '@/jwt/decode'
import { compactJson } from '@/jwt/json-text'
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
}

export type PlaygroundAction =
  | { type: 'tokenEdited'; text: string }
  | { type: 'segmentEdited'; segment: 0 | 1; json: string }
  | { type: 'tokenSigned'; basis: string; token: string }
  | { type: 'algChanged'; alg: string }
  | { type: 'claimsStamped'; claims: Record<string, number> }
  | { type: 'keyGenerated'; keyText: string; secretEncoding: SecretEncoding }
  | { type: 'signRequested' }
  | { type: 'keyEdited'; text: string }
  | { type: 'secretEncodingChanged'; encoding: SecretEncoding }
  | { type: 'leewayChanged'; seconds: number }
  | { type: 'viewChanged'; view: View }
  | { type: 'tokenOpened'; token: string; keyText?: string; secretEncoding?: SecretEncoding; notice?: string | null }
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
}

export function playgroundReducer(state: PlaygroundState, action: PlaygroundAction): PlaygroundState {
  switch (action.type) {
    case 'tokenEdited':
      return { ...state, tokenText: action.text }
    case 'segmentEdited':
      return { ...state, tokenText: replaceSegment(state.tokenText, action.segment, action.json), signRequest: state.signRequest + 1 }
    case 'algChanged':
      return editJson(state, 0, (header) => ({ ...header, alg: action.alg }))
    case 'claimsStamped':
      return editJson(state, 1, (payload) => ({ ...payload, ...action.claims }))
    case 'keyGenerated':
      return { ...state, keyText: action.keyText, secretEncoding: action.secretEncoding, signRequest: state.signRequest + 1 }
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
    case 'viewChanged':
      return { ...state, view: action.view }
    case 'tokenOpened':
      return {
        ...state,
        view: 'decoder',
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

/** Applies `change` to the decoded header or payload and re-encodes it; a part that does not decode is left alone. */
function editJson(state: PlaygroundState, segment: 0 | 1, change: (value: Record<string, unknown>) => Record<string, unknown>): PlaygroundState {
  const decoded = decodeToken(normalizeInput(state.tokenText).token)
  const part = segment === 0 ? decoded.header : decoded.payload
  const value = part?.ok ? part.value : segment === 0 ? {} : null
  if (!value) return state
  const json = JSON.stringify(change(value))
  return { ...state, tokenText: replaceSegment(state.tokenText, segment, json), signRequest: state.signRequest + 1 }
}

/** Re-encodes one JSON segment, keeping the others (and the now stale signature) as they are. */
function replaceSegment(tokenText: string, segment: 0 | 1, json: string): string {
  const parts = normalizeInput(tokenText).token.split('.')
  while (parts.length < 3) parts.push('')
  parts[segment] = encodeSegment(compactJson(json))
  return parts.slice(0, 3).join('.')
}
