/**
 * Reads and sets one parameter of a page fragment (`#token=…&view=learn`), keeping the others as they are.
 * jwt.io's legacy fragments keep their parameters after `#debugger-io?` (see jwt/link.ts): that prefix stays.
 */
const LEGACY_PREFIX = /^debugger-io\?/

function split(hash: string): { prefix: string; params: URLSearchParams } {
  const fragment = hash.replace(/^#/, '')
  const prefix = LEGACY_PREFIX.exec(fragment)?.[0] ?? ''
  return { prefix, params: new URLSearchParams(fragment.slice(prefix.length)) }
}

/** The parameter's value, or null when the fragment has none. */
export function fragmentParam(hash: string, name: string): string | null {
  return split(hash).params.get(name)
}

/** The fragment with `name` set to `value` (removed for null); '' when nothing is left in it. */
export function fragmentWithParam(hash: string, name: string, value: string | null): string {
  const { prefix, params } = split(hash)
  if (value === null) params.delete(name)
  else params.set(name, value)
  const rest = params.toString()
  return rest ? `#${prefix}${rest}` : ''
}
