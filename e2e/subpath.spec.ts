import { expectPaneJson, openDecoder } from './helpers/decoder'
import { pyjwtToken } from './helpers/fixtures'
import { waitForMonaco } from './helpers/monaco'
import { recordRequests } from './helpers/requests'
import { expect, test } from './helpers/test'

// The built app hosted under a sub-path (as on GitHub Pages): playwright.config.ts serves dist/ at
// /jwt-playground/. Every file must come from under that path, found through relative URLs.

const BASE = '/jwt-playground/'
const fixture = pyjwtToken('pyjwt-PS256')

test('loads under /jwt-playground/ and decodes, every file fetched from under the sub-path', async ({ page, context }) => {
  const log = recordRequests(context)
  const input = await openDecoder(page)
  expect(new URL(page.url()).pathname).toBe(BASE)
  await input.fill(fixture.token)
  await expectPaneJson(page, 'payload-pane', fixture.payload)
  // Monaco is a lazily loaded chunk with its own CSS and two workers: nested asset URLs.
  await waitForMonaco(page.getByTestId('payload-pane'))
  await expect(page.getByTestId('payload-pane').locator('.monaco-editor .view-lines')).toContainText('made_by')

  const paths = log.urls.filter((url) => url.startsWith('http')).map((url) => new URL(url).pathname)
  expect(paths.filter((path) => !path.startsWith(BASE)), 'requests outside the sub-path').toEqual([])
  expect(paths.filter((path) => path.startsWith('/assets/')), 'requests to /assets/ at the root').toEqual([])
  expect(paths.some((path) => path.startsWith(`${BASE}assets/`) && path.endsWith('.js')), 'scripts came from the sub-path').toBe(true)
  expect(paths.some((path) => path.startsWith(`${BASE}assets/`) && path.endsWith('.css')), 'styles came from the sub-path').toBe(true)
  expect(log.problems, 'failed requests or error statuses').toEqual([])
})

test('the served page refers to its files with relative URLs', async ({ request }) => {
  // The HTML as served, not the live DOM: at run time Vite adds preload links it has already resolved.
  const html = await (await request.get(BASE)).text()
  const refs = [...html.matchAll(/\s(?:src|href)="([^"]*)"/g)].map((match) => match[1] as string)
  expect(refs.some((ref) => ref.startsWith('./assets/'))).toBe(true)
  // Relative ("./assets/…"), never root-absolute ("/assets/…") nor pointing at another host.
  expect(refs.filter((ref) => ref.startsWith('/') || /^[a-z]+:/i.test(ref))).toEqual([])
})

test('index.html under the sub-path opens a linked token', async ({ page, context }) => {
  const log = recordRequests(context)
  await page.goto(`${BASE}index.html#token=${fixture.token}`)
  await expect(page.getByTestId('token-input')).toHaveValue(fixture.token)
  await expectPaneJson(page, 'header-pane', fixture.header)
  await expectPaneJson(page, 'payload-pane', fixture.payload)
  const paths = log.urls.filter((url) => url.startsWith('http')).map((url) => new URL(url).pathname)
  expect(paths.filter((path) => !path.startsWith(BASE))).toEqual([])
  expect(log.problems).toEqual([])
})
