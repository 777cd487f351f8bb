import { expectPaneJson } from './helpers/decoder'
import { jwtIoToken } from './helpers/fixtures'
import { waitForMonaco } from './helpers/monaco'
import { expect, test } from './helpers/test'

// What the first view needs is a promise the app keeps by its structure, so it is checked here and not only
// in the bench's figures: one script (the entry, importing nothing else before it runs) and one stylesheet,
// with the editors' code left until a person shows up. A chunk split that puts another file on that path
// (the bundler's runtime helpers in a chunk of their own, once) fails this test.

test('a linked token decodes from one script and one stylesheet; the editors come when a person shows up', async ({ page, request }) => {
  // The page's own requests: the service worker precaches every file of the build, editors included.
  const asked: string[] = []
  page.on('request', (pageRequest) => asked.push(pageRequest.url()))
  const { token, payload } = jwtIoToken('HS256', 'withUtf8Secret')
  await page.goto(`./#token=${token}`)
  await expectPaneJson(page, 'payload-pane', payload)

  const html = await (await request.get('./')).text()
  const scripts = [...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)].map((match) => match[1])
  expect(scripts, 'scripts in index.html').toHaveLength(1)
  expect(html, 'index.html preloads no other module').not.toContain('modulepreload')
  expect([...html.matchAll(/<link\b[^>]*rel="stylesheet"/g)], 'stylesheets in index.html').toHaveLength(1)
  const entry = await (await request.get(`./${scripts[0]}`)).text()
  // A static import in a minified module: import"./x.js" or import{a as b}from"./x.js" (dynamic import( is fine).
  expect(entry.match(/\bimport\s*(?:[\w*{][^;()]*?from\s*)?["'][^"']+["']/g) ?? [], 'static imports in the entry').toEqual([])

  // Nobody has moved the pointer or pressed a key: no editor code has been asked for.
  await page.waitForTimeout(500)
  const editorCode = () => asked.filter((url) => /\/assets\/(monaco|editor|jsonMode)[^/]*\.js$/.test(url))
  expect(editorCode()).toEqual([])
  await waitForMonaco(page.getByTestId('payload-pane'))
  expect(editorCode().length).toBeGreaterThan(0)
})
