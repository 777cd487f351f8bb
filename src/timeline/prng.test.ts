import { describe, expect, it } from 'vitest'
import { createJtiSource, mulberry32 } from './prng'
import { RECORDING, recordedScenario } from './recorded-fixture'

describe('createJtiSource', () => {
  it('draws the jtis the recording got from simplejwt with uuid4 patched to mulberry32(seed), in draw order', () => {
    // defaults scenario: login draws refresh then access; each later refresh draws one access token.
    const drawn = recordedScenario('defaults')
      .exchanges.flatMap((e) => e.tokens.filter((t) => t.role.startsWith('response.')))
      .map((t) => t.payload?.jti)
    const next = createJtiSource(RECORDING.jti.seed)
    expect(drawn.map(() => next())).toEqual(drawn)
  })

  it('makes uuid4-shaped hex: 32 digits, version nibble 4, variant 8 to b (RFC 9562 section 5.4)', () => {
    const next = createJtiSource(123)
    for (let i = 0; i < 200; i++) expect(next()).toMatch(/^[0-9a-f]{12}4[0-9a-f]{3}[89ab][0-9a-f]{15}$/)
  })

  it('gives the same sequence for the same seed and another for another seed', () => {
    const a = createJtiSource(5)
    const b = createJtiSource(5)
    const c = createJtiSource(6)
    const first = [a(), a(), a()]
    expect([b(), b(), b()]).toEqual(first)
    expect(c()).not.toBe(first[0])
  })

  it('mulberry32 returns unsigned 32-bit words', () => {
    const next = mulberry32(0xffffffff)
    for (let i = 0; i < 100; i++) {
      const word = next()
      expect(Number.isInteger(word) && word >= 0 && word < 2 ** 32).toBe(true)
    }
  })
})
