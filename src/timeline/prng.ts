/**
 * Deterministic jti values. simplejwt sets `jti = uuid4().hex`; the model draws the same shape
 * (RFC 9562 section 5.4: version 4, variant 10) from a seeded generator instead of the OS.
 * scripts/simplejwt/record.py patches simplejwt with this exact generator, so a seed reproduces
 * the recorded tokens byte for byte.
 */

/** mulberry32: 32-bit words from a 32-bit seed. Not cryptographic; never use it for real ids. */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = Math.imul(state ^ (state >>> 15), state | 1)
    t = (t + Math.imul(t ^ (t >>> 7), t | 61)) ^ t
    return (t ^ (t >>> 14)) >>> 0
  }
}

/** A source of uuid4-shaped 32-hex-digit jtis (like Python's `uuid.UUID(bytes, version=4).hex`); not unique across seeds. */
export function createJtiSource(seed: number): () => string {
  const next = mulberry32(seed)
  return () => {
    const bytes = new Uint8Array(16)
    const view = new DataView(bytes.buffer)
    for (let word = 0; word < 4; word++) view.setUint32(word * 4, next(), false)
    bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40 // version 4
    bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80 // variant 10
    return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('')
  }
}
