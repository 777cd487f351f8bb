import { describe, expect, it } from 'vitest'
import { DEFAULT_SETTINGS } from './policy'
import { checkSettings, signingKeyProblem } from './validate'

describe('signingKeyProblem', () => {
  it('says in plain words that an empty key cannot sign, and names the setting', () => {
    const problem = signingKeyProblem('')
    expect(problem).toMatch(/^SIGNING_KEY can't be empty/)
    expect(problem).not.toMatch(/ERR_|HMAC key data/)
  })

  it.each([' ', 'k', DEFAULT_SETTINGS.SIGNING_KEY])('accepts %j (strength is not its job)', (key) => {
    expect(signingKeyProblem(key)).toBeNull()
  })
})

describe('checkSettings', () => {
  it('refuses an empty SIGNING_KEY with the field message, so nothing downstream tries to sign with it', () => {
    expect(checkSettings({ ...DEFAULT_SETTINGS, SIGNING_KEY: '' })).toEqual({ code: 'invalid-settings', message: signingKeyProblem('') })
    expect(checkSettings(DEFAULT_SETTINGS)).toBeNull()
  })
})
