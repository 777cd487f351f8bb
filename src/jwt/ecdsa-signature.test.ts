import { describe, expect, it } from 'vitest'
import { derInsteadOfRaw } from './ecdsa-signature'

// A DER SEQUENCE of two INTEGERs of `r` and `s` bytes each (no leading-zero trimming needed for these tests).
const der = (r: number, s: number) => Uint8Array.from([0x30, r + s + 4, 0x02, r, ...new Array<number>(r).fill(1), 0x02, s, ...new Array<number>(s).fill(1)])

describe('derInsteadOfRaw', () => {
  it.each([
    ['ES256', der(33, 33), 64],
    ['ES256', der(32, 32), 64],
    ['ES384', der(49, 48), 96],
  ])('%s with a %d-byte DER signature wants %d bytes of R‖S', (alg, bytes, raw) => {
    expect(derInsteadOfRaw(alg, bytes)).toBe(raw)
  })

  it('reads the long length form ES512 needs (0x81 n)', () => {
    const body = [0x02, 66, ...new Array<number>(66).fill(1), 0x02, 66, ...new Array<number>(66).fill(1)]
    expect(derInsteadOfRaw('ES512', Uint8Array.from([0x30, 0x81, body.length, ...body]))).toBe(132)
  })

  it.each([
    ['a raw R‖S signature of the right length', 'ES256', Uint8Array.from({ length: 64 }, () => 0x30)],
    ['bytes starting 0x30 whose length does not match', 'ES256', Uint8Array.from([0x30, 9, 0x02, 1, 1])],
    ['a DER signature under a non-ECDSA alg', 'RS256', der(33, 33)],
  ])('%s is not taken for DER', (_name, alg, bytes) => expect(derInsteadOfRaw(alg, bytes)).toBeNull())
})
