/**
 * How each kind of timeline event looks and is named: a shape (so colour is never the only cue), a
 * colour class for light and dark themes, and a label for legends, tooltips and screen readers.
 * Pure data plus SVG path arithmetic; it places nothing.
 */
import type { TimelineEvent, TimelineEventKind } from '@/timeline/schedule'

/** Marker shapes; each event kind (and each replay outcome) has its own, so colour is never the only cue. */
export const GLYPHS = ['dot', 'ring', 'tick', 'up', 'down', 'diamond', 'square', 'frame', 'bar', 'hourglass', 'cross', 'plus', 'star'] as const
export type Glyph = (typeof GLYPHS)[number]

export interface EventStyle {
  readonly glyph: Glyph
  /** Tailwind fill/stroke classes (both themes). */
  readonly colour: string
  readonly label: string
}

const VIOLET = 'fill-violet-600 stroke-violet-600 dark:fill-violet-400 dark:stroke-violet-400'
const RED = 'fill-red-600 stroke-red-600 dark:fill-red-400 dark:stroke-red-400'
const BLUE = 'fill-blue-600 stroke-blue-600 dark:fill-blue-400 dark:stroke-blue-400'
const TEAL = 'fill-teal-600 stroke-teal-600 dark:fill-teal-300 dark:stroke-teal-300'
const INK = 'fill-gray-900 stroke-gray-900 dark:fill-gray-100 dark:stroke-gray-100'
const AMBER = 'fill-amber-600 stroke-amber-600 dark:fill-amber-400 dark:stroke-amber-400'
const ORANGE = 'fill-orange-600 stroke-orange-600 dark:fill-orange-400 dark:stroke-orange-400'
const GREEN = 'fill-green-600 stroke-green-600 dark:fill-green-400 dark:stroke-green-400'

/** Look and name of each event kind; replays and accepted calls vary by status (see styleOf). */
export const EVENT_STYLES: Record<TimelineEventKind, EventStyle> = {
  login: { glyph: 'dot', colour: VIOLET, label: 'Login (POST /api/token/)' },
  're-login': { glyph: 'ring', colour: VIOLET, label: 'Re-login after a refused refresh' },
  'api-call': { glyph: 'tick', colour: RED, label: 'API call refused (401)' },
  refresh: { glyph: 'up', colour: BLUE, label: 'Refresh (POST /api/token/refresh/)' },
  rotation: { glyph: 'diamond', colour: TEAL, label: 'Rotation: a new refresh token' },
  blacklist: { glyph: 'square', colour: INK, label: 'Refresh token blacklisted' },
  'refresh-failed': { glyph: 'cross', colour: RED, label: 'Refresh refused' },
  logout: { glyph: 'bar', colour: AMBER, label: 'Logout (POST /api/token/blacklist/)' },
  'session-ended': { glyph: 'frame', colour: INK, label: 'Session ended' },
  theft: { glyph: 'down', colour: ORANGE, label: 'Refresh token stolen' },
  replay: { glyph: 'star', colour: ORANGE, label: 'Stolen token replayed' },
  'clock-skew': { glyph: 'hourglass', colour: AMBER, label: 'New access token already due' },
}

/** The style of one event: a replay is green when refused (the defence worked) and red when accepted. */
export function styleOf(event: Pick<TimelineEvent, 'kind' | 'status'>): EventStyle {
  const style = EVENT_STYLES[event.kind]
  if (event.kind === 'replay') return event.status === 200 ? { ...style, colour: RED, label: 'Replay accepted' } : { ...style, colour: GREEN, glyph: 'plus', label: 'Replay refused' }
  if (event.kind === 'api-call' && event.status === 200) return { ...style, colour: GREEN, label: 'API call accepted (200)' }
  return style
}

/** SVG path data for a glyph of radius `r` centred on (x, y); outlines for ring, tick and cross (stroke them). */
export function glyphPath(glyph: Glyph, x: number, y: number, r: number): string {
  switch (glyph) {
    case 'dot':
    case 'ring':
      return `M${x - r},${y}a${r},${r} 0 1,0 ${2 * r},0a${r},${r} 0 1,0 ${-2 * r},0Z`
    case 'tick':
      return `M${x},${y - r * 1.4}V${y + r * 1.4}`
    case 'up':
      return `M${x},${y - r}L${x + r},${y + r * 0.8}H${x - r}Z`
    case 'down':
      return `M${x},${y + r}L${x + r},${y - r * 0.8}H${x - r}Z`
    case 'diamond':
      return `M${x},${y - r}L${x + r},${y}L${x},${y + r}L${x - r},${y}Z`
    case 'square':
    case 'frame':
      return `M${x - r * 0.8},${y - r * 0.8}h${r * 1.6}v${r * 1.6}h${-r * 1.6}Z`
    case 'bar':
      return `M${x - r},${y - r * 0.45}h${r * 2}v${r * 0.9}h${-r * 2}Z`
    case 'hourglass':
      return `M${x - r * 0.8},${y - r}H${x + r * 0.8}L${x - r * 0.8},${y + r}H${x + r * 0.8}Z`
    case 'cross':
      return `M${x - r},${y - r}L${x + r},${y + r}M${x + r},${y - r}L${x - r},${y + r}`
    case 'plus':
      return `M${x},${y - r * 1.2}V${y + r * 1.2}M${x - r * 1.2},${y}H${x + r * 1.2}`
    case 'star':
      return starPath(x, y, r * 1.25)
  }
}

/** A five-pointed star: outer points at radius r, inner at 0.45 r, the first straight up. */
function starPath(x: number, y: number, r: number): string {
  const points = Array.from({ length: 10 }, (_, i) => {
    const radius = i % 2 === 0 ? r : r * 0.45
    const angle = (Math.PI / 5) * i - Math.PI / 2
    return `${(x + radius * Math.cos(angle)).toFixed(2)},${(y + radius * Math.sin(angle)).toFixed(2)}`
  })
  return `M${points.join('L')}Z`
}

/**
 * The classes that colour a glyph. An outline's "fill-none" is marked important: Tailwind orders utilities of
 * one property by name, so "fill-violet-600" (and any dark: fill) came after it and filled the ring, which then
 * looked like the login dot.
 */
export function glyphClass(style: EventStyle): string {
  return isOutline(style.glyph) ? `${style.colour} fill-none!` : style.colour
}

/** Glyphs drawn as lines (stroke only); the others are filled shapes. */
export function isOutline(glyph: Glyph): boolean {
  return glyph === 'ring' || glyph === 'tick' || glyph === 'cross' || glyph === 'frame' || glyph === 'plus'
}

/** The token an event is about, for "open in the decoder": what came back for logins and refreshes, otherwise what was sent. */
export function tokenOfEvent(event: Pick<TimelineEvent, 'kind' | 'tokens'>, kindOf: (jti: string) => 'access' | 'refresh' | undefined): string | null {
  if (event.kind === 'login' || event.kind === 're-login' || event.kind === 'refresh') {
    const access = event.tokens.find((jti) => kindOf(jti) === 'access')
    if (access) return access
  }
  if (event.kind === 'rotation') return event.tokens[1] ?? event.tokens[0] ?? null
  return event.tokens[0] ?? null
}
