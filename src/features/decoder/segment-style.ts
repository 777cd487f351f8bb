import type { SegmentIndex } from '@/jwt/decode'

/**
 * The three colours learners know from jwt.io: header red, payload purple, signature blue.
 * Each keeps at least 4.5:1 contrast on its backgrounds, and the payload and signature differ in lightness so
 * they stay apart with protanopia or deuteranopia too (src/lib/contrast.test.ts checks both).
 */
export const SEGMENT_STYLE: Record<SegmentIndex, { name: string; text: string; ring: string; tint: string; border: string }> = {
  0: {
    name: 'Header',
    text: 'text-red-700 dark:text-red-400',
    ring: 'ring-red-600 dark:ring-red-400',
    tint: 'bg-red-100 dark:bg-red-950',
    border: 'border-red-600 dark:border-red-400',
  },
  1: {
    name: 'Payload',
    text: 'text-purple-600 dark:text-purple-200',
    ring: 'ring-purple-600 dark:ring-purple-300',
    tint: 'bg-purple-100 dark:bg-purple-950',
    border: 'border-purple-600 dark:border-purple-300',
  },
  2: {
    name: 'Signature',
    text: 'text-blue-900 dark:text-blue-400',
    ring: 'ring-blue-600 dark:ring-blue-400',
    tint: 'bg-blue-100 dark:bg-blue-950',
    border: 'border-blue-600 dark:border-blue-400',
  },
}
