import { expectPaneJson, openDecoder } from './helpers/decoder'
import { jwtIoToken, pyjwtToken } from './helpers/fixtures'
import { expect, test } from './helpers/test'

// Links that open a token: our #token=, jwt.io's legacy form, OAuth redirect fragments, the query string
// (moved into the fragment at once), a fragment changed while the page is open, and the Share button.

const hs256 = pyjwtToken('pyjwt-HS256')
const hs384 = pyjwtToken('pyjwt-HS384')
const hs512 = pyjwtToken('pyjwt-HS512')
const rs256 = pyjwtToken('pyjwt-RS256')

const forms = [
  { name: '#token=', suffix: (token: string) => `#token=${token}` },
  { name: "jwt.io's legacy #debugger-io?token=", suffix: (token: string) => `#debugger-io?token=${token}` },
  { name: '#id_token= (OpenID Connect implicit redirect)', suffix: (token: string) => `#id_token=${token}&state=xyz` },
  { name: '#access_token= (OAuth implicit redirect)', suffix: (token: string) => `#access_token=${token}&token_type=Bearer&expires_in=300` },
  { name: '#value=', suffix: (token: string) => `#value=${token}` },
]

for (const { name, suffix } of forms) {
  test(`${name} opens the token`, async ({ page }) => {
    const input = await openDecoder(page, suffix(hs384.token))
    await expect(input).toHaveValue(hs384.token)
    await expectPaneJson(page, 'header-pane', hs384.header)
    await expectPaneJson(page, 'payload-pane', hs384.payload)
    await expect(page.getByTestId('link-notice')).toHaveCount(0)
  })
}

test("jwt.io's legacy link with a public key opens the token", async ({ page }) => {
  const fixture = jwtIoToken('ES256', 'withPemKey')
  const key = encodeURIComponent('-----BEGIN PUBLIC KEY-----\nMFkw\n-----END PUBLIC KEY-----')
  const input = await openDecoder(page, `#debugger-io?token=${fixture.token}&publicKey=${key}`)
  await expect(input).toHaveValue(fixture.token)
  await expectPaneJson(page, 'payload-pane', fixture.payload)
})

for (const [form, suffix] of [
  ['#token=', (token: string, key: string) => `#token=${token}&publicKey=${key}&state=kept`],
  ["jwt.io's legacy #debugger-io?", (token: string, key: string) => `#debugger-io?token=${token}&publicKey=${key}`],
  ['?token= (moved into the fragment)', (token: string, key: string) => `?token=${token}&publicKey=${key}`],
] as const) {
  test(`a private key in a link's publicKey= (${form}) still verifies, leaves the address, and is called leaked`, async ({ page }) => {
    const fixture = jwtIoToken('RS256', 'withPemKey')
    const input = await openDecoder(page, suffix(fixture.token, encodeURIComponent(fixture.privateKey ?? '')))
    await expect(input).toHaveValue(fixture.token)
    await expect(page.getByTestId('signature-status')).toContainText('Signature verified')
    const notice = page.getByTestId('link-notice')
    await expect(notice).toContainText('a private key in publicKey=')
    await expect(notice).toContainText('treat it as leaked')
    const address = await page.evaluate(() => window.location.href)
    expect(address).not.toContain('publicKey')
    expect(address).not.toContain('PRIVATE')
    expect(address).toContain(fixture.token)
    if (form === '#token=') expect(address).toContain('state=kept')
  })
}

test('a public key in a link is kept in the address, with no warning', async ({ page }) => {
  const fixture = jwtIoToken('RS256', 'withPemKey')
  await openDecoder(page, `#token=${fixture.token}&publicKey=${encodeURIComponent(fixture.publicKey ?? '')}`)
  await expect(page.getByTestId('signature-status')).toContainText('Signature verified')
  await expect(page.getByTestId('link-notice')).toHaveCount(0)
  expect(await page.evaluate(() => window.location.hash)).toContain('publicKey=')
})

test('?token= is moved into the fragment at once, and a note says why', async ({ page }) => {
  const input = await openDecoder(page, `?lang=en&token=${hs256.token}`)
  await expect(input).toHaveValue(hs256.token)
  await expectPaneJson(page, 'payload-pane', hs256.payload)
  const location = await page.evaluate(() => ({ search: window.location.search, hash: window.location.hash, path: window.location.pathname }))
  expect(location.search).not.toContain('token')
  expect(location.search).toBe('?lang=en')
  expect(location.hash).toBe(`#token=${hs256.token}`)
  expect(location.path).toBe('/jwt-playground/')
  const notice = page.getByTestId('link-notice')
  await expect(notice).toContainText('query')
  await expect(notice).toContainText('server')
  await expect(notice).toContainText('fragment')
  await notice.getByRole('button', { name: 'Dismiss' }).click()
  await expect(notice).toHaveCount(0)
})

test('?token= moved into the fragment keeps what the fragment already held', async ({ page }) => {
  const input = await openDecoder(page, `?token=${hs256.token}#state=xyz`)
  await expect(input).toHaveValue(hs256.token)
  expect(await page.evaluate(() => window.location.hash)).toBe(`#token=${hs256.token}&state=xyz`)
  expect(await page.evaluate(() => window.location.search)).toBe('')
})

test('priority: id_token, then access_token, then value, then token', async ({ page }) => {
  const all = { token: hs256.token, value: hs384.token, access_token: hs512.token, id_token: rs256.token }
  const fragment = (names: (keyof typeof all)[]) => '#' + names.map((name) => `${name}=${all[name]}`).join('&')
  const steps = [
    { names: ['token', 'value', 'access_token', 'id_token'] as const, wins: rs256 },
    { names: ['token', 'value', 'access_token'] as const, wins: hs512 },
    { names: ['access_token', 'token', 'value'] as const, wins: hs512 },
    { names: ['token', 'value'] as const, wins: hs384 },
    { names: ['value', 'token'] as const, wins: hs384 },
  ]
  for (const { names, wins } of steps) {
    const input = await openDecoder(page, fragment([...names]))
    await expect(input, names.join(', ')).toHaveValue(wins.token)
    await expectPaneJson(page, 'header-pane', wins.header)
  }
  // The fragment wins over the query string.
  const input = await openDecoder(page, `?token=${hs256.token}#token=${hs384.token}`)
  await expect(input).toHaveValue(hs384.token)
})

test('a new #token= while the page is open (hashchange) loads it', async ({ page }) => {
  const input = await openDecoder(page, `#token=${hs256.token}`)
  await expectPaneJson(page, 'header-pane', hs256.header)
  await page.evaluate((token) => {
    window.location.hash = `token=${token}`
  }, rs256.token)
  await expect(input).toHaveValue(rs256.token)
  await expectPaneJson(page, 'header-pane', rs256.header)
  await expectPaneJson(page, 'payload-pane', rs256.payload)
  // An OAuth redirect landing on the open page works the same way.
  await page.evaluate((token) => {
    window.location.hash = `access_token=${token}&token_type=Bearer`
  }, hs512.token)
  await expect(input).toHaveValue(hs512.token)
  await expectPaneJson(page, 'header-pane', hs512.header)
})

test('a fragment without a token leaves the decoder as it is', async ({ page }) => {
  const input = await openDecoder(page, `#token=${hs256.token}`)
  await page.evaluate(() => {
    window.location.hash = 'state=abc'
  })
  await expect(input).toHaveValue(hs256.token)
  await expectPaneJson(page, 'payload-pane', hs256.payload)
})

test.describe('share button', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] })

  test('copies a #token= link with the clean token only, which opens the same token', async ({ page, context }) => {
    const input = await openDecoder(page)
    // What was pasted is cleaned up: the link carries only the token.
    await input.fill(`Authorization: Bearer ${rs256.token}\n`)
    await expectPaneJson(page, 'payload-pane', rs256.payload)
    await page.getByTestId('share-button').click()
    await expect(page.getByText('Link copied')).toBeVisible()
    const link = await page.evaluate(() => navigator.clipboard.readText())
    const url = new URL(link)
    expect(url.origin).toBe(new URL(page.url()).origin)
    expect(url.pathname).toBe('/jwt-playground/')
    expect(url.search).toBe('')
    expect(url.hash).toBe(`#token=${rs256.token}`)

    const other = await context.newPage()
    await other.goto(link)
    await expect(other.getByTestId('token-input')).toHaveValue(rs256.token)
    await expectPaneJson(other, 'payload-pane', rs256.payload)
  })
})
