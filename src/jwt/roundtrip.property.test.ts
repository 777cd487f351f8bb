import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { SIGNING_ALGORITHMS } from './algorithms'
import { decodeToken } from './decode'
import { generateKeyMaterial } from './generate'
import { supportsAlgorithm } from './keys'
import { signJsonText } from './sign'
import { verifySignature } from './verify'

// Random headers and payloads (unicode, nesting, big numbers) survive sign → encode → decode → verify.
const claims = fc.dictionary(
  fc.string({ unit: 'grapheme', minLength: 1, maxLength: 12 }),
  fc.oneof(fc.jsonValue({ maxDepth: 5 }), fc.bigInt({ min: 2n ** 53n, max: 2n ** 80n }).map(Number), fc.string({ unit: 'grapheme' })),
  { maxKeys: 8 },
)
const extraHeader = fc.record({ kid: fc.string({ unit: 'grapheme', maxLength: 20 }), typ: fc.constantFrom('JWT', 'at+jwt') }, { requiredKeys: [] })

describe.each(SIGNING_ALGORITHMS.map((info) => info.alg))('%s round trip (fast-check)', (alg) => {
  it('sign → decode → verify', async ({ skip }) => {
    if (!(await supportsAlgorithm(alg))) skip(`Node ${process.version} WebCrypto has no ${alg}; the browser e2e covers it`)
    const made = await generateKeyMaterial(alg)
    if (!made.ok) throw new Error(made.message)
    const { material } = made
    const signingKey = material.kind === 'secret' ? material.secret : material.privatePem
    const verifyingKey = material.kind === 'secret' ? material.secret : material.publicPem
    const encoding = material.kind === 'secret' ? 'base64url' : 'utf8'
    await fc.assert(
      fc.asyncProperty(extraHeader, claims, async (extra, payload) => {
        const header = { ...extra, alg }
        const signed = await signJsonText(JSON.stringify(header), JSON.stringify(payload), signingKey, { encoding })
        if (!signed.ok) throw new Error(signed.message)
        const decoded = decodeToken(signed.token)
        expect(decoded.errors).toEqual([])
        expect(decoded.header?.ok && decoded.header.value).toEqual(header)
        expect(decoded.payload?.ok && decoded.payload.value).toEqual(JSON.parse(JSON.stringify(payload)))
        const verified = await verifySignature(signed.token, verifyingKey, { encoding })
        expect(verified.status).toBe('verified')
      }),
      { numRuns: alg.startsWith('RS') || alg.startsWith('PS') ? 15 : 40 },
    )
  }, 60_000)
})
