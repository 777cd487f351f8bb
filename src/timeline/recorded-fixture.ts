/**
 * Typed access to fixtures/simplejwt-recorded.json (real simplejwt exchanges, see its README).
 * For tests and docs; the model itself never reads the recording.
 */
import recording from './fixtures/simplejwt-recorded.json'
import { DEFAULT_SETTINGS, type SimpleJwtSettings } from './policy'

export interface RecordedToken {
  readonly role: string
  readonly token: string
  readonly header: Record<string, unknown> | null
  readonly payload: Record<string, string | number> | null
}

export interface RecordedExchange {
  readonly offset: number
  readonly at: number
  readonly method: string
  readonly path: string
  readonly authorization: string | null
  readonly requestBody: Record<string, string> | null
  readonly status: number
  readonly wwwAuthenticate: string | null
  readonly responseBody: unknown
  readonly responseText: string
  readonly tokens: readonly RecordedToken[]
  readonly blacklistedJtis: readonly string[]
}

export interface RecordedScenario {
  readonly name: string
  readonly description: string
  readonly settings: Partial<SimpleJwtSettings>
  readonly exchanges: readonly RecordedExchange[]
}

export interface Recording {
  readonly versions: Record<string, string>
  readonly start: number
  readonly signingKey: string
  readonly jti: { readonly seed: number }
  readonly user: { readonly id: number; readonly username: string; readonly password: string }
  readonly scenarios: readonly RecordedScenario[]
}

/** The recording, typed; not validated at runtime. */
export const RECORDING = recording as unknown as Recording

/** The full settings a scenario ran with: simplejwt's defaults, the recording key, the scenario's changes. */
export function recordedSettings(scenario: RecordedScenario): SimpleJwtSettings {
  return { ...DEFAULT_SETTINGS, SIGNING_KEY: RECORDING.signingKey, ...scenario.settings }
}

/** A scenario by name; throws if missing (a test bug). */
export function recordedScenario(name: string): RecordedScenario {
  const scenario = RECORDING.scenarios.find((s) => s.name === name)
  if (!scenario) throw new Error(`no recorded scenario ${name}`)
  return scenario
}
