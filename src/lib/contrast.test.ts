import { readFileSync } from 'node:fs'
import { describe, expect, test } from 'vitest'
import { SEGMENT_STYLE } from '@/features/decoder/segment-style'
import {
  contrastRatio,
  deltaE2000,
  DEFICIENCIES,
  parseCssColor,
  simulateDeficiency,
  srgbToLab,
  type Deficiency,
  type Lab,
  type Rgb,
} from './contrast'

const to255 = (rgb: Rgb) => rgb.map((c) => Math.round(c * 255))

describe('oklch() and hex parsing', () => {
  // CSS Color 4 §9 lists these OKLCH forms of the sRGB primaries (rounded there, hence the tolerance).
  test.each([
    ['oklch(62.8% 0.2577 29.23)', [255, 0, 0]],
    ['oklch(45.2% 0.313 264.05)', [0, 0, 255]],
    ['oklch(100% 0 0)', [255, 255, 255]],
    ['oklch(0% 0 0)', [0, 0, 0]],
    ['#fff', [255, 255, 255]],
    ['#767676', [118, 118, 118]],
  ])('%s is rgb%j', (text, expected) => {
    const rgb = parseCssColor(text)
    expect(rgb).not.toBeNull()
    to255(rgb as Rgb).forEach((channel, i) => expect(Math.abs(channel - (expected[i] ?? -1))).toBeLessThanOrEqual(1))
  })

  test('anything else is not parsed', () => {
    expect(parseCssColor('rgb(0 0 0)')).toBeNull()
    expect(parseCssColor('oklch(50% 0.1 20 / 50%)')).toBeNull()
  })
})

describe('WCAG 2 contrast ratio', () => {
  test.each([
    // Facts from WCAG 2.2's definition: black on white is 21:1, a colour on itself 1:1; #767676 is the
    // lightest grey that passes 4.5:1 on white (4.54:1) and #777777 just fails (4.48:1).
    ['#000000', '#ffffff', 21],
    ['#ffffff', '#000000', 21],
    ['#336699', '#336699', 1],
    ['#767676', '#ffffff', 4.54],
    ['#777777', '#ffffff', 4.48],
  ])('%s on %s is %d:1', (fg, bg, ratio) => {
    expect(contrastRatio(parseCssColor(fg) as Rgb, parseCssColor(bg) as Rgb)).toBeCloseTo(ratio, 2)
  })
})

describe('CIELAB and CIEDE2000', () => {
  test('sRGB white, black and red in CIELAB (D65)', () => {
    const near = (lab: Lab, expected: Lab) => lab.forEach((v, i) => expect(v).toBeCloseTo(expected[i] ?? NaN, 1))
    near(srgbToLab([1, 1, 1]), [100, 0, 0])
    near(srgbToLab([0, 0, 0]), [0, 0, 0])
    // The commonly published value of sRGB red under D65 (e.g. Lindbloom's calculator): 53.24, 80.09, 67.20.
    near(srgbToLab([1, 0, 0]), [53.24, 80.09, 67.2])
  })

  // Sharma, Wu and Dalal (2005), Table 1: [L1, a1, b1, L2, a2, b2, ΔE00].
  const SHARMA_2005: [number, number, number, number, number, number, number][] = [
    [50.0, 2.6772, -79.7751, 50.0, 0.0, -82.7485, 2.0425],
    [50.0, 3.1571, -77.2803, 50.0, 0.0, -82.7485, 2.8615],
    [50.0, 2.8361, -74.02, 50.0, 0.0, -82.7485, 3.4412],
    [50.0, -1.3802, -84.2814, 50.0, 0.0, -82.7485, 1.0],
    [50.0, -1.1848, -84.8006, 50.0, 0.0, -82.7485, 1.0],
    [50.0, -0.9009, -85.5211, 50.0, 0.0, -82.7485, 1.0],
    [50.0, 0.0, 0.0, 50.0, -1.0, 2.0, 2.3669],
    [50.0, -1.0, 2.0, 50.0, 0.0, 0.0, 2.3669],
    [50.0, 2.49, -0.001, 50.0, -2.49, 0.0009, 7.1792],
    [50.0, 2.49, -0.001, 50.0, -2.49, 0.001, 7.1792],
    [50.0, 2.49, -0.001, 50.0, -2.49, 0.0011, 7.2195],
    [50.0, 2.49, -0.001, 50.0, -2.49, 0.0012, 7.2195],
    [50.0, -0.001, 2.49, 50.0, 0.0009, -2.49, 4.8045],
    [50.0, -0.001, 2.49, 50.0, 0.001, -2.49, 4.8045],
    [50.0, -0.001, 2.49, 50.0, 0.0011, -2.49, 4.7461],
    [50.0, 2.5, 0.0, 50.0, 0.0, -2.5, 4.3065],
    [50.0, 2.5, 0.0, 73.0, 25.0, -18.0, 27.1492],
    [50.0, 2.5, 0.0, 61.0, -5.0, 29.0, 22.8977],
    [50.0, 2.5, 0.0, 56.0, -27.0, -3.0, 31.903],
    [50.0, 2.5, 0.0, 58.0, 24.0, 15.0, 19.4535],
    [50.0, 2.5, 0.0, 50.0, 3.1736, 0.5854, 1.0],
    [50.0, 2.5, 0.0, 50.0, 3.2972, 0.0, 1.0],
    [60.2574, -34.0099, 36.2677, 60.4626, -34.1751, 39.4387, 1.2644],
    [63.0109, -31.0961, -5.8663, 62.8187, -29.7946, -4.0864, 1.263],
    [61.2901, 3.7196, -5.3901, 61.4292, 2.248, -4.962, 1.8731],
    [35.0831, -44.1164, 3.7933, 35.0232, -40.0716, 1.5901, 1.8645],
    [2.0776, 0.0795, -1.135, 0.9033, -0.0636, -0.5514, 0.9082],
  ]
  test.each(SHARMA_2005)('Sharma 2005: (%d, %d, %d) vs (%d, %d, %d) is ΔE00 %d', (L1, a1, b1, L2, a2, b2, expected) => {
    expect(deltaE2000([L1, a1, b1], [L2, a2, b2])).toBeCloseTo(expected, 4)
    expect(deltaE2000([L2, a2, b2], [L1, a1, b1])).toBeCloseTo(expected, 4)
  })
})

describe('colour-vision deficiency simulation (Machado 2009)', () => {
  test.each(DEFICIENCIES)('%s leaves greys grey (each matrix row sums to 1)', (deficiency) => {
    for (const grey of [0, 0.2, 0.5, 1]) {
      simulateDeficiency([grey, grey, grey], deficiency).forEach((c) => expect(c).toBeCloseTo(grey, 3))
    }
  })

  test.each(DEFICIENCIES)('%s makes pure red and green far harder to tell apart (the classic red-green confusion)', (deficiency) => {
    const red: Rgb = [1, 0, 0]
    const green: Rgb = [0, 1, 0]
    const seen = deltaE2000(srgbToLab(red), srgbToLab(green))
    const simulated = deltaE2000(srgbToLab(simulateDeficiency(red, deficiency)), srgbToLab(simulateDeficiency(green, deficiency)))
    expect(simulated).toBeLessThan(seen / 2)
  })
})

// ---- the decoder's three segment colours, as Tailwind v4 defines them ----

const THEME_CSS = readFileSync(new URL('../../node_modules/tailwindcss/theme.css', import.meta.url), 'utf8')

/** A Tailwind palette colour (`red-700`, `white`) from the installed theme.css. */
function tailwindColor(name: string): Rgb {
  const match = new RegExp(`--color-${name}:\\s*([^;]+);`).exec(THEME_CSS)
  const rgb = match?.[1] ? parseCssColor(match[1]) : null
  if (!rgb) throw new Error(`no colour --color-${name} in tailwindcss/theme.css`)
  return rgb
}

type Theme = 'light' | 'dark'

/** The palette name a utility list gives in one theme: ('text-red-700 dark:text-red-400', 'text', 'dark') → 'red-400'. */
function colorIn(classes: string, utility: 'text' | 'bg', theme: Theme): string {
  const prefix = theme === 'dark' ? `dark:${utility}-` : `${utility}-`
  const found = classes.split(/\s+/).find((c) => c.startsWith(prefix))
  if (!found) throw new Error(`no ${prefix}* in "${classes}"`)
  return found.slice(prefix.length)
}

/**
 * Where segment-coloured text sits (app.tsx, decoder and learn mode): the page (gray-50 / gray-900), cards,
 * panes and the token field (white / gray-950) and step outputs (gray-50 / gray-900), plus each segment's
 * own highlight tint when it is active.
 */
const BACKGROUNDS: Record<Theme, string[]> = { light: ['white', 'gray-50'], dark: ['gray-950', 'gray-900'] }
const SEGMENTS = [0, 1, 2] as const
const THEMES: Theme[] = ['light', 'dark']

describe('segment colours (header red, payload purple, signature blue)', () => {
  const cases = THEMES.flatMap((theme) =>
    SEGMENTS.flatMap((segment) => {
      const style = SEGMENT_STYLE[segment]
      const text = colorIn(style.text, 'text', theme)
      return [...BACKGROUNDS[theme], colorIn(style.tint, 'bg', theme)].map((background) => ({ theme, name: style.name, text, background }))
    }),
  )
  test.each(cases)('$theme: $name text ($text) on $background has at least 4.5:1 contrast (WCAG 1.4.3 AA)', ({ text, background }) => {
    expect(contrastRatio(tailwindColor(text), tailwindColor(background))).toBeGreaterThanOrEqual(4.5)
  })

  /**
   * Threshold: every pair differs by ΔE00 >= 15, with normal vision and with full protanopia or deuteranopia
   * (the commonest colour-vision deficiencies). A ΔE00 of about 1 is just noticeable and 2.3 is the JND
   * often quoted; 15 leaves room for small text on varied screens.
   */
  const MIN_DELTA_E = 15
  const visions: (Deficiency | 'normal')[] = ['normal', ...DEFICIENCIES]
  test.each(THEMES.flatMap((theme) => visions.map((vision) => ({ theme, vision }))))(
    '$theme, $vision vision: the three colours stay apart (ΔE00 >= 15 for every pair)',
    ({ theme, vision }) => {
      const lab = (segment: (typeof SEGMENTS)[number]) => {
        const rgb = tailwindColor(colorIn(SEGMENT_STYLE[segment].text, 'text', theme))
        return srgbToLab(vision === 'normal' ? rgb : simulateDeficiency(rgb, vision))
      }
      const pairs = [
        [0, 1],
        [0, 2],
        [1, 2],
      ] as const
      for (const [a, b] of pairs) {
        const difference = deltaE2000(lab(a), lab(b))
        expect(difference, `${SEGMENT_STYLE[a].name} vs ${SEGMENT_STYLE[b].name}`).toBeGreaterThanOrEqual(MIN_DELTA_E)
      }
    },
  )
})
