/**
 * RFC 7515 Appendix A.1 ("Example JWS Using HMAC SHA-256"), as printed there: the token and the JWK `k`
 * of its key, so learn mode can load the RFC's own example. It is data only and signs nothing.
 */
export const RFC7515_A1 = {
  token:
    'eyJ0eXAiOiJKV1QiLA0KICJhbGciOiJIUzI1NiJ9' +
    '.eyJpc3MiOiJqb2UiLA0KICJleHAiOjEzMDA4MTkzODAsDQogImh0dHA6Ly9leGFtcGxlLmNvbS9pc19yb290Ijp0cnVlfQ' +
    '.dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk',
  /** The JWK's `k`: the secret's bytes in base64url (RFC 7518 §6.4.1). */
  secret: 'AyM1SysPpbyDfgZld3umj1qzKObwVMkoqQ-EstJQLr_T-1qS0gZH75aKtMN3Yj0iPS4hcgUuTwjAzZr1Z9CAow',
} as const
