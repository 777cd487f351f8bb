import { describe, expect, it } from 'vitest'
import { FINDING_IDS, reviewToken } from '@/jwt/lint'
import { specPieces } from './spec-links'

// rfc-editor.org's HTML anchors are "#section-3.1" and "#appendix-A.5" (as in faq.ts's own citations).
describe('specPieces', () => {
  it.each([
    [
      'RFC 8725 §2.1, §3.2; RFC 7518 §3.6',
      [
        { text: 'RFC 8725 §2.1', href: 'https://www.rfc-editor.org/rfc/rfc8725#section-2.1' },
        { text: ', ' },
        { text: '§3.2', href: 'https://www.rfc-editor.org/rfc/rfc8725#section-3.2' },
        { text: '; ' },
        { text: 'RFC 7518 §3.6', href: 'https://www.rfc-editor.org/rfc/rfc7518#section-3.6' },
      ],
    ],
    ['RFC 7519 §12', [{ text: 'RFC 7519 §12', href: 'https://www.rfc-editor.org/rfc/rfc7519#section-12' }]],
    ['RFC 7515 Appendix A.5', [{ text: 'RFC 7515', href: 'https://www.rfc-editor.org/rfc/rfc7515' }, { text: ' Appendix A.5' }]],
    ['see RFC 7515 §A.5.', [{ text: 'see ' }, { text: 'RFC 7515 §A.5', href: 'https://www.rfc-editor.org/rfc/rfc7515#appendix-A.5' }, { text: '.' }]],
    ['OWASP cheat sheet', [{ text: 'OWASP cheat sheet' }]],
  ])('%s', (source, expected) => {
    expect(specPieces(source)).toEqual(expected)
  })

  it('keeps every character of every source the review can produce', () => {
    // A finding for each rule the lint has, so a new source format shows up here.
    const findings = reviewToken({
      header: { alg: 'none', jku: 'https://a', x5u: 'https://b', jwk: {}, kid: 'k', crit: ['x'] },
      payload: { password: 'p' },
    })
    expect(findings.length).toBeGreaterThan(5)
    for (const finding of findings) {
      expect(FINDING_IDS).toContain(finding.id)
      const pieces = specPieces(finding.source)
      expect(pieces.map((piece) => piece.text).join('')).toBe(finding.source)
      expect(pieces.some((piece) => piece.href)).toBe(true)
    }
  })
})
