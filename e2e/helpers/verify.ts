import { readFileSync } from 'node:fs'
import { expect, type Locator, type Page } from '@playwright/test'
import { base64url, compactVerify, importSPKI } from 'jose'
import { openDecoder } from './decoder'
import { waitForMonaco } from './monaco'

/**
 * Steps for the verify/sign panel through its public test ids, and the fixture keys that go with the
 * tokens (made by jwt.io, PyJWT and jsonwebtoken, not by us). They act and read; the specs judge.
 */

// ---- the badge ----

/** The four phrases the signature badge starts with (the contract shared with people and checks). */
export const VERDICT = {
  verified: /^Signature verified/,
  invalid: /^Invalid signature/,
  cannotVerify: /^Cannot verify: /,
  unsigned: /^Unsigned \(alg: none\)/,
} as const

export function badge(page: Page): Locator {
  return page.getByTestId('signature-status')
}

// ---- acting on the panel ----

/** Opens the app (the sample token shows first) and pastes `token` into the token field. */
export async function openWithToken(page: Page, token: string): Promise<Locator> {
  const input = await openDecoder(page)
  await input.fill(token)
  await expect(input).toHaveValue(token)
  return input
}

export type SecretEncodingLabel = 'UTF-8' | 'base64url'

/**
 * Puts `text` in the key field and, when it is a secret, chooses how its text becomes bytes (the choice is
 * offered for secrets only: PEM, JWK and JWKS say that themselves).
 */
export async function enterKey(page: Page, text: string, encoding: SecretEncodingLabel = 'UTF-8'): Promise<void> {
  await page.getByTestId('key-input').fill(text)
  const select = page.getByTestId('secret-encoding')
  if (await select.isVisible()) await select.selectOption({ label: encoding })
}

/** The current token in the token field. */
export async function currentToken(page: Page): Promise<string> {
  return page.getByTestId('token-input').inputValue()
}

/**
 * Types `letters` at the end of the payload's last claim, a string, in the Monaco payload editor, key by
 * key as a person would. Inside a string Monaco neither auto-closes nor suggests, so what is typed is
 * what arrives. It does not check the payload's shape: the last claim must be a string.
 */
export async function typeIntoLastClaim(page: Page, letters: string): Promise<void> {
  const editor = await waitForMonaco(page.getByTestId('payload-pane'))
  await editor.locator('.view-lines').click()
  // The document ends with "}" alone on its line: up to the end of the last claim, then inside its quotes.
  await page.keyboard.press('ControlOrMeta+End')
  await page.keyboard.press('Home')
  await page.keyboard.press('ArrowLeft')
  await page.keyboard.press('ArrowLeft')
  await page.keyboard.type(letters)
}

/** The payload with `letters` appended to its last claim, as typeIntoLastClaim does it. */
export function withLastClaimTyped(payload: unknown, letters: string): Record<string, unknown> {
  const copy = { ...(payload as Record<string, unknown>) }
  const last = Object.keys(copy).at(-1)
  if (last === undefined || typeof copy[last] !== 'string') throw new Error('the last claim is not a string')
  copy[last] = `${copy[last] as string}${letters}`
  return copy
}

/**
 * Replaces the payload in the Monaco payload editor with a real clipboard paste (Ctrl/Cmd+V), as people
 * put a prepared JSON document in; needs clipboard permissions. Pasted text is not auto-closed, unlike
 * `keyboard.insertText`, which Monaco handles as typing, doubling the closing bracket of every nested
 * object that spans lines.
 */
export async function pastePayloadInMonaco(page: Page, payload: Record<string, unknown>): Promise<void> {
  const editor = await waitForMonaco(page.getByTestId('payload-pane'))
  await page.evaluate((text) => navigator.clipboard.writeText(text), JSON.stringify(payload, null, 2))
  await editor.locator('.view-lines').click()
  await page.keyboard.press('ControlOrMeta+A')
  await page.keyboard.press('ControlOrMeta+V')
}

/** Waits until the token field holds a token whose payload is `payload` and whose signature is not `oldSignature`. */
export async function expectResigned(page: Page, payload: unknown, oldSignature: string): Promise<string> {
  await expect
    .poll(async () => {
      const token = await currentToken(page)
      return { payload: payloadOf(token), changed: signatureOf(token) !== oldSignature }
    }, { message: 'the token field holds the edited payload, signed anew' })
    .toEqual({ payload, changed: true })
  await expect(badge(page)).toHaveText(VERDICT.verified)
  return currentToken(page)
}

/** Clicks "generate" and waits for the new key to be shown; returns the public PEM (undefined for an HMAC secret). */
export async function generateKey(page: Page): Promise<string | undefined> {
  await page.getByTestId('generate-key').click()
  const shown = page.getByTestId('generated-key')
  await expect(shown).toBeVisible({ timeout: 15_000 })
  const pem = shown.locator('details', { hasText: 'Public key (PEM' }).locator('pre')
  if ((await pem.count()) === 0) return undefined
  const text = (await pem.textContent()) ?? ''
  expect(text).toContain('-----BEGIN PUBLIC KEY-----')
  return text
}

// ---- tokens, read in Node ----

export function segmentsOf(token: string): string[] {
  return token.split('.')
}

export function payloadOf(token: string): unknown {
  try {
    return JSON.parse(new TextDecoder().decode(base64url.decode(segmentsOf(token)[1] ?? '')))
  } catch {
    return undefined
  }
}

export function signatureOf(token: string): string {
  return segmentsOf(token)[2] ?? ''
}

/**
 * The token with exactly one character of its payload JSON changed: the first letter or digit of the
 * first string value, so the payload stays JSON and the signature no longer matches.
 */
export function tamperPayload(token: string): string {
  const [header, payload, signature] = segmentsOf(token)
  const json = new TextDecoder().decode(base64url.decode(payload ?? ''))
  const match = /":\s*"[^A-Za-z0-9"]*([A-Za-z0-9])/.exec(json)
  if (!match) throw new Error(`no string value to change in ${json}`)
  const at = match.index + match[0].length - 1
  const replacement = json[at] === 'x' ? 'y' : 'x'
  const changed = json.slice(0, at) + replacement + json.slice(at + 1)
  return `${header}.${base64url.encode(changed)}.${signature}`
}

/** Checks a signature outside the browser, with jose in Node: a second opinion on what the page signed. */
export async function verifiesInNode(token: string, publicPem: string, alg: string): Promise<boolean> {
  try {
    await compactVerify(token, await importSPKI(publicPem, alg))
    return true
  } catch {
    return false
  }
}

// ---- fixture keys ----

function readFixture<T>(name: string): T {
  return JSON.parse(readFileSync(new URL(`../../src/jwt/fixtures/${name}`, import.meta.url), 'utf8')) as T
}

/** A token and a key that verifies it, as someone would paste them. */
export interface KeyedToken {
  name: string
  alg: string
  token: string
  key: string
  encoding: SecretEncodingLabel
}

interface JwtIoVariant {
  header: string
  jwt: string
  secret?: string
  secretEncoding?: SecretEncodingLabel
  publicKey?: string | Record<string, unknown>
  privateKey?: string | Record<string, unknown>
}

const JWTIO_VARIANTS = ['withUtf8Secret', 'withBase64urlSecret', 'withPemKey', 'withJwkKey'] as const

function keyText(key: string | Record<string, unknown>): string {
  return typeof key === 'string' ? key : JSON.stringify(key, null, 2)
}

/** jwt.io's e2e tokens for `alg`, one per key form (UTF-8 and base64url secrets, PEM and JWK keys). */
export function jwtIoCases(alg: string): KeyedToken[] {
  const entry = readFixture<{ byAlgorithm: Record<string, Record<string, unknown>> }>('jwtio-e2e-jwt.json').byAlgorithm[alg]
  if (!entry) throw new Error(`no jwt.io fixture for ${alg}`)
  return JWTIO_VARIANTS.flatMap((variant) => {
    const v = entry[variant] as JwtIoVariant | undefined
    if (!v) return []
    const headerAlg = (JSON.parse(v.header) as { alg: string }).alg
    const key = v.secret ?? (v.publicKey === undefined ? undefined : keyText(v.publicKey))
    if (key === undefined) throw new Error(`jwt.io ${alg}/${variant} has no key`)
    return [{ name: `jwt.io ${alg} ${variant}`, alg: headerAlg, token: v.jwt, key, encoding: v.secretEncoding ?? 'UTF-8' }]
  })
}

/** jwt.io's private key for `alg` (PEM form), for signing. */
export function jwtIoKeyPair(alg: string): { token: string; publicPem: string; privatePem: string } {
  const entry = readFixture<{ byAlgorithm: Record<string, Record<string, unknown>> }>('jwtio-e2e-jwt.json').byAlgorithm[alg]
  const v = entry?.withPemKey as JwtIoVariant | undefined
  if (typeof v?.publicKey !== 'string' || typeof v.privateKey !== 'string') throw new Error(`no jwt.io PEM key pair for ${alg}`)
  return { token: v.jwt, publicPem: v.publicKey, privatePem: v.privateKey }
}

export type LibraryFile = 'pyjwt.json' | 'jsonwebtoken.json'

export interface LibraryToken {
  id: string
  alg: string
  token: string
  header: Record<string, unknown>
  payload: Record<string, unknown>
  keyFormat?: 'pkcs1-public-pem' | 'x509-pem' | 'jwks'
  key: { secret?: string; secretBase64url?: string; publicPem?: string; publicJwk?: Record<string, unknown>; privatePem?: string }
  jwks?: { keys: Record<string, unknown>[] }
}

/** Every token of a PyJWT or jsonwebtoken fixture file, with its keys. */
export function libraryTokens(file: LibraryFile): LibraryToken[] {
  return readFixture<{ tokens: LibraryToken[] }>(file).tokens
}

export function libraryToken(file: LibraryFile, id: string): LibraryToken {
  const found = libraryTokens(file).find((token) => token.id === id)
  if (!found) throw new Error(`no token ${id} in ${file}`)
  return found
}

/** A library token's plain key forms: a secret as UTF-8 and as base64url, or the public PEM and the public JWK. */
export function libraryCases(file: LibraryFile, algs: readonly string[]): KeyedToken[] {
  return libraryTokens(file)
    .filter((t) => algs.includes(t.alg) && t.keyFormat === undefined)
    .flatMap((t): KeyedToken[] => {
      const { secret, secretBase64url, publicPem, publicJwk } = t.key
      if (secret !== undefined && secretBase64url !== undefined) {
        return [
          { name: `${t.id} (UTF-8 secret)`, alg: t.alg, token: t.token, key: secret, encoding: 'UTF-8' },
          { name: `${t.id} (base64url secret)`, alg: t.alg, token: t.token, key: secretBase64url, encoding: 'base64url' },
        ]
      }
      if (publicPem === undefined || publicJwk === undefined) throw new Error(`${t.id} has no public key`)
      return [
        { name: `${t.id} (PEM)`, alg: t.alg, token: t.token, key: publicPem, encoding: 'UTF-8' },
        { name: `${t.id} (JWK)`, alg: t.alg, token: t.token, key: keyText(publicJwk), encoding: 'UTF-8' },
      ]
    })
}
