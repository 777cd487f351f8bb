import { describe, expect, it } from 'vitest'
import { TIMELINE_EVENT_KINDS } from '@/timeline/schedule'
import { EVENT_STYLES, glyphPath, isOutline, styleOf, tokenOfEvent } from './event-style'

describe('EVENT_STYLES', () => {
  it('names every event kind the model emits', () => {
    expect(Object.keys(EVENT_STYLES).sort()).toEqual([...TIMELINE_EVENT_KINDS].sort())
  })
  it('tells kinds and replay outcomes apart by shape, so colour is never the only cue', () => {
    const marked = [
      ...TIMELINE_EVENT_KINDS.filter((kind) => kind !== 'replay').map((kind) => styleOf({ kind, status: 401 })),
      styleOf({ kind: 'replay', status: 200 }),
      styleOf({ kind: 'replay', status: 401 }),
    ]
    // A shape is its glyph drawn filled or outlined: a filled and an outlined square are told apart.
    const shapes = marked.map((style) => `${glyphPath(style.glyph, 0, 0, 5)}|${isOutline(style.glyph)}`)
    expect(new Set(shapes).size).toBe(marked.length)
  })
})

describe('styleOf', () => {
  it.each([
    [{ kind: 'replay', status: 200 }, 'Replay accepted'],
    [{ kind: 'replay', status: 401 }, 'Replay refused'],
    [{ kind: 'api-call', status: 401 }, 'API call refused (401)'],
    [{ kind: 'api-call', status: 200 }, 'API call accepted (200)'],
  ] as const)('%j reads %s', (event, label) => expect(styleOf(event).label).toBe(label))
})

describe('tokenOfEvent', () => {
  const kinds: Record<string, 'access' | 'refresh'> = { R1: 'refresh', A1: 'access', R2: 'refresh', A2: 'access' }
  const kindOf = (jti: string) => kinds[jti]
  it.each([
    ['login opens the access token it returned', { kind: 'login', tokens: ['R1', 'A1'] }, 'A1'],
    ['a refresh opens the new access token', { kind: 'refresh', tokens: ['R1', 'A2', 'R2'] }, 'A2'],
    ['a rotation opens the new refresh token', { kind: 'rotation', tokens: ['R1', 'R2'] }, 'R2'],
    ['a blacklisting opens the blacklisted token', { kind: 'blacklist', tokens: ['R1'] }, 'R1'],
    ['a replay opens the stolen token', { kind: 'replay', tokens: ['R1', 'A2'] }, 'R1'],
    ['an event without tokens opens nothing', { kind: 'session-ended', tokens: [] }, null],
  ] as const)('%s', (_name, event, jti) => expect(tokenOfEvent(event, kindOf)).toBe(jti))
})
