import { describe, expect, it } from 'vitest'
import { HEADER_SCHEMA, PAYLOAD_SCHEMA } from './json-schema'

type Props = Record<string, { type?: unknown; enum?: unknown[]; description?: string }>

describe('editor schemas', () => {
  it('lists every signing alg plus none, and nothing else', () => {
    const alg = (HEADER_SCHEMA.properties as Props).alg
    expect(alg?.enum).toEqual(expect.arrayContaining(['HS256', 'RS256', 'PS512', 'ES512', 'EdDSA', 'Ed25519', 'ML-DSA-87', 'none']))
    expect(alg?.enum).toHaveLength(18)
  })

  it('makes exp, nbf and iat numbers (RFC 7519 NumericDate)', () => {
    const props = PAYLOAD_SCHEMA.properties as Props
    for (const name of ['exp', 'nbf', 'iat']) expect(props[name]?.type).toBe('number')
  })

  it('explains registered claims with their source', () => {
    expect((PAYLOAD_SCHEMA.properties as Props).jti?.description).toContain('RFC 7519 §4.1.7')
    expect((PAYLOAD_SCHEMA.properties as Props).token_type?.description).toContain('simplejwt')
  })
})
