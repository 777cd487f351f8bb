import type { ByteView } from '@/jwt/learn'

/** How learn mode prints bytes: hex pairs, or decimal arrays as RFC 7515 Appendix A prints them. */
export const BYTE_FORMATS = ['hex', 'decimal'] as const
export type ByteFormat = (typeof BYTE_FORMATS)[number]

/** Bytes as text in the chosen format; it does not truncate. */
export function formatBytes(bytes: ByteView, format: ByteFormat): string {
  if (format === 'decimal') return `[${bytes.decimal.join(', ')}]`
  return bytes.hex.replace(/(..)(?!$)/g, '$1 ')
}
