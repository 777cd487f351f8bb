/**
 * Reads a token (and a public key) from a page address, in every form other tools and OAuth redirects
 * use, and builds our own share links. It never puts a secret or a private key into a link.
 */

import { fragmentWithParam } from '@/lib/fragment-params'

export type LinkSource = 'id_token' | 'access_token' | 'value' | 'token' | 'jwt.io legacy'

export interface LinkToken {
  token: string
  source: LinkSource
  /** A public key carried by the link (jwt.io's `publicKey=`). */
  publicKey?: string
  /** True when the token came from the query string: the caller moves it into the fragment. */
  fromQuery: boolean
}

// jwt.io's order (decoder-fragment.service.ts): id_token wins, then access_token, value, token.
const PRIORITY = ['id_token', 'access_token', 'value', 'token'] as const

/** Finds the token in `location.hash` and `location.search`; null when there is none. */
export function readLinkToken(hash: string, search: string): LinkToken | null {
  const fragment = hash.replace(/^#/, '')
  // jwt.io's legacy links: #debugger-io?token=…&publicKey=…
  const legacy = /^debugger-io\?(.*)$/.exec(fragment)
  if (legacy) {
    const params = new URLSearchParams(legacy[1])
    const token = params.get('token') ?? params.get('value')
    if (token) return withKey({ token, source: 'jwt.io legacy', fromQuery: false }, params)
  }
  const fromFragment = pick(new URLSearchParams(fragment), false)
  if (fromFragment) return fromFragment
  return pick(new URLSearchParams(search.replace(/^\?/, '')), true)
}

function pick(params: URLSearchParams, fromQuery: boolean): LinkToken | null {
  for (const source of PRIORITY) {
    const token = params.get(source)
    if (token) return withKey({ token, source, fromQuery }, params)
  }
  return null
}

function withKey(link: LinkToken, params: URLSearchParams): LinkToken {
  const publicKey = params.get('publicKey')
  return publicKey ? { ...link, publicKey } : link
}

/** `#token=…` (and `publicKey=…` only when it is a public key); never the query, so no server sees it. */
export function buildShareFragment(token: string, publicKey?: string): string {
  const params = new URLSearchParams({ token })
  if (publicKey) params.set('publicKey', publicKey)
  return `#${params.toString()}`
}

/**
 * The fragment for a token found in the query: `#token=…` (and `publicKey=…`), followed by whatever the
 * fragment already held (`?token=A#state=x` becomes `#token=A&state=x`).
 */
export function fragmentForQueryToken(hash: string, token: string, publicKey?: string): string {
  const kept = hash.replace(/^#/, '')
  return buildShareFragment(token, publicKey) + (kept ? `&${kept}` : '')
}

/** The search string with the token-carrying parameters removed (after moving them into the fragment). */
export function searchWithoutToken(search: string): string {
  const params = new URLSearchParams(search.replace(/^\?/, ''))
  for (const name of [...PRIORITY, 'publicKey']) params.delete(name)
  const rest = params.toString()
  return rest ? `?${rest}` : ''
}

/**
 * The fragment with every token-carrying parameter (and publicKey=) removed, the rest kept (an OAuth
 * `state=`, a `view=`); '' when nothing is left.
 */
export function fragmentWithoutToken(hash: string): string {
  return [...PRIORITY, 'publicKey'].reduce((rest, name) => fragmentWithParam(rest, name, null), hash)
}

/** The fragment with its publicKey= parameter removed, in the form it came in (jwt.io's legacy form too). */
export function fragmentWithoutKey(hash: string): string {
  const fragment = hash.replace(/^#/, '')
  const legacy = /^debugger-io\?/.exec(fragment)
  const params = new URLSearchParams(legacy ? fragment.slice(legacy[0].length) : fragment)
  params.delete('publicKey')
  return `#${legacy ? legacy[0] : ''}${params.toString()}`
}
