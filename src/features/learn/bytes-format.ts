import type { ByteView } from '@/jwt/learn'
import { toHex } from '@/lib/hex'

/** How learn mode prints bytes: hex pairs, or decimal arrays as RFC 7515 Appendix A prints them. */
export const BYTE_FORMATS = ['hex', 'decimal'] as const
export type ByteFormat = (typeof BYTE_FORMATS)[number]

const digits = (byte: number) => (byte < 10 ? 1 : byte < 100 ? 2 : 3)

/** How long the bytes are printed in full: "0a 1b" or "[10, 27]". */
function printedLength(bytes: Uint8Array, format: ByteFormat): number {
  if (format === 'hex') return bytes.length === 0 ? 0 : 3 * bytes.length - 1
  let length = 2 + 2 * Math.max(0, bytes.length - 1)
  for (const byte of bytes) length += digits(byte)
  return length
}

/**
 * The first `limit` characters of the bytes printed in `format`, and how many follow, as `clipText` would
 * give for the whole print. Only the bytes that show are printed: a 1 MB token's signing input printed
 * whole was a few megabytes of text made to show 4 KB of it.
 */
export function printBytes(view: ByteView, format: ByteFormat, limit: number): { shown: string; rest: number } {
  const { bytes } = view
  // Every byte but the last takes at least 3 characters ("1b " or "27, "), so these cover `limit`.
  const prefix = bytes.subarray(0, Math.ceil(limit / 3) + 2)
  const whole = prefix.length === bytes.length
  const text = format === 'hex' ? toHex(prefix, ' ') + (whole ? '' : ' ') : `[${Array.from(prefix).join(', ')}${whole ? ']' : ', '}`
  const shown = text.slice(0, limit)
  return { shown, rest: printedLength(bytes, format) - shown.length }
}
