import { describe, expect, it } from 'vitest'
import { readLinkToken } from '@/jwt/link'
import { fragmentWithView, viewFromFragment } from './view-location'

describe('viewFromFragment', () => {
  it('reads the view a fragment names, beside a token or alone', () => {
    expect(viewFromFragment('#view=timeline')).toBe('timeline')
    expect(viewFromFragment('#token=a.b.c&view=learn')).toBe('learn')
    expect(viewFromFragment('#debugger-io?token=a.b.c&view=learn')).toBe('learn')
  })

  it('is the decoder when no view, or an unknown one, is named', () => {
    expect(viewFromFragment('')).toBe('decoder')
    expect(viewFromFragment('#token=a.b.c')).toBe('decoder')
    expect(viewFromFragment('#view=settings')).toBe('decoder')
    expect(viewFromFragment('#view=')).toBe('decoder')
  })
})

describe('fragmentWithView', () => {
  it('adds the view and keeps the token and key, so the link still opens them', () => {
    const hash = fragmentWithView('#token=a.b.c&publicKey=k%2Bey', 'timeline')
    expect(viewFromFragment(hash)).toBe('timeline')
    expect(readLinkToken(hash, '')).toMatchObject({ token: 'a.b.c', publicKey: 'k+ey' })
  })

  it('drops view= for the decoder, and the whole fragment when nothing else is in it', () => {
    expect(fragmentWithView('#view=learn', 'decoder')).toBe('')
    expect(fragmentWithView('', 'decoder')).toBe('')
    expect(fragmentWithView('#token=a.b.c&view=learn', 'decoder')).toBe('#token=a.b.c')
  })

  it("keeps jwt.io's legacy form readable", () => {
    const hash = fragmentWithView('#debugger-io?token=a.b.c', 'learn')
    expect(hash).toBe('#debugger-io?token=a.b.c&view=learn')
    expect(readLinkToken(hash, '')?.token).toBe('a.b.c')
    expect(fragmentWithView(hash, 'decoder')).toBe('#debugger-io?token=a.b.c')
  })

  it('replaces a view already named', () => {
    expect(fragmentWithView('#view=learn', 'timeline')).toBe('#view=timeline')
  })
})
