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
  const hex = (word: number) => word.toString(16).padStart(8, '0')
  return () => {
    // Four big-endian words = 16 bytes; byte 6 is bits 15..8 of word 1, byte 8 the top of word 2.
    const w0 = next()
    const w1 = ((next() & 0xffff0fff) | 0x00004000) >>> 0 // version 4
    const w2 = ((next() & 0x3fffffff) | 0x80000000) >>> 0 // variant 10
    const w3 = next()
    return hex(w0) + hex(w1) + hex(w2) + hex(w3)
  }
}
