/** Lowercase hex, two digits per byte, joined by `separator` (none by default): "0a1b" or "0a 1b". */
export function toHex(bytes: Uint8Array, separator = ''): string {
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join(separator)
}
