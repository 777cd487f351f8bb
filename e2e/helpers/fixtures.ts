import { readFileSync } from 'node:fs'

/**
 * Real tokens from the committed fixtures in src/jwt/fixtures (made by jwt.io, PyJWT and simplejwt, not
 * by us). Read from disk rather than imported, so the e2e tsconfig needs no JSON module support.
 * It does not sign anything: see tokens.ts for tokens a test builds itself.
 */

function readFixture<T>(name: string): T {
  return JSON.parse(readFileSync(new URL(`../../src/jwt/fixtures/${name}`, import.meta.url), 'utf8')) as T
}

interface IdentifiedToken {
  id: string
  token: string
  header: Record<string, unknown>
  payload: Record<string, unknown>
}

interface JwtIoEntry {
  jwt: string
  header: string
  payload: string
  publicKey?: string
  privateKey?: string
}

type JwtIoFile = { byAlgorithm: Record<string, Record<string, unknown>> }

/** One of jwt.io's e2e tokens: `jwtIoToken('none')`, `jwtIoToken('RS256', 'withPemKey')`. */
export function jwtIoToken(alg: string, variant?: string): { token: string; header: unknown; payload: unknown; publicKey?: string; privateKey?: string } {
  const entry = readFixture<JwtIoFile>('jwtio-e2e-jwt.json').byAlgorithm[alg]
  if (!entry) throw new Error(`no jwt.io fixture for ${alg}`)
  const picked = (variant ? entry[variant] : entry) as Partial<JwtIoEntry> | undefined
  if (!picked?.jwt || !picked.header || !picked.payload) throw new Error(`no jwt.io fixture for ${alg}/${variant ?? ''}`)
  return { token: picked.jwt, header: JSON.parse(picked.header), payload: JSON.parse(picked.payload), publicKey: picked.publicKey, privateKey: picked.privateKey }
}

function byId(file: string, id: string): IdentifiedToken {
  const found = readFixture<{ tokens: IdentifiedToken[] }>(file).tokens.find((token) => token.id === id)
  if (!found) throw new Error(`no token ${id} in ${file}`)
  return found
}

/** A token signed by PyJWT 2.6.0, e.g. `pyjwtToken('pyjwt-HS256')`. */
export function pyjwtToken(id: string): IdentifiedToken {
  return byId('pyjwt.json', id)
}

/** A token made by djangorestframework-simplejwt 5.2.2 at 2026-01-01T00:00:00Z, e.g. 'simplejwt-HS256-access'. */
export function simplejwtToken(id: string): IdentifiedToken {
  return byId('simplejwt-tokens.json', id)
}
