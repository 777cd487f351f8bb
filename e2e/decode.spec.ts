import { expectPaneJson, hoverTokenSegment, insertToken, openDecoder, pasteToken, plainView, tokenSegment } from './helpers/decoder'
import { jwtIoToken, pyjwtToken, simplejwtToken } from './helpers/fixtures'
import { waitForMonaco } from './helpers/monaco'
import { encryptedToken, rawToken, segment, segmentsOf, signedToken } from './helpers/tokens'
import { expect, test } from './helpers/test'

// The decoder: paste a token, see its parts; what people really paste; every malformed case named by
// segment; hostile claim text; the claims table. Every test also fails on any page error (helpers/test.ts).

const HEADER = segment('{"alg":"HS256","typ":"JWT"}')

test.describe('paste a token, see its parts', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] })

  test('fill: header, payload and signature panes show the token made by PyJWT', async ({ page }) => {
    const fixture = pyjwtToken('pyjwt-HS256')
    const input = await openDecoder(page)
    await input.fill(fixture.token)
    await expectPaneJson(page, 'header-pane', fixture.header)
    await expectPaneJson(page, 'payload-pane', fixture.payload)
    const signature = segmentsOf(fixture.token)[2]
    const pane = page.getByTestId('signature-pane')
    await expect(pane).toContainText(signature)
    // Node's own base64url decoder is the reference for the hex view; HS256 signatures are 32 bytes.
    await expect(pane).toContainText(Buffer.from(signature, 'base64url').toString('hex'))
    await expect(pane).toContainText('256 bits (32 bytes)')
    await expect(page.getByTestId('decode-error')).toHaveCount(0)
  })

  test('a real clipboard paste (Ctrl+V) decodes jwt.io\'s RS256 token', async ({ page }) => {
    const fixture = jwtIoToken('RS256', 'withPemKey')
    await openDecoder(page)
    await pasteToken(page, fixture.token)
    await expect(page.getByTestId('token-input')).toHaveValue(fixture.token)
    await expectPaneJson(page, 'header-pane', fixture.header)
    await expectPaneJson(page, 'payload-pane', fixture.payload)
    await expect(page.getByTestId('signature-pane')).toContainText('2048 bits (256 bytes)')
  })

  test('text inserted as one input event (keyboard.insertText) decodes a simplejwt token', async ({ page }) => {
    const fixture = simplejwtToken('simplejwt-RS256-refresh')
    await openDecoder(page)
    await insertToken(page, fixture.token)
    await expectPaneJson(page, 'header-pane', fixture.header)
    await expectPaneJson(page, 'payload-pane', fixture.payload)
  })

  test('every keystroke updates the panes', async ({ page }) => {
    const unfinished = segment('{"a":1') // 6 bytes: 8 characters
    const finished = segment('{"a":1}') // 7 bytes: 10 characters
    expect(finished.startsWith(unfinished)).toBe(true)
    const typed = finished.slice(unfinished.length)
    expect(typed).toHaveLength(2)

    const input = await openDecoder(page)
    await input.fill(`${HEADER}.${unfinished}.`)
    const error = page.getByTestId('decode-error')
    await expect(error).toContainText('Payload (part 2 of 3)')
    await expect(error).toContainText('not valid JSON')
    await expect(plainView(page, 'payload-pane')).toHaveText('{"a":1')

    // Caret just before the last dot, then one character at a time.
    const caret = HEADER.length + 1 + unfinished.length
    await input.evaluate((element, at) => (element as HTMLTextAreaElement).setSelectionRange(at, at), caret)
    await page.keyboard.type(typed[0] as string)
    // 9 characters of base64url encode no whole byte string.
    await expect(error).toContainText('Payload (part 2 of 3)')
    await expect(error).toContainText('truncated')
    await page.keyboard.type(typed[1] as string)
    await expect(input).toHaveValue(`${HEADER}.${finished}.`)
    await expectPaneJson(page, 'payload-pane', { a: 1 })
    await expect(error).toHaveCount(0)

    // And the signature, typed after the last dot: "qg" is the single byte 0xaa.
    await input.press('ControlOrMeta+End')
    await page.keyboard.type('q')
    await expect(error).toContainText('Signature (part 3 of 3)')
    await page.keyboard.type('g')
    await expect(page.getByTestId('signature-pane').locator('dd').nth(1)).toHaveText('aa')
    await expect(page.getByTestId('signature-pane')).toContainText('8 bits (1 byte)')
    await expect(error).toHaveCount(0)
  })

  test('hovering a pane highlights its segment in the token, and hovering a segment highlights its pane', async ({ page }) => {
    const input = await openDecoder(page)
    await input.fill(pyjwtToken('pyjwt-HS256').token)
    await input.blur()
    const header = page.getByTestId('header-pane')
    const payload = page.getByTestId('payload-pane')
    const signature = page.getByTestId('signature-pane')

    await payload.hover()
    await expect(tokenSegment(page, 1).first()).toHaveClass(/\bbg-purple-100\b/)
    await expect(tokenSegment(page, 0).first()).not.toHaveClass(/\bbg-red-100\b/)
    await signature.hover()
    await expect(tokenSegment(page, 2).first()).toHaveClass(/\bbg-blue-100\b/)
    await expect(tokenSegment(page, 1).first()).not.toHaveClass(/\bbg-purple-100\b/)

    await hoverTokenSegment(page, 0)
    await expect(header).toHaveClass(/\bring-2\b/)
    await expect(payload).not.toHaveClass(/\bring-2\b/)
    await hoverTokenSegment(page, 1)
    await expect(payload).toHaveClass(/\bring-2\b/)
    await expect(header).not.toHaveClass(/\bring-2\b/)
    await hoverTokenSegment(page, 2)
    await expect(signature).toHaveClass(/\bring-2\b/)
    await expect(payload).not.toHaveClass(/\bring-2\b/)
  })
})

test.describe('long signatures fold', () => {
  test('ML-DSA-87 (jwt.io): the first 512 of 4,627 bytes, all of them on request, and the copy takes all', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'])
    const { token } = jwtIoToken('ML-DSA-87', 'withPemKey')
    const signature = segmentsOf(token)[2]
    const input = await openDecoder(page)
    await input.fill(token)
    const pane = page.getByTestId('signature-pane')
    const fold = page.getByTestId('signature-fold')
    await expect(pane).toContainText('37016 bits (4627 bytes)')
    await expect(fold).toHaveText('The first 512 of 4,627 bytes.Show all')
    await expect(pane).toContainText(`${signature.slice(0, 683)}…`)
    await expect(pane).not.toContainText(signature.slice(700, 800))
    await fold.getByRole('button', { name: 'Show all' }).click()
    await expect(pane).toContainText(signature)
    await expect(fold.getByRole('button', { name: 'Show less' })).toHaveAttribute('aria-expanded', 'true')
    await fold.getByRole('button', { name: 'Show less' }).click()
    await expect(pane).not.toContainText(signature.slice(700, 800))
    await pane.getByRole('button', { name: 'Copy signature' }).click()
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(signature)
  })

  test('a 300 KB signature part (hostile) shows its start and offers no "Show all"', async ({ page }) => {
    const signature = 'A'.repeat(400_000)
    const input = await openDecoder(page)
    await input.fill(rawToken('{"alg":"HS256"}', '{"sub":"x"}', signature))
    await expect(page.getByTestId('signature-fold')).toHaveText('The first 512 of 300,000 bytes. Copy it to see the rest.')
    // Shown: 683 base64url characters and 1,024 hex digits, not 1 MB of text.
    expect((await page.getByTestId('signature-pane').innerText()).length).toBeLessThan(2500)
  })
})

test.describe('what people paste', () => {
  const fixture = pyjwtToken('pyjwt-ES256')
  const wrapped = fixture.token.replace(/(.{40})/g, '$1\n')
  const cases = [
    { name: 'surrounding whitespace and line breaks inside', text: `  \n${wrapped}\n\t `, note: [/surrounding whitespace/, /line breaks/] },
    { name: 'a "Bearer " prefix', text: `Bearer ${fixture.token}`, note: [/"Bearer " prefix/] },
    { name: 'double quotes', text: `"${fixture.token}"`, note: [/quotes/] },
    { name: 'single quotes and a trailing newline', text: `'${fixture.token}'\n`, note: [/quotes/, /whitespace/] },
    {
      name: 'a whole "Authorization: Bearer" header line',
      text: `Authorization: Bearer ${fixture.token}`,
      note: [/"Authorization:" header/, /"Bearer " prefix/],
    },
  ]
  for (const { name, text, note } of cases) {
    test(`${name}: decoded, and the note says what was ignored`, async ({ page }) => {
      const input = await openDecoder(page)
      await input.fill(text)
      await expectPaneJson(page, 'header-pane', fixture.header)
      await expectPaneJson(page, 'payload-pane', fixture.payload)
      await expect(page.getByTestId('decode-error')).toHaveCount(0)
      const stripped = page.getByTestId('stripped-note')
      await expect(stripped).toContainText('Ignored')
      for (const part of note) await expect(stripped).toContainText(part)
    })
  }

  test('a clean token shows no stripped note', async ({ page }) => {
    const input = await openDecoder(page)
    await input.fill(fixture.token)
    await expectPaneJson(page, 'payload-pane', fixture.payload)
    await expect(page.getByTestId('stripped-note')).toHaveCount(0)
  })
})

test.describe('malformed tokens: each error names its segment', () => {
  const good = pyjwtToken('pyjwt-HS256')
  const [goodHeader, goodPayload, goodSignature] = segmentsOf(good.token)
  const withCharAt = (text: string, index: number, char: string) => text.slice(0, index) + char + text.slice(index + 1)
  // {"alg":"none"} is 14 bytes, so plain base64 pads it with one "=" (RFC 4648 section 4).
  const paddedHeader = `${segment('{"alg":"none"}')}=`

  const cases: { name: string; token: string; where: string; says: (string | RegExp)[]; payload?: unknown }[] = [
    { name: 'two parts', token: `${goodHeader}.${goodPayload}`, where: 'Token:', says: ['three parts', 'has 2 parts'], payload: good.payload },
    { name: 'four parts', token: `${good.token}.abc`, where: 'Token:', says: ['has 4 parts'] },
    { name: 'one part', token: goodHeader, where: 'Token:', says: ['has 1 part'] },
    {
      name: 'a "+" in the payload (plain base64)',
      token: `${goodHeader}.${withCharAt(goodPayload, 5, '+')}.${goodSignature}`,
      where: 'Payload (part 2 of 3)',
      says: ['"+" at character 6', 'base64url uses "-" and "_"'],
    },
    {
      name: 'a "*" in the header',
      token: `${withCharAt(goodHeader, 2, '*')}.${goodPayload}.${goodSignature}`,
      where: 'Header (part 1 of 3)',
      says: ['"*" at character 3', 'not a base64url character'],
      payload: good.payload,
    },
    {
      name: '"=" padding on the header',
      token: `${paddedHeader}.${goodPayload}.`,
      where: 'Header (part 1 of 3)',
      says: ['"=" padding', `character ${paddedHeader.length}`],
      payload: good.payload,
    },
    {
      // Line 3, column 3 is the quote that opens "typ": the comma after "HS256" is missing.
      name: 'a header that is not JSON',
      token: rawToken('{\n  "alg": "HS256"\n  "typ": "JWT"\n}', '{"sub":"x"}'),
      where: 'Header (part 1 of 3)',
      says: ['not valid JSON', 'line 3, column 3'],
      payload: { sub: 'x' },
    },
    {
      // Nine characters: the text ends at column 10.
      name: 'a payload that is not JSON',
      token: rawToken('{"alg":"HS256"}', '{"sub": 1'),
      where: 'Payload (part 2 of 3)',
      says: ['not valid JSON', 'line 1, column 10'],
    },
    {
      name: 'a header that is an array',
      token: rawToken('["HS256"]', '{"sub":"x"}'),
      where: 'Header (part 1 of 3)',
      says: ['is an array', 'must be a JSON object'],
    },
    {
      name: 'a payload that is a string',
      token: rawToken('{"alg":"HS256"}', '"just text"'),
      where: 'Payload (part 2 of 3)',
      says: ['is a string', 'must be a JSON object'],
    },
    {
      name: 'a signature with characters outside base64url',
      token: `${goodHeader}.${goodPayload}.${withCharAt(goodSignature, 0, '!')}`,
      where: 'Signature (part 3 of 3)',
      says: ['"!" at character 1'],
      payload: good.payload,
    },
    {
      name: 'a truncated signature',
      token: `${goodHeader}.${goodPayload}.${goodSignature.slice(0, 41)}`,
      where: 'Signature (part 3 of 3)',
      says: ['41 characters long', 'truncated'],
      payload: good.payload,
    },
  ]

  for (const { name, token, where, says, payload } of cases) {
    test(`${name}`, async ({ page }) => {
      const input = await openDecoder(page)
      await input.fill(token)
      const error = page.getByTestId('decode-error')
      await expect(error).toBeVisible()
      await expect(error).toContainText(where)
      for (const text of says) await expect(error).toContainText(text)
      // What is still good stays visible next to the error.
      if (payload !== undefined) await expectPaneJson(page, 'payload-pane', payload)
    })
  }

  test('a broken signature keeps the good header, payload and claims visible', async ({ page }) => {
    const input = await openDecoder(page)
    await input.fill(`${goodHeader}.${goodPayload}.${goodSignature.slice(0, 10)}%%${goodSignature.slice(12)}`)
    await expect(page.getByTestId('decode-error')).toContainText('Signature (part 3 of 3)')
    await expect(page.getByTestId('decode-error')).not.toContainText('Header')
    await expectPaneJson(page, 'header-pane', good.header)
    await expectPaneJson(page, 'payload-pane', good.payload)
    await expect(page.getByTestId('claim-row-sub')).toContainText('user-42')
    await expect(page.getByTestId('signature-pane')).toContainText('cannot be decoded')
  })

  test('a payload that is not JSON is still shown as the text it is', async ({ page }) => {
    const input = await openDecoder(page)
    await input.fill(rawToken('{"alg":"HS256"}', 'hello, not json'))
    await expect(page.getByTestId('decode-error')).toContainText('line 1, column 1')
    await expect(plainView(page, 'payload-pane')).toHaveText('hello, not json')
    await expect(page.getByTestId('claims-table')).toHaveCount(0)
  })

  test('a five-part JWE is explained, not decoded', async ({ page }) => {
    const jwe = await encryptedToken()
    expect(jwe.split('.')).toHaveLength(5)
    const input = await openDecoder(page)
    await input.fill(jwe)
    const error = page.getByTestId('decode-error')
    await expect(error).toContainText('Token:')
    await expect(error).toContainText('five parts')
    await expect(error).toContainText('JWE')
    await expectPaneJson(page, 'header-pane', { alg: 'dir', enc: 'A256GCM' })
    await expect(plainView(page, 'payload-pane')).toHaveText('')
    await expect(page.getByTestId('claims-table')).toHaveCount(0)
  })

  test('an empty field asks for a token', async ({ page }) => {
    const input = await openDecoder(page)
    await input.fill('')
    await expect(page.getByTestId('decode-error')).toContainText('Paste a token')
  })

  test('alg "none" (jwt.io\'s unsecured token) decodes with the unsigned notice', async ({ page }) => {
    const fixture = jwtIoToken('none')
    const input = await openDecoder(page)
    await input.fill(fixture.token)
    await expectPaneJson(page, 'header-pane', { alg: 'none' })
    await expectPaneJson(page, 'payload-pane', fixture.payload)
    await expect(page.getByTestId('unsecured-note')).toContainText('alg: "none"')
    await expect(page.getByTestId('signature-pane')).toContainText('unsecured')
    await expect(page.getByTestId('decode-error')).toHaveCount(0)
  })

  test('a signed token shows no unsigned notice', async ({ page }) => {
    const input = await openDecoder(page)
    await input.fill(good.token)
    await expectPaneJson(page, 'payload-pane', good.payload)
    await expect(page.getByTestId('unsecured-note')).toHaveCount(0)
  })
})

test('claim text is shown as text: no markup, no script, no image', async ({ page }) => {
  const hostile = '<img src=x onerror=alert(document.domain)>'
  const hostileKey = '<b id="injected">bold</b>'
  const requests: string[] = []
  page.on('request', (request) => requests.push(request.url()))
  const input = await openDecoder(page)
  await input.fill(await signedToken({ name: hostile, [hostileKey]: '<script>alert(1)</script>' }, { kid: hostile }))
  await expectPaneJson(page, 'payload-pane', { name: hostile, [hostileKey]: '<script>alert(1)</script>' })
  await expectPaneJson(page, 'header-pane', { typ: 'JWT', kid: hostile, alg: 'HS256' })
  await expect(page.getByTestId('claim-row-name')).toContainText(hostile)
  await expect(page.getByTestId(`claim-row-${hostileKey}`)).toContainText(hostileKey)
  await waitForMonaco(page.getByTestId('payload-pane'))
  await waitForMonaco(page.getByTestId('header-pane'))
  await expect(page.locator('img')).toHaveCount(0)
  await expect(page.locator('#injected')).toHaveCount(0)
  await expect(page.locator('script:not([src])')).toHaveCount(0)
  // An <img src=x> would have asked the server for "x"; the dialog guard catches any alert().
  expect(requests.filter((url) => new URL(url).pathname.endsWith('/x'))).toEqual([])
})

test.describe('claims table', () => {
  // A fixed zone so "local time" is a fact: Tokyo is UTC+9 with no daylight saving.
  test.use({ timezoneId: 'Asia/Tokyo' })
  const access = simplejwtToken('simplejwt-HS256-access') // iat 2026-01-01T00:00:00Z, exp 300 s later

  test('simplejwt access token ten minutes later: expired, with local, UTC and relative times', async ({ page }) => {
    await page.clock.setFixedTime(new Date('2026-01-01T00:10:00Z'))
    const input = await openDecoder(page)
    await input.fill(access.token)
    const exp = page.getByTestId('claim-row-exp')
    await expect(exp).toContainText('Expiration time')
    await expect(exp).toContainText('1767225900')
    await expect(exp).toContainText('2026-01-01 00:05:00 UTC')
    await expect(exp).toContainText(/1 Jan 2026.*09:05:00/)
    await expect(exp).toContainText('expired 5 minutes ago')
    await expect(exp.getByText('expired', { exact: true })).toBeVisible()
    const iat = page.getByTestId('claim-row-iat')
    await expect(iat).toContainText('Issued at')
    await expect(iat).toContainText('2026-01-01 00:00:00 UTC')
    await expect(iat).toContainText('10 minutes ago')
    await expect(page.getByTestId('claim-row-token_type')).toContainText('access')
    await expect(page.getByTestId('claim-row-token_type')).toContainText('simplejwt')
    await expect(page.getByTestId('claim-row-user_id')).toContainText('42')
    await expect(page.getByTestId('claim-row-user_id')).toContainText('User ID')
    await expect(page.getByTestId('claim-row-jti')).toContainText(String(access.payload.jti))
    await expect(page.getByTestId('claim-row-jti')).toContainText('JWT ID')
  })

  test('the same token one minute after issue: valid, expires in 4 minutes', async ({ page }) => {
    await page.clock.setFixedTime(new Date('2026-01-01T00:01:00Z'))
    const input = await openDecoder(page)
    await input.fill(access.token)
    const exp = page.getByTestId('claim-row-exp')
    await expect(exp).toContainText('expires in 4 minutes')
    await expect(exp.getByText('valid', { exact: true })).toBeVisible()
    await expect(exp).not.toContainText('expired')
  })

  test('the table follows the clock: a token that expires while on screen turns expired, its other rows as they were', async ({ page }) => {
    // A running clock (install, not setFixedTime), two minutes before exp.
    await page.clock.install({ time: new Date('2026-01-01T00:03:00Z') })
    const input = await openDecoder(page)
    await input.fill(access.token)
    const exp = page.getByTestId('claim-row-exp')
    await expect(exp).toContainText('expires in 2 minutes')
    await expect(exp.getByText('valid', { exact: true })).toBeVisible()
    await page.clock.fastForward('03:00')
    await expect(exp).toContainText('expired 1 minute ago')
    await expect(exp.getByText('expired', { exact: true })).toBeVisible()
    await expect(page.getByTestId('claim-row-iat')).toContainText('6 minutes ago')
    await expect(page.getByTestId('claim-row-user_id')).toContainText('42')
  })

  test('nbf in the future is "not yet valid"; registered claims are named, others listed as custom', async ({ page }) => {
    await page.clock.setFixedTime(new Date('2026-01-01T00:00:00Z'))
    const token = await signedToken({
      iss: 'https://issuer.example',
      sub: 'user-7',
      aud: ['api', 'web'],
      nbf: 1767225600 + 3600,
      exp: 1767225600 + 7200,
      role: 'admin',
    })
    const input = await openDecoder(page)
    await input.fill(token)
    const nbf = page.getByTestId('claim-row-nbf')
    await expect(nbf).toContainText('Not before')
    await expect(nbf).toContainText('2026-01-01 01:00:00 UTC')
    await expect(nbf).toContainText(/1 Jan 2026.*10:00:00/)
    await expect(nbf).toContainText('in 1 hour')
    await expect(nbf.getByText('not yet valid', { exact: true })).toBeVisible()
    await expect(page.getByTestId('claim-row-exp')).toContainText('expires in 2 hours')
    await expect(page.getByTestId('claim-row-iss')).toContainText('Issuer')
    await expect(page.getByTestId('claim-row-sub')).toContainText('Subject')
    await expect(page.getByTestId('claim-row-aud')).toContainText('Audience')
    await expect(page.getByTestId('claim-row-aud')).toContainText('["api","web"]')
    const role = page.getByTestId('claim-row-role')
    await expect(role).toContainText('admin')
    await expect(role).toContainText('Custom claim')
    // Registered claims first, custom ones after them.
    await expect(page.getByTestId('claims-table').locator('tbody tr').last()).toHaveAttribute('data-testid', 'claim-row-role')
  })
})
