import { describe, expect, it } from 'vitest'
import jsonwebtoken from './fixtures/jsonwebtoken.json'
import pyjwt from './fixtures/pyjwt.json'
import simplejwt from './fixtures/simplejwt-tokens.json'
import { signJsonText } from './sign'
import { verifySignature } from './verify'

// Every token that PyJWT, jsonwebtoken and djangorestframework-simplejwt made (see fixtures/README.md)
// must verify with each form of its key, and fail once a payload character changes.

interface FixtureToken {
  id: string
  alg: string
  token: string
  header: Record<string, unknown>
  payload: unknown
  keyFormat?: string
  jwks?: { keys: unknown[] }
  key: { secret?: string; secretBase64url?: string; publicPem?: string; publicJwk?: unknown; privatePem?: string; privateJwk?: unknown }
}

const tokens: FixtureToken[] = [
  ...(pyjwt.tokens as FixtureToken[]),
  ...(jsonwebtoken.tokens as FixtureToken[]),
  ...(simplejwt.tokens as FixtureToken[]),
]

/** The key texts a person could paste for this token, each with the encoding it needs. */
function verifyingKeys(fixture: FixtureToken): [string, string, 'utf8' | 'base64url'][] {
  const { key } = fixture
  const forms: [string, string, 'utf8' | 'base64url'][] = []
  if (key.secret !== undefined) forms.push(['secret (UTF-8)', key.secret, 'utf8'])
  if (key.secretBase64url !== undefined) forms.push(['secret (base64url)', key.secretBase64url, 'base64url'])
  if (key.publicPem !== undefined) forms.push([`public PEM (${fixture.keyFormat ?? 'spki'})`, key.publicPem, 'utf8'])
  if (key.publicJwk !== undefined) forms.push(['public JWK', JSON.stringify(key.publicJwk), 'utf8'])
  if (fixture.jwks) forms.push(['JWKS', JSON.stringify(fixture.jwks), 'utf8'])
  return forms
}

function tamper(token: string): string {
  const [header, payload, signature] = token.split('.') as [string, string, string]
  const decoded = Buffer.from(payload, 'base64url').toString('utf8')
  const at = /:\s*"[^"\\]/.exec(decoded)
  const index = at ? at.index + at[0].length - 1 : 0
  const changed = decoded.slice(0, index) + (decoded[index] === 'A' ? 'B' : 'A') + decoded.slice(index + 1)
  return [header, Buffer.from(changed, 'utf8').toString('base64url'), signature].join('.')
}

describe('tokens made by other implementations', () => {
  it('there are fixtures to check', () => {
    expect(tokens.length).toBeGreaterThanOrEqual(40)
  })

  describe.each(tokens.map((t) => [t.id, t] as const))('%s', (_, fixture) => {
    it.each(verifyingKeys(fixture))('verifies with its %s', async (_form, key, encoding) => {
      const result = await verifySignature(fixture.token, key, { encoding })
      expect(result).toMatchObject({ status: 'verified', alg: fixture.alg })
      expect((await verifySignature(tamper(fixture.token), key, { encoding })).status).toBe('invalid')
    })

    const privateKeys = [
      ['PEM', fixture.key.privatePem],
      ['JWK', fixture.key.privateJwk === undefined ? undefined : JSON.stringify(fixture.key.privateJwk)],
    ].filter((entry): entry is [string, string] => entry[1] !== undefined)
    if (privateKeys.length > 0) {
      it.each(privateKeys)('its private %s signs what its public key verifies', async (_form, privateKey) => {
        const signed = await signJsonText(JSON.stringify(fixture.header), JSON.stringify(fixture.payload), privateKey, { encoding: 'utf8' })
        if (!signed.ok) throw new Error(signed.message)
        const publicKey = fixture.key.publicPem ?? JSON.stringify(fixture.key.publicJwk)
        expect((await verifySignature(signed.token, publicKey, { encoding: 'utf8' })).status).toBe('verified')
      })
    }
  })
})
