import { describe, expect, it } from 'vitest'
import type { TimelineEvent, TimelineEventKind } from '@/timeline/schedule'
import { groupMarkers, rowOf } from './marker-layout'

const event = (at: number, kind: TimelineEventKind, status: number | null = 200, actor: 'client' | 'thief' = 'client'): TimelineEvent => ({
  index: at,
  at,
  kind,
  actor,
  exchange: null,
  status,
  tokens: [],
  note: '',
})

describe('rowOf', () => {
  it.each([
    ['login', 'client', 'client'],
    ['api-call', 'client', 'client'],
    ['refresh', 'client', 'client'],
    ['rotation', 'client', 'refresh'],
    ['blacklist', 'client', 'refresh'],
    ['rotation', 'thief', 'thief'], // the thief's replay rotated the token
    ['theft', 'thief', 'thief'],
  ] as const)('%s by the %s goes on the %s row', (kind, actor, row) => expect(rowOf({ kind, actor })).toBe(row))
})

describe('groupMarkers', () => {
  const x = (at: number) => at // one pixel per second
  it('merges same-kind markers closer than the gap, keeps different kinds and statuses apart', () => {
    const groups = groupMarkers([event(0, 'refresh'), event(2, 'refresh'), event(2, 'api-call', 401), event(3, 'refresh', 401), event(10, 'refresh')], x)
    expect(groups.map((g) => [g.row, g.x, g.events.map((e) => e.at)])).toEqual([
      ['client', 0, [0, 2]],
      ['client', 2, [2]],
      ['client', 3, [3]],
      ['client', 10, [10]],
    ])
  })
  it('measures the gap from the first marker of a group, so a long dense run still splits', () => {
    const groups = groupMarkers([0, 3, 6, 9].map((at) => event(at, 'refresh')), x)
    expect(groups.map((g) => g.events.length)).toEqual([2, 2])
  })
})
