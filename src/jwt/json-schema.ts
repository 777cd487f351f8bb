import { SIGNING_ALGORITHMS } from './algorithms'
import { CLAIM_REGISTRY } from './claim-registry'

/**
 * JSON Schemas for the header and payload editors: they make the editor flag `"exp": "soon"` and an
 * unknown alg, and explain registered names on hover. They describe; they do not verify anything.
 */

type Schema = Record<string, unknown>

const HEADER_PARAMETERS: Record<string, Schema> = {
  alg: {
    description: 'Algorithm: how the signature is made (RFC 7515 §4.1.1). The verifier must not let the token choose it freely (RFC 8725 §3.1).',
    enum: [...SIGNING_ALGORITHMS.map((info) => info.alg), 'none'],
  },
  typ: { type: 'string', description: 'Type of the whole token, usually "JWT" (RFC 7519 §5.1).' },
  cty: { type: 'string', description: 'Content type of the payload; "JWT" for a nested token (RFC 7519 §5.2).' },
  kid: { type: 'string', description: 'Key ID: a hint for which key verifies the token (RFC 7515 §4.1.4). Never use it unchecked in a file path or SQL query.' },
  jku: { type: 'string', format: 'uri', description: 'JWK Set URL (RFC 7515 §4.1.2). A server must not fetch keys from a URL the token names (RFC 8725 §3.10).' },
  jwk: { type: 'object', description: 'The public key itself, embedded (RFC 7515 §4.1.3). Trusting it lets anyone sign.' },
  x5u: { type: 'string', format: 'uri', description: 'X.509 certificate URL (RFC 7515 §4.1.5).' },
  x5c: { type: 'array', items: { type: 'string' }, description: 'X.509 certificate chain, base64 DER (RFC 7515 §4.1.6).' },
  x5t: { type: 'string', description: 'SHA-1 thumbprint of the X.509 certificate (RFC 7515 §4.1.7).' },
  'x5t#S256': { type: 'string', description: 'SHA-256 thumbprint of the X.509 certificate (RFC 7515 §4.1.8).' },
  crit: { type: 'array', items: { type: 'string' }, minItems: 1, description: 'Extensions the verifier must understand, or reject the token (RFC 7515 §4.1.11).' },
}

export const HEADER_SCHEMA: Schema = {
  type: 'object',
  required: ['alg'],
  properties: HEADER_PARAMETERS,
}

const NUMERIC_DATE: Schema = { type: 'number', description: '' }

export const PAYLOAD_SCHEMA: Schema = {
  type: 'object',
  properties: Object.fromEntries(
    Object.entries(CLAIM_REGISTRY).map(([name, info]) => {
      const description = `${info.label}: ${info.description} (${info.source})`
      if (info.time) return [name, { ...NUMERIC_DATE, description: `${description} Seconds since 1970-01-01 UTC (NumericDate).` }]
      if (name === 'aud') return [name, { type: ['string', 'array'], items: { type: 'string' }, description }]
      return [name, { description }]
    }),
  ),
}
