import { describe, expect, it } from 'vitest'
import { toHex } from './hex'

describe('toHex', () => {
  it('writes two lowercase digits per byte, with the separator between bytes only', () => {
    expect(toHex(Uint8Array.from([0, 10, 171, 255]))).toBe('000aabff')
    expect(toHex(Uint8Array.from([0, 10, 171, 255]), ' ')).toBe('00 0a ab ff')
    expect(toHex(new Uint8Array(), ' ')).toBe('')
  })
})
