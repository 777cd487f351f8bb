import { describe, expect, it } from 'vitest'
import { labelWidth, snapToPixel, tickAnchor, tickLabel, tickStep, ticks, timeAt, windowAround, xOf } from './chart-scale'

const DAY = 86400

describe('windowAround', () => {
  it.each([
    ['whole horizon when no span', 500, null, 2 * DAY, { from: 0, to: 2 * DAY }],
    ['whole horizon when the span is larger', 500, 3 * DAY, 2 * DAY, { from: 0, to: 2 * DAY }],
    ['centred on now', DAY, 3600, 2 * DAY, { from: DAY - 1800, to: DAY + 1800 }],
    ['clamped at login', 100, 3600, 2 * DAY, { from: 0, to: 3600 }],
    ['clamped at the horizon', 2 * DAY, 3600, 2 * DAY, { from: 2 * DAY - 3600, to: 2 * DAY }],
  ])('%s', (_name, now, span, horizon, expected) => expect(windowAround(now, span, horizon)).toEqual(expected))

  it('a 5-minute token on a 1-day horizon spans a third of a 15-minute window', () => {
    const window = windowAround(DAY / 2, 900, DAY)
    expect(xOf(DAY / 2 + 300, window, 900) - xOf(DAY / 2, window, 900)).toBe(300)
  })
})

describe('xOf and timeAt', () => {
  const window = { from: 100, to: 200 }
  it.each([
    [100, 0],
    [150, 500],
    [200, 1000],
    [250, 1500],
  ])('t=%d is x=%d on a 1000 px axis, and back', (t, x) => {
    expect(xOf(t, window, 1000)).toBe(x)
    expect(timeAt(x, window, 1000)).toBe(t)
  })
})

describe('ticks', () => {
  it.each([
    // seconds per 80 px -> smallest nice step at or above it
    [{ from: 0, to: 3600 }, 960, 300], // 300 s per 80 px
    [{ from: 0, to: 2 * DAY }, 960, 21600], // 14,400 s per 80 px -> 6 h
    [{ from: 0, to: 60 }, 960, 5],
    [{ from: 0, to: 30 * DAY }, 800, 3 * DAY], // beyond a day: whole days
  ])('%j on %d px steps by %d s', (window, width, step) => expect(tickStep(window, width)).toBe(step))

  it('lists multiples of the step inside the window, ends included', () => {
    expect(ticks({ from: 250, to: 1200 }, 960)).toEqual([300, 600, 900, 1200])
  })
})

describe('tickLabel', () => {
  it.each([
    [0, 'login'],
    [30, '+30 s'],
    [300, '+5 min'],
    [5400, '+1 h 30 min'],
    [DAY, '+1 d'],
    [DAY + 6 * 3600, '+1 d 6 h'],
    [3725, '+1:02:05'],
    [DAY + 3 * 3600 + 600, '+1 d 03:10'],
    [DAY + 3 * 3600 + 605, '+1 d 03:10:05'],
  ])('%d s is %s', (seconds, label) => expect(tickLabel(seconds)).toBe(label))
})

describe('snapToPixel', () => {
  it('moves the window to whole pixels (here 60 s per pixel) and keeps its width', () => {
    expect(snapToPixel({ from: 1000, to: 1000 + 60_000 }, 1000)).toEqual({ from: 1020, to: 61_020 })
    expect(snapToPixel({ from: 1029, to: 1029 + 60_000 }, 1000)).toEqual({ from: 1020, to: 61_020 })
  })
  it('returns the same object when already on a pixel', () => {
    const range = { from: 120, to: 60_120 }
    expect(snapToPixel(range, 1000)).toBe(range)
  })
})

describe('tickAnchor', () => {
  it.each([
    ['centred in the middle of the axis', 400, 40, 800, 'middle'],
    ['centred when it just fits', 780, 40, 800, 'middle'],
    ['ends at the tick when half of it would cross the edge', 792, 40, 800, 'end'],
    ['ends at the tick on the edge itself', 800, 40, 800, 'end'],
  ] as const)('%s', (_name, x, width, right, expected) => expect(tickAnchor(x, width, right)).toBe(expected))

  it('an end-anchored label on the last tick stays inside the plot', () => {
    const right = 800
    const x = right - 8 // the chart leaves 8 px after the plot
    const width = labelWidth('+15 min')
    expect(tickAnchor(x, width, right)).toBe('end')
    expect(x - width).toBeGreaterThan(0)
  })
})
