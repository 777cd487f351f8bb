import { describe, expect, it } from 'vitest'
import { FAQ } from './faq'

describe.each(FAQ.map((entry) => [entry.id, entry] as const))('%s', (_id, entry) => {
  it('has at least one cite, each with a label and an https reference', () => {
    expect(entry.cites.length).toBeGreaterThan(0)
    for (const cite of entry.cites) {
      expect(cite.label.trim()).not.toBe('')
      expect(() => new URL(cite.ref)).not.toThrow()
      expect(cite.ref.startsWith('https://')).toBe(true)
    }
  })
  it('is a question with a short answer', () => {
    expect(entry.question.endsWith('?')).toBe(true)
    expect(entry.answer.length).toBeGreaterThan(80)
    expect(entry.answer.length).toBeLessThan(800)
  })
  it('cites RFC sections with rfc-editor anchors that match the label', () => {
    for (const cite of entry.cites) {
      const label = /^RFC (\d+) §([\d.]+)/.exec(cite.label)
      if (label) expect(cite.ref).toBe(`https://www.rfc-editor.org/rfc/rfc${label[1]}#section-${label[2]}`)
    }
  })
})

it('ids are unique', () => {
  expect(new Set(FAQ.map((e) => e.id)).size).toBe(FAQ.length)
})

it('covers the questions students ask most', () => {
  expect(FAQ.map((e) => e.id)).toEqual(
    expect.arrayContaining([
      'who-holds-the-secret',
      'django-simplejwt-signing-key',
      'django-simplejwt-lifetimes',
      'browser-token-storage',
      'is-a-jwt-encrypted',
      'alg-none',
    ]),
  )
})

it('the Django answers name the settings the SimpleJWT docs define', () => {
  const byId = Object.fromEntries(FAQ.map((e) => [e.id, e.answer]))
  expect(byId['django-simplejwt-signing-key']).toMatch(/SIGNING_KEY.*settings\.SECRET_KEY/s)
  expect(byId['django-simplejwt-lifetimes']).toMatch(/ACCESS_TOKEN_LIFETIME.*REFRESH_TOKEN_LIFETIME.*timedelta/s)
})
