import { describe, expect, it } from 'vitest'
import { DEFAULT_POLICY, DEFAULT_SETTINGS } from './policy'
import { keyEvents } from './queries'
import { simulate } from './simulate'

// A proactive client whose new access token looks due the moment it arrives: the marker's note names the cause.
function dueNotes(secondsBeforeExpiry: number, clientClockSkew: number): string[] {
  const policy = { ...DEFAULT_POLICY, refresh: { kind: 'proactive', secondsBeforeExpiry } } as const
  const result = simulate(DEFAULT_SETTINGS, policy, { start: 1_700_000_000, horizon: 1000, seed: 1, whatIfs: { clientClockSkew } })
  if (!result.ok) throw new Error(result.message)
  return keyEvents(result.schedule).filter((event) => event.kind === 'clock-skew').map((event) => event.note)
}

describe('the "already due on arrival" note', () => {
  it('blames the lead, not the clock, when the lead is not shorter than ACCESS_TOKEN_LIFETIME (clock in sync)', () => {
    const notes = dueNotes(600, 0)
    expect(notes.length).toBeGreaterThan(0)
    for (const note of notes) {
      expect(note).toContain('refreshes 600 s before exp')
      expect(note).toContain('lives only 300 s (ACCESS_TOKEN_LIFETIME)')
      expect(note).not.toContain("client's clock")
    }
  })

  it('blames the lead even when the clock is off too, since a correct clock would say the same', () => {
    const notes = dueNotes(300, 60)
    expect(notes.length).toBeGreaterThan(0)
    expect(notes.every((note) => note.includes('refreshes 300 s before exp'))).toBe(true)
  })

  it('blames the clock when only the skew makes the token look due', () => {
    const notes = dueNotes(30, 400)
    expect(notes.length).toBeGreaterThan(0)
    expect(notes.every((note) => note.startsWith("By the client's clock (+400 s)"))).toBe(true)
  })
})
