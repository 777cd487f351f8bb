/**
 * Finds claims that look like secrets or personal data. A JWS payload is only base64url-encoded, so anyone
 * holding the token can read them; RFC 7519 section 12 asks for encryption (JWE) or for leaving them out.
 */

export type SensitiveReason = 'name' | 'card-number' | 'ssn' | 'private-key'

export interface SensitiveClaimHit {
  /** Where the value sits, as `password` or `user.card.number` or `cards[0]`. */
  path: string
  reason: SensitiveReason
  /** Words for a person: "claim name looks like a password". */
  label: string
}

// Names compared after lowercasing and dropping `_`, `-`, `.` and spaces, so apiKey, api_key and API-KEY match.
const SENSITIVE_NAMES: ReadonlyMap<string, string> = new Map([
  ['password', 'a password'],
  ['passwd', 'a password'],
  ['pwd', 'a password'],
  ['pass', 'a password'],
  ['passphrase', 'a password'],
  ['pin', 'a PIN'],
  ['secret', 'a secret'],
  ['clientsecret', 'a client secret'],
  ['apisecret', 'an API secret'],
  ['apikey', 'an API key'],
  ['accesskey', 'an access key'],
  ['secretkey', 'a secret key'],
  ['privatekey', 'a private key'],
  ['token', 'a token'],
  ['accesstoken', 'a token'],
  ['refreshtoken', 'a token'],
  ['authtoken', 'a token'],
  ['sessiontoken', 'a token'],
  ['sessionid', 'a session id'],
  ['ssn', 'a social security number'],
  ['socialsecuritynumber', 'a social security number'],
  ['creditcard', 'a card number'],
  ['creditcardnumber', 'a card number'],
  ['cardnumber', 'a card number'],
  ['ccnumber', 'a card number'],
  ['pan', 'a card number'],
  ['cvv', 'a card security code'],
  ['cvv2', 'a card security code'],
  ['cvc', 'a card security code'],
  ['cvc2', 'a card security code'],
  ['iban', 'a bank account number'],
])

// Suffixes catch user_password, new_password, client_secret, stripe_secret …
const SENSITIVE_SUFFIXES: readonly (readonly [string, string])[] = [
  ['password', 'a password'],
  ['secret', 'a secret'],
  ['apikey', 'an API key'],
  ['privatekey', 'a private key'],
]

function normaliseName(name: string): string {
  return name.toLowerCase().replace(/[\s_.-]/g, '')
}

// The review runs after every keystroke, over every claim, and the names rarely change between two: each is
// classified once (bounded, so a stream of new names cannot grow it for ever).
const labelByName = new Map<string, string | null>()
const MAX_REMEMBERED_NAMES = 10_000

/** Classifies a claim name; does not look at the value. */
export function sensitiveNameLabel(name: string): string | null {
  const remembered = labelByName.get(name)
  if (remembered !== undefined) return remembered
  const key = normaliseName(name)
  const label = SENSITIVE_NAMES.get(key) ?? SENSITIVE_SUFFIXES.find(([end]) => key.endsWith(end))?.[1] ?? null
  if (labelByName.size >= MAX_REMEMBERED_NAMES) labelByName.clear()
  labelByName.set(name, label)
  return label
}

/** The Luhn mod-10 check that payment card numbers carry (ISO/IEC 7812-1); true for a valid digit string. */
export function luhnValid(digits: string): boolean {
  if (!/^\d+$/.test(digits)) return false
  let sum = 0
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i])
    if (i % 2 === 1) {
      d *= 2
      if (d > 9) d -= 9
    }
    sum += d
  }
  return sum % 10 === 0
}

// Card numbers are 12 to 19 digits (ISO/IEC 7812-1), often written in groups of 4 with spaces or dashes.
const CARD_SHAPE = /^\d(?:[ -]?\d){11,18}$/
const SSN_SHAPE = /^\d{3}-\d{2}-\d{4}$/
const PRIVATE_KEY_PEM = /-----BEGIN [A-Z0-9 ]*PRIVATE KEY-----/

function classifyValue(value: unknown): { reason: SensitiveReason; label: string } | null {
  let text: string
  if (typeof value === 'string') text = value.trim()
  else if (typeof value === 'number' && Number.isSafeInteger(value) && value > 0) text = String(value)
  else return null
  if (PRIVATE_KEY_PEM.test(text)) return { reason: 'private-key', label: 'value is a PEM private key' }
  if (SSN_SHAPE.test(text)) return { reason: 'ssn', label: 'value is shaped like a US social security number' }
  if (CARD_SHAPE.test(text) && luhnValid(text.replace(/[ -]/g, ''))) {
    return { reason: 'card-number', label: 'value is a payment card number (passes the Luhn check)' }
  }
  return null
}

/**
 * Walks a decoded payload (objects and arrays, any depth) and lists sensitive-looking claims. It does not
 * decide severity and does not read the header; the security review does that.
 */
export function findSensitiveClaims(payload: unknown): SensitiveClaimHit[] {
  const hits: SensitiveClaimHit[] = []
  const visit = (value: unknown, path: string, depth: number) => {
    if (depth > 32) return // a hostile payload cannot make us recurse forever
    if (Array.isArray(value)) {
      value.forEach((item, i) => visit(item, `${path}[${i}]`, depth + 1))
      return
    }
    if (value !== null && typeof value === 'object') {
      // Names, then each value: Object.entries would build a pair for each of thousands of claims.
      for (const name of Object.keys(value)) {
        const child = (value as Record<string, unknown>)[name]
        const childPath = path === '' ? name : `${path}.${name}`
        const nameLabel = sensitiveNameLabel(name)
        // A boolean or null cannot leak a secret ("password_set": true is fine).
        if (nameLabel !== null && child !== null && child !== '' && typeof child !== 'boolean') {
          hits.push({ path: childPath, reason: 'name', label: `claim name suggests ${nameLabel}` })
          continue
        }
        visit(child, childPath, depth + 1)
      }
      return
    }
    const byValue = classifyValue(value)
    if (byValue !== null) hits.push({ path: path === '' ? '(payload)' : path, ...byValue })
  }
  visit(payload, '', 0)
  return hits
}
