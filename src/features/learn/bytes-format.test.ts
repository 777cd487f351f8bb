import { describe, expect, it } from 'vitest'
import { byteView } from '@/jwt/learn'
import { printBytes, type ByteFormat } from './bytes-format'

// The whole print, written out plainly, then clipped as clipText does: printBytes must agree with it.
const wholePrint = (bytes: number[], format: ByteFormat) =>
  format === 'hex' ? bytes.map((b) => b.toString(16).padStart(2, '0')).join(' ') : `[${bytes.join(', ')}]`
const clipped = (text: string, limit: number) => ({ shown: text.slice(0, limit), rest: Math.max(0, text.length - limit) })

describe('printBytes', () => {
  it('prints RFC 7515 A.1\'s header bytes as the RFC does', () => {
    const view = byteView(new TextEncoder().encode('{"typ":"JWT",'))
    expect(printBytes(view, 'decimal', 4096)).toEqual({ shown: '[123, 34, 116, 121, 112, 34, 58, 34, 74, 87, 84, 34, 44]', rest: 0 })
    expect(printBytes(view, 'hex', 4096)).toEqual({ shown: '7b 22 74 79 70 22 3a 22 4a 57 54 22 2c', rest: 0 })
  })

  it('prints nothing for no bytes', () => {
    expect(printBytes(byteView(new Uint8Array()), 'hex', 10)).toEqual({ shown: '', rest: 0 })
    expect(printBytes(byteView(new Uint8Array()), 'decimal', 10)).toEqual({ shown: '[]', rest: 0 })
  })

  it('shows the start of a long print and counts the rest exactly, at every length around the limit', () => {
    // 0, 9, 10, 99, 100 and 255: one, two and three digits, so the decimal lengths vary.
    const pattern = [0, 9, 10, 99, 100, 255, 7]
    for (const format of ['hex', 'decimal'] as const) {
      for (const limit of [1, 2, 3, 4, 5, 17, 40]) {
        for (let n = 0; n <= 30; n++) {
          const bytes = Array.from({ length: n }, (_, i) => pattern[i % pattern.length]!)
          expect(printBytes(byteView(Uint8Array.from(bytes)), format, limit), `${format}, ${n} bytes, limit ${limit}`).toEqual(
            clipped(wholePrint(bytes, format), limit),
          )
        }
      }
    }
  })

  it('prints a megabyte\'s start without printing the rest', () => {
    const view = byteView(new Uint8Array(1_000_000).fill(255))
    expect(printBytes(view, 'hex', 4096)).toEqual({ shown: 'ff '.repeat(1366).slice(0, 4096), rest: 2_999_999 - 4096 })
    expect(printBytes(view, 'decimal', 4096).rest).toBe(2 + 3 * 1_000_000 + 2 * 999_999 - 4096)
  })
})
