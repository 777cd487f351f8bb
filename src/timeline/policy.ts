/**
 * What the server is configured with (simplejwt's SIMPLE_JWT settings, same names) and how the
 * client behaves. Plain data; nothing here runs a clock.
 */

/** The HMAC algorithms simplejwt accepts; SIGNING_KEY is a string, so the asymmetric ones are out of scope. */
export const SIMPLEJWT_HMAC_ALGORITHMS = ['HS256', 'HS384', 'HS512'] as const
export type SimpleJwtAlgorithm = (typeof SIMPLEJWT_HMAC_ALGORITHMS)[number]

/**
 * The SIMPLE_JWT settings that change a token's life, with simplejwt 5.2's names. Lifetimes and
 * LEEWAY are in seconds (simplejwt takes timedeltas). Does not cover AUDIENCE, ISSUER, sliding
 * tokens or asymmetric keys; the token_blacklist app is assumed to be in INSTALLED_APPS.
 */
export interface SimpleJwtSettings {
  readonly ACCESS_TOKEN_LIFETIME: number
  readonly REFRESH_TOKEN_LIFETIME: number
  readonly ROTATE_REFRESH_TOKENS: boolean
  readonly BLACKLIST_AFTER_ROTATION: boolean
  readonly LEEWAY: number
  readonly ALGORITHM: SimpleJwtAlgorithm
  readonly SIGNING_KEY: string
  readonly USER_ID_CLAIM: string
}

/**
 * simplejwt's defaults (rest_framework_simplejwt/settings.py DEFAULTS). Its SIGNING_KEY defaults to
 * Django's SECRET_KEY; this placeholder is not a secret and must not be used.
 */
export const DEFAULT_SETTINGS: SimpleJwtSettings = {
  ACCESS_TOKEN_LIFETIME: 5 * 60,
  REFRESH_TOKEN_LIFETIME: 24 * 60 * 60,
  ROTATE_REFRESH_TOKENS: false,
  BLACKLIST_AFTER_ROTATION: false,
  LEEWAY: 0,
  ALGORITHM: 'HS256',
  SIGNING_KEY: 'playground-placeholder-not-a-secret-use-your-SECRET_KEY',
  USER_ID_CLAIM: 'user_id',
}

/** A stretch with no API calls, in seconds from the simulation start, `from` included, `to` excluded. */
export interface IdlePeriod {
  readonly from: number
  readonly to: number
}

/**
 * When the client refreshes: after a 401 from the API, or before each call once its own clock says
 * the access token has `secondsBeforeExpiry` left (a proactive client still refreshes on a 401).
 */
export type RefreshStrategy =
  | { readonly kind: 'on-401' }
  | { readonly kind: 'proactive'; readonly secondsBeforeExpiry: number }

/** How the simulated client behaves; does not describe attackers or clock skew (see WhatIfs in schedule.ts). */
export interface ClientPolicy {
  /** One GET /api/me/ every this many seconds while active (whole seconds, at least 1). */
  readonly callEverySeconds: number
  readonly idle: readonly IdlePeriod[]
  readonly refresh: RefreshStrategy
  /** Log in again (POST /api/token/) when a refresh is refused; otherwise the session ends. */
  readonly reloginOnRefreshFailure: boolean
  /** Seconds from start at which the client logs out (POST /api/token/blacklist/), or null. */
  readonly logoutAt: number | null
}

/** A client that calls every 30 s, refreshes on 401, logs in again when that fails, never logs out. */
export const DEFAULT_POLICY: ClientPolicy = {
  callEverySeconds: 30,
  idle: [],
  refresh: { kind: 'on-401' },
  reloginOnRefreshFailure: true,
  logoutAt: null,
}

const UNITS = [
  ['days', 86400],
  ['hours', 3600],
  ['minutes', 60],
] as const

/** `timedelta(...)` for whole seconds, in the largest unit that divides evenly; does not handle fractions. */
export function pythonTimedelta(seconds: number): string {
  for (const [unit, size] of UNITS) {
    if (seconds !== 0 && seconds % size === 0) return `timedelta(${unit}=${seconds / size})`
  }
  return `timedelta(seconds=${seconds})`
}

const pythonBool = (value: boolean) => (value ? 'True' : 'False')

/**
 * True when a proactive client refreshes at least ACCESS_TOKEN_LIFETIME before exp: every new access token
 * is due the moment it arrives, whatever the client's clock says. Does not look at clock skew.
 */
export function leadCoversLifetime(policy: Pick<ClientPolicy, 'refresh'>, settings: Pick<SimpleJwtSettings, 'ACCESS_TOKEN_LIFETIME'>): boolean {
  return policy.refresh.kind === 'proactive' && policy.refresh.secondsBeforeExpiry >= settings.ACCESS_TOKEN_LIFETIME
}

const BLACKLIST_APP = '"rest_framework_simplejwt.token_blacklist"'

/** The INSTALLED_APPS reminder: who needs the token_blacklist app, and what a logout without it does. */
function blacklistAppComment(rotationBlacklists: boolean, clientLogsOut: boolean): string[] {
  if (!clientLogsOut) return rotationBlacklists ? [`# BLACKLIST_AFTER_ROTATION needs ${BLACKLIST_APP} in INSTALLED_APPS.`] : []
  return [
    `# ${rotationBlacklists ? 'BLACKLIST_AFTER_ROTATION and logging out' : 'Logging out'} (POST /api/token/blacklist/) need${rotationBlacklists ? '' : 's'} ${BLACKLIST_APP} in INSTALLED_APPS:`,
    '# without it simplejwt 5.2 answers the logout with 200 and blacklists nothing.',
  ]
}

/**
 * The `SIMPLE_JWT = {...}` block for a Django settings.py, with a reminder of the token_blacklist app when
 * BLACKLIST_AFTER_ROTATION is on or the client logs out (`client.logoutAt`). Does not check the settings;
 * a JSON string literal is also a valid Python one, so the key is written with JSON.stringify.
 */
export function toPythonSnippet(settings: SimpleJwtSettings, client: Pick<ClientPolicy, 'logoutAt'> = { logoutAt: null }): string {
  return [
    'from datetime import timedelta',
    '',
    ...blacklistAppComment(settings.BLACKLIST_AFTER_ROTATION, client.logoutAt !== null),
    'SIMPLE_JWT = {',
    `    "ACCESS_TOKEN_LIFETIME": ${pythonTimedelta(settings.ACCESS_TOKEN_LIFETIME)},`,
    `    "REFRESH_TOKEN_LIFETIME": ${pythonTimedelta(settings.REFRESH_TOKEN_LIFETIME)},`,
    `    "ROTATE_REFRESH_TOKENS": ${pythonBool(settings.ROTATE_REFRESH_TOKENS)},`,
    `    "BLACKLIST_AFTER_ROTATION": ${pythonBool(settings.BLACKLIST_AFTER_ROTATION)},`,
    `    "LEEWAY": ${settings.LEEWAY},`,
    `    "ALGORITHM": ${JSON.stringify(settings.ALGORITHM)},`,
    '    # Read the key from the environment in real projects; never commit it.',
    `    "SIGNING_KEY": ${JSON.stringify(settings.SIGNING_KEY)},`,
    `    "USER_ID_CLAIM": ${JSON.stringify(settings.USER_ID_CLAIM)},`,
    '}',
    '',
  ].join('\n')
}
