import { base64url, compactVerify, errors, importJWK } from 'jose'
import { describe, expect, it } from 'vitest'
import fixtures from './fixtures/jwtio-e2e-jwt.json'
import { A1_HEADER_B64U, A1_PAYLOAD_OCTETS, A1_PAYLOAD_B64U, A1_JWK, A1_SIGNATURE_B64U, A1_JWS } from './fixtures/rfc7515-a1'
import { buildLearnSteps, type LearnResult, type LearnSteps } from './learn'
import { claimChoices, tamperDemo } from './tamper'

function steps(result: LearnResult): LearnSteps {
  if (!result.ok) throw new Error(`expected steps, got ${result.code}: ${result.message}`)
  return result.steps
}

describe('tamperDemo on RFC 7515 A.1', async () => {
  const key = await importJWK(A1_JWK, 'HS256')
  const demo = tamperDemo(A1_JWS)
  if (!demo.ok) throw new Error(demo.message)

  it('reads the payload without any key', () => {
    expect(demo.readWithoutKey.text).toBe(new TextDecoder().decode(new Uint8Array(A1_PAYLOAD_OCTETS)))
    expect(demo.readWithoutKey.claims).toEqual({ iss: 'joe', exp: 1300819380, 'http://example.com/is_root': true })
  })

  it('changes exactly one character of the payload text', () => {
    const before = demo.readWithoutKey.text
    const after = demo.tampered.payloadText
    expect(after.length).toBe(before.length)
    expect([...before].filter((c, i) => c !== after[i])).toHaveLength(1)
    expect(demo.claim).toBe('iss')
    expect([demo.before, demo.after]).toEqual(['joe', 'koe'])
  })

  it('only the payload segment changes, at the characters it lists', () => {
    const [h, p, s] = demo.tampered.token.split('.')
    expect(h).toBe(A1_HEADER_B64U)
    expect(s).toBe(A1_SIGNATURE_B64U)
    expect(p).not.toBe(A1_PAYLOAD_B64U)
    expect(demo.changedSegment).toBe('payload')
    expect(demo.changedCharacters.length).toBeGreaterThan(0)
    const count = demo.changedCharacters.length
    expect(demo.explanation).toContain(`changed ${count} ${count === 1 ? 'character' : 'characters'} of the payload segment`)
    for (const c of demo.changedCharacters) {
      expect(A1_PAYLOAD_B64U[c.index]).toBe(c.from)
      expect(p?.[c.index]).toBe(c.to)
      expect(demo.tampered.token[c.tokenIndex]).toBe(c.to)
    }
    const unchanged = [...A1_PAYLOAD_B64U].every((ch, i) => demo.changedCharacters.some((c) => c.index === i) || p?.[i] === ch)
    expect(unchanged).toBe(true)
  })

  it('jose accepts the original and rejects the tampered token', async () => {
    await expect(compactVerify(A1_JWS, key)).resolves.toBeTruthy()
    const error = await compactVerify(demo.tampered.token, key).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(errors.JOSEError)
    expect((error as errors.JOSEError).code).toBe('ERR_JWS_SIGNATURE_VERIFICATION_FAILED')
    expect(demo.verdict).toBe('signature-no-longer-matches')
  })

  it('learn mode with the right key shows the mismatch too', async () => {
    const [, , , signature] = steps(await buildLearnSteps(demo.tampered.token, { text: A1_JWK.k, encoding: 'base64url' }))
    expect(signature.mode === 'hmac' && signature.matches).toBe(false)
  })
})

describe('tamperDemo options and errors', () => {
  const jwt = fixtures.byAlgorithm.HS256.withUtf8Secret.jwt
  it('prefers a well-known claim, then honours claim and replacement', () => {
    const byDefault = tamperDemo(jwt)
    expect(byDefault.ok && byDefault.claim).toBe('name') // the fixture has no sub
    const picked = tamperDemo(jwt, { claim: 'birthdate', replacement: '1' })
    expect(picked.ok && [picked.before, picked.after]).toEqual([-2099242800, -2099242801])
  })
  it('an unsigned token has nothing to notice the change', () => {
    const demo = tamperDemo(fixtures.byAlgorithm.none.jwt)
    expect(demo.ok && demo.verdict).toBe('unsigned-so-nothing-notices')
  })
  // The verdict reads alg as well as the signature part: an empty one is not "unsigned" under HS256.
  const sub = base64url.encode('{"sub":"abc"}')
  const header = (text: string) => base64url.encode(text)
  it.each([
    ['HS256, no signature', `${header('{"alg":"HS256"}')}.${sub}.`, 'rejected-before-and-after', /HS256.*no signature.*rejects it before/],
    ['alg none with a signature part', `${header('{"alg":"none"}')}.${sub}.abc`, 'unsigned-so-nothing-notices', /nobody computed/],
    ['alg "None"', `${header('{"alg":"None"}')}.${sub}.abc`, 'rejected-before-and-after', /not the registered "none"/],
    ['no alg', `${header('{"typ":"JWT"}')}.${sub}.abc`, 'rejected-before-and-after', /no algorithm/],
    ['a header that is not JSON', `${header('not json')}.${sub}.`, 'rejected-before-and-after', /no algorithm/],
    ['HS256 with a signature', `${header('{"alg":"HS256"}')}.${sub}.abc`, 'signature-no-longer-matches', /computed over the old bytes/],
  ])('%s', (_, token, verdict, explanation) => {
    const demo = tamperDemo(token)
    expect(demo.ok && demo.verdict).toBe(verdict)
    expect(demo.ok && demo.explanation).toMatch(explanation)
    if (demo.ok && verdict !== 'signature-no-longer-matches') expect(demo.explanation).not.toMatch(/computed over the old bytes/)
  })
  it.each([
    [{ claim: 'missing' }, 'claim-not-found'],
    [{ claim: 'toString' }, 'claim-not-found'],
    [{ claim: 'name', replacement: '"' }, 'invalid-replacement'],
    [{ claim: 'name', replacement: 'ab' }, 'invalid-replacement'],
  ])('%j → %s', (options, code) => {
    const demo = tamperDemo(jwt, options)
    expect(demo.ok ? 'ok' : demo.code).toBe(code)
  })
  it.each([
    ['e30.eyJhIjp0cnVlfQ.', { claim: 'a' }, 'claim-not-editable'], // {"a":true}
    ['e30.eyJhIjp0cnVlfQ.', {}, 'nothing-to-edit'],
    ['e30.WzFd.', {}, 'not-object'], // [1]
    ['e30.bm9wZQ.', {}, 'not-json'], // "nope"
    ['e30.__79.', {}, 'not-utf8'],
    ['abc', {}, 'part-count'],
  ])('%s %j → %s', (token, options, code) => {
    const demo = tamperDemo(token, options)
    expect(demo.ok ? 'ok' : demo.code).toBe(code)
  })
  it('says truly why a claim cannot be changed: true has letters, but changing one is no longer JSON', () => {
    const demo = tamperDemo('e30.eyJhIjp0cnVlfQ.', { claim: 'a' }) // {"a":true}
    expect(!demo.ok && demo.message).toBe('"a" is true, a boolean: changing one of its letters would no longer be JSON; pick a string or number claim.')
  })
  it('skips escapes and nested values when locating the claim', () => {
    // {"x":{"sub":"nested"},"sub":"\u0041bc"} — top-level sub, after its \u escape
    const payload = base64url.encode('{"x":{"sub":"nested"},"sub":"\\u0041bc"}')
    const demo = tamperDemo(`e30.${payload}.`)
    expect(demo.ok && [demo.claim, demo.before, demo.after]).toEqual(['sub', 'Abc', 'Acc'])
  })
})

describe('claimChoices', () => {
  it('offers the claims tamperDemo can change, and says why not for the others', () => {
    const payload = base64url.encode('{"sub":"1234567890","admin":true,"nothing":null,"roles":["a"],"addr":{"c":"x"},"mark":"!?","iat":1516239022}')
    const token = `e30.${payload}.sig`
    const choices = claimChoices(token)
    expect(choices.filter((c) => c.editable).map((c) => c.name)).toEqual(['sub', 'iat'])
    expect(Object.fromEntries(choices.flatMap((c) => (c.editable ? [] : [[c.name, c.reason]])))).toEqual({
      admin: 'true, a boolean: changing one of its letters would no longer be JSON',
      nothing: 'null: changing one of its letters would no longer be JSON',
      roles: 'an array: the demo changes only a top-level string or number',
      addr: 'an object: the demo changes only a top-level string or number',
      mark: 'a string with no letter or digit in it to change',
    })
    // Every claim offered is one tamperDemo accepts.
    for (const c of choices) expect(tamperDemo(token, { claim: c.name }).ok).toBe(c.editable)
  })
  it('lists a duplicate name once, judged by the value JSON.parse keeps (the last)', () => {
    const token = `e30.${base64url.encode('{"a":"x","a":true}')}.`
    expect(claimChoices(token)).toEqual([{ name: 'a', editable: false, reason: expect.stringContaining('boolean') }])
  })
  it('has nothing to offer when the payload is not a JSON object', () => {
    expect(claimChoices('e30.bm9wZQ.')).toEqual([])
    expect(claimChoices('abc')).toEqual([])
  })
})
