import { DEFAULT_MAX_LIFETIME_SECONDS } from '@/jwt/lint'

/**
 * The long-lifetime threshold as the user sets it (a number and a unit), kept in localStorage so it
 * survives a reload. It stores this preference only, never a token or a key.
 */

export const LIFETIME_UNITS = ['minutes', 'hours', 'days'] as const
export type LifetimeUnit = (typeof LIFETIME_UNITS)[number]
export const UNIT_SECONDS: Record<LifetimeUnit, number> = { minutes: 60, hours: 3600, days: 86_400 }

export interface LifetimeThreshold {
  value: number
  unit: LifetimeUnit
}

const STORAGE_KEY = 'jwt-playground:max-lifetime'
export const DEFAULT_THRESHOLD: LifetimeThreshold = { value: DEFAULT_MAX_LIFETIME_SECONDS / 86_400, unit: 'days' }

export function thresholdSeconds(threshold: LifetimeThreshold): number {
  return threshold.value * UNIT_SECONDS[threshold.unit]
}

/** The stored threshold, or the default (one day) when none is stored or it is unreadable. */
export function readThreshold(storage: Pick<Storage, 'getItem'> | undefined): LifetimeThreshold {
  try {
    const parsed = JSON.parse(storage?.getItem(STORAGE_KEY) ?? 'null') as Partial<LifetimeThreshold> | null
    if (parsed && isValidValue(parsed.value) && LIFETIME_UNITS.includes(parsed.unit as LifetimeUnit)) {
      return { value: parsed.value as number, unit: parsed.unit as LifetimeUnit }
    }
  } catch {
    // Unreadable (storage blocked, or edited by hand): fall back to the default.
  }
  return DEFAULT_THRESHOLD
}

export function writeThreshold(storage: Pick<Storage, 'setItem'> | undefined, threshold: LifetimeThreshold): void {
  try {
    storage?.setItem(STORAGE_KEY, JSON.stringify(threshold))
  } catch {
    // Storage full or blocked: the setting still holds for this page.
  }
}

/** A positive, finite number of units. */
export function isValidValue(value: unknown): boolean {
  return typeof value === 'number' && Number.isFinite(value) && value > 0
}
