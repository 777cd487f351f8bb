/**
 * What each well-known claim means, with where it is defined. It is a dictionary only: it does not
 * check values (see claims.ts for time checks).
 */

export interface ClaimInfo {
  label: string
  description: string
  source: string
  /** NumericDate claims (seconds since the epoch, RFC 7519 section 2). */
  time?: true
}

export const CLAIM_REGISTRY: Readonly<Record<string, ClaimInfo>> = {
  iss: { label: 'Issuer', description: 'Who issued the token.', source: 'RFC 7519 §4.1.1' },
  sub: { label: 'Subject', description: 'Whom the token is about, usually a user id, unique within the issuer.', source: 'RFC 7519 §4.1.2' },
  aud: { label: 'Audience', description: 'Who the token is meant for; a recipient not listed must reject it.', source: 'RFC 7519 §4.1.3' },
  exp: { label: 'Expiration time', description: 'The token must not be accepted on or after this time.', source: 'RFC 7519 §4.1.4', time: true },
  nbf: { label: 'Not before', description: 'The token must not be accepted before this time.', source: 'RFC 7519 §4.1.5', time: true },
  iat: { label: 'Issued at', description: 'When the token was issued.', source: 'RFC 7519 §4.1.6', time: true },
  jti: { label: 'JWT ID', description: 'A unique id for this token, used to prevent replay and to blacklist it (simplejwt keeps it in its blacklist).', source: 'RFC 7519 §4.1.7' },
  name: { label: 'Full name', description: "The user's full name.", source: 'OpenID Connect Core §5.1' },
  given_name: { label: 'Given name', description: "The user's given (first) name.", source: 'OpenID Connect Core §5.1' },
  family_name: { label: 'Family name', description: "The user's family (last) name.", source: 'OpenID Connect Core §5.1' },
  middle_name: { label: 'Middle name', description: "The user's middle name.", source: 'OpenID Connect Core §5.1' },
  nickname: { label: 'Nickname', description: 'A casual name for the user.', source: 'OpenID Connect Core §5.1' },
  preferred_username: { label: 'Preferred username', description: 'The name the user wants to be shown as; not guaranteed unique.', source: 'OpenID Connect Core §5.1' },
  profile: { label: 'Profile URL', description: "URL of the user's profile page.", source: 'OpenID Connect Core §5.1' },
  picture: { label: 'Picture URL', description: "URL of the user's picture.", source: 'OpenID Connect Core §5.1' },
  website: { label: 'Website', description: "URL of the user's web page.", source: 'OpenID Connect Core §5.1' },
  email: { label: 'Email', description: "The user's email address.", source: 'OpenID Connect Core §5.1' },
  email_verified: { label: 'Email verified', description: 'Whether the provider has verified the email address.', source: 'OpenID Connect Core §5.1' },
  gender: { label: 'Gender', description: "The user's gender.", source: 'OpenID Connect Core §5.1' },
  birthdate: { label: 'Birthdate', description: "The user's birthday, YYYY-MM-DD.", source: 'OpenID Connect Core §5.1' },
  zoneinfo: { label: 'Time zone', description: "The user's time zone, e.g. Europe/Paris.", source: 'OpenID Connect Core §5.1' },
  locale: { label: 'Locale', description: "The user's locale, e.g. en-US.", source: 'OpenID Connect Core §5.1' },
  phone_number: { label: 'Phone number', description: "The user's phone number.", source: 'OpenID Connect Core §5.1' },
  phone_number_verified: { label: 'Phone verified', description: 'Whether the provider has verified the phone number.', source: 'OpenID Connect Core §5.1' },
  address: { label: 'Address', description: "The user's postal address (a JSON object).", source: 'OpenID Connect Core §5.1.1' },
  updated_at: { label: 'Updated at', description: "When the user's information was last updated.", source: 'OpenID Connect Core §5.1', time: true },
  auth_time: { label: 'Authentication time', description: 'When the user actually logged in.', source: 'OpenID Connect Core §2', time: true },
  nonce: { label: 'Nonce', description: 'The value the client sent in its request, echoed back to prevent replay of the ID token.', source: 'OpenID Connect Core §2' },
  acr: { label: 'Authentication context', description: 'How strongly the user was authenticated.', source: 'OpenID Connect Core §2' },
  amr: { label: 'Authentication methods', description: 'How the user was authenticated, e.g. ["pwd", "otp"].', source: 'OpenID Connect Core §2' },
  azp: { label: 'Authorized party', description: 'The client the ID token was issued to.', source: 'OpenID Connect Core §2' },
  at_hash: { label: 'Access token hash', description: 'Binds the ID token to the access token issued with it.', source: 'OpenID Connect Core §3.1.3.6' },
  c_hash: { label: 'Code hash', description: 'Binds the ID token to the authorization code.', source: 'OpenID Connect Core §3.3.2.11' },
  sid: { label: 'Session ID', description: 'The login session this token belongs to.', source: 'OpenID Connect Front-Channel Logout §3' },
  scope: { label: 'Scope', description: 'The permissions granted, space separated.', source: 'RFC 8693 §4.2' },
  client_id: { label: 'Client ID', description: 'The OAuth client the token was issued to.', source: 'RFC 8693 §4.3' },
  cnf: { label: 'Confirmation', description: 'The key the holder must prove possession of (proof-of-possession).', source: 'RFC 7800 §3.1' },
  token_type: { label: 'Token type (simplejwt)', description: 'djangorestframework-simplejwt marks each token "access" or "refresh"; it refuses a token of the wrong type.', source: 'simplejwt settings: TOKEN_TYPE_CLAIM' },
  user_id: { label: 'User ID (simplejwt)', description: "djangorestframework-simplejwt's claim for the user's primary key (USER_ID_CLAIM).", source: 'simplejwt settings: USER_ID_CLAIM' },
}

/** The dictionary entry for a claim name, or undefined for a custom claim. */
export function claimInfo(name: string): ClaimInfo | undefined {
  return Object.hasOwn(CLAIM_REGISTRY, name) ? CLAIM_REGISTRY[name] : undefined
}
