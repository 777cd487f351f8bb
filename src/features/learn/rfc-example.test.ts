import { describe, expect, it } from 'vitest'
import vectors from '@/jwt/fixtures/rfc-vectors.json'
import { RFC7515_A1 } from './rfc-example'

// The button "Load the RFC 7515 A.1 example" must load exactly what the RFC prints (the fixture file quotes it).
describe('RFC7515_A1', () => {
  const a1 = vectors.vectors.find((vector) => vector.id === 'rfc7515-a1')
  it('is the token and key of RFC 7515 Appendix A.1', () => {
    expect(RFC7515_A1.token).toBe(a1?.token)
    expect(RFC7515_A1.secret).toBe((a1?.privateJwk as { k?: string } | undefined)?.k)
  })
})
