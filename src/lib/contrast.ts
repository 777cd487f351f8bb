/**
 * Colour arithmetic for accessibility checks: CSS oklch() to sRGB, WCAG 2 contrast ratios, colour-vision
 * deficiency simulation and CIEDE2000 colour differences. Pure functions on numbers; no DOM.
 */

/** sRGB channels in 0…1 (gamma-encoded, as CSS and screens use them). */
export type Rgb = readonly [r: number, g: number, b: number]
/** CIELAB (D65 white): L* 0…100, a*, b*. */
export type Lab = readonly [l: number, a: number, b: number]

type Matrix = readonly [Rgb, Rgb, Rgb]

const multiply = (m: Matrix, v: Rgb): Rgb => [
  m[0][0] * v[0] + m[0][1] * v[1] + m[0][2] * v[2],
  m[1][0] * v[0] + m[1][1] * v[1] + m[1][2] * v[2],
  m[2][0] * v[0] + m[2][1] * v[1] + m[2][2] * v[2],
]
const clamp01 = (x: number) => Math.min(1, Math.max(0, x))

/** sRGB transfer function (IEC 61966-2-1), one channel, encoded to linear light. */
function toLinear(c: number): number {
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4
}
function fromLinear(c: number): number {
  return c <= 0.0031308 ? 12.92 * c : 1.055 * c ** (1 / 2.4) - 0.055
}

/**
 * Parses `oklch(L% C H)` (as Tailwind v4's theme.css writes its palette) or `#rgb`/`#rrggbb`.
 * Returns null for anything else; it does not handle alpha, `none` or other CSS colour functions.
 */
export function parseCssColor(text: string): Rgb | null {
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(text.trim())
  if (hex?.[1]) {
    const digits = hex[1].length === 3 ? [...hex[1]].map((d) => d + d) : (hex[1].match(/../g) ?? [])
    const [r = 0, g = 0, b = 0] = digits.map((pair) => parseInt(pair, 16) / 255)
    return [r, g, b]
  }
  const oklch = /^oklch\(\s*([\d.]+)(%?)\s+([\d.]+)\s+([\d.]+)\s*\)$/i.exec(text.trim())
  if (!oklch) return null
  const lightness = Number(oklch[1]) / (oklch[2] === '%' ? 100 : 1)
  return oklchToSrgb(lightness, Number(oklch[3]), Number(oklch[4]))
}

/**
 * OKLCH to sRGB (CSS Color 4 §9 and Ottosson's OKLab matrices). Colours outside the sRGB gamut are clipped
 * per channel, as Chromium shows them on an sRGB screen; it does not do CSS's chroma-reducing gamut mapping.
 */
export function oklchToSrgb(lightness: number, chroma: number, hueDegrees: number): Rgb {
  const h = (hueDegrees * Math.PI) / 180
  const a = chroma * Math.cos(h)
  const b = chroma * Math.sin(h)
  const l = (lightness + 0.3963377774 * a + 0.2158037573 * b) ** 3
  const m = (lightness - 0.1055613458 * a - 0.0638541728 * b) ** 3
  const s = (lightness - 0.0894841775 * a - 1.291485548 * b) ** 3
  const linear: Rgb = [
    4.0767416621 * l - 3.3077115913 * m + 0.2309699292 * s,
    -1.2684380046 * l + 2.6097574011 * m - 0.3413193965 * s,
    -0.0041960863 * l - 0.7034186147 * m + 1.707614701 * s,
  ]
  return [fromLinear(clamp01(linear[0])), fromLinear(clamp01(linear[1])), fromLinear(clamp01(linear[2]))]
}

/** WCAG 2.2 relative luminance (§ "relative luminance" definition). It does not take alpha. */
export function relativeLuminance([r, g, b]: Rgb): number {
  return 0.2126 * toLinear(r) + 0.7152 * toLinear(g) + 0.0722 * toLinear(b)
}

/** WCAG 2.2 contrast ratio (L1 + 0.05) / (L2 + 0.05), 1…21, in either order. It does not round. */
export function contrastRatio(a: Rgb, b: Rgb): number {
  const [light, dark] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [number, number]
  return (light + 0.05) / (dark + 0.05)
}

export const DEFICIENCIES = ['protanopia', 'deuteranopia'] as const
export type Deficiency = (typeof DEFICIENCIES)[number]

/**
 * Machado, Oliveira and Fernandes (2009), "A Physiologically-based Model for Simulation of Color Vision
 * Deficiency", severity 1.0 matrices, applied to linear RGB.
 */
const MACHADO_2009: Record<Deficiency, Matrix> = {
  protanopia: [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
  ],
  deuteranopia: [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.01182, 0.04294, 0.968881],
  ],
}

/** How a colour looks with full protanopia or deuteranopia (Machado 2009); not the milder anomalies. */
export function simulateDeficiency(color: Rgb, deficiency: Deficiency): Rgb {
  const linear = multiply(MACHADO_2009[deficiency], [toLinear(color[0]), toLinear(color[1]), toLinear(color[2])])
  return [fromLinear(clamp01(linear[0])), fromLinear(clamp01(linear[1])), fromLinear(clamp01(linear[2]))]
}

/** sRGB (D65) to linear XYZ, IEC 61966-2-1. */
const SRGB_TO_XYZ: Matrix = [
  [0.4124564, 0.3575761, 0.1804375],
  [0.2126729, 0.7151522, 0.072175],
  [0.0193339, 0.119192, 0.9503041],
]
const D65_WHITE: Rgb = [0.95047, 1, 1.08883]

/** sRGB to CIELAB with the D65 white point (CIE 15:2004 §8.2.1); no chromatic adaptation to D50. */
export function srgbToLab(color: Rgb): Lab {
  const xyz = multiply(SRGB_TO_XYZ, [toLinear(color[0]), toLinear(color[1]), toLinear(color[2])])
  const f = (t: number) => (t > (6 / 29) ** 3 ? Math.cbrt(t) : t / (3 * (6 / 29) ** 2) + 4 / 29)
  const [fx, fy, fz] = [f(xyz[0] / D65_WHITE[0]), f(xyz[1] / D65_WHITE[1]), f(xyz[2] / D65_WHITE[2])]
  return [116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)]
}

/**
 * CIEDE2000 colour difference ΔE00 with kL = kC = kH = 1, following Sharma, Wu and Dalal (2005),
 * "The CIEDE2000 Color-Difference Formula: Implementation Notes". About 1 is a just-noticeable difference.
 */
export function deltaE2000(lab1: Lab, lab2: Lab): number {
  const [L1, a1, b1] = lab1
  const [L2, a2, b2] = lab2
  const rad = Math.PI / 180
  const C1 = Math.hypot(a1, b1)
  const C2 = Math.hypot(a2, b2)
  const meanC7 = ((C1 + C2) / 2) ** 7
  const G = 0.5 * (1 - Math.sqrt(meanC7 / (meanC7 + 25 ** 7)))
  const a1p = (1 + G) * a1
  const a2p = (1 + G) * a2
  const C1p = Math.hypot(a1p, b1)
  const C2p = Math.hypot(a2p, b2)
  const hue = (b: number, a: number) => (b === 0 && a === 0 ? 0 : ((Math.atan2(b, a) / rad) + 360) % 360)
  const h1p = hue(b1, a1p)
  const h2p = hue(b2, a2p)

  const dLp = L2 - L1
  const dCp = C2p - C1p
  let dhp = 0
  if (C1p * C2p !== 0) {
    dhp = h2p - h1p
    if (dhp > 180) dhp -= 360
    else if (dhp < -180) dhp += 360
  }
  const dHp = 2 * Math.sqrt(C1p * C2p) * Math.sin((dhp / 2) * rad)

  const meanLp = (L1 + L2) / 2
  const meanCp = (C1p + C2p) / 2
  let meanHp = h1p + h2p
  if (C1p * C2p !== 0) {
    if (Math.abs(h1p - h2p) <= 180) meanHp = (h1p + h2p) / 2
    else meanHp = h1p + h2p < 360 ? (h1p + h2p + 360) / 2 : (h1p + h2p - 360) / 2
  }
  const T =
    1 -
    0.17 * Math.cos((meanHp - 30) * rad) +
    0.24 * Math.cos(2 * meanHp * rad) +
    0.32 * Math.cos((3 * meanHp + 6) * rad) -
    0.2 * Math.cos((4 * meanHp - 63) * rad)
  const dTheta = 30 * Math.exp(-(((meanHp - 275) / 25) ** 2))
  const meanCp7 = meanCp ** 7
  const RC = 2 * Math.sqrt(meanCp7 / (meanCp7 + 25 ** 7))
  const SL = 1 + (0.015 * (meanLp - 50) ** 2) / Math.sqrt(20 + (meanLp - 50) ** 2)
  const SC = 1 + 0.045 * meanCp
  const SH = 1 + 0.015 * meanCp * T
  const RT = -Math.sin(2 * dTheta * rad) * RC
  return Math.sqrt((dLp / SL) ** 2 + (dCp / SC) ** 2 + (dHp / SH) ** 2 + RT * (dCp / SC) * (dHp / SH))
}
