// Keystroke → updated panes, measured in the page. Each keystroke turns the token into one that differs in
// its last claim and its signature: typed through the browser's editing path, or (measurePastes) the whole
// token pasted over the old one with real key presses. `panes` is the time until the payload pane and the
// claims table show the new value, laid out; `verdict` until the badge says "Signature verified" again.
import { exportSPKI, generateKeyPair, SignJWT } from 'jose'
import { median, percentile } from './browser.mjs'

const HMAC_SECRET = 'bench-secret-bench-secret-bench-secret'

/** Two tokens of about `bytes` that differ in one claim, signed with `alg`, and the key that verifies them. */
export async function tokenPair(bytes, alg = 'HS256') {
  const filler = Object.fromEntries(Array.from({ length: Math.max(1, Math.floor(bytes / 48)) }, (_, i) => [`claim_${i}`, `value-${i}-${'x'.repeat(16)}`]))
  let signingKey = new TextEncoder().encode(HMAC_SECRET)
  let keyText = HMAC_SECRET
  if (alg !== 'HS256') {
    const pair = await generateKeyPair(alg, { extractable: true })
    signingKey = pair.privateKey
    keyText = await exportSPKI(pair.publicKey)
  }
  // The changing claim last, so the two tokens share everything up to the end of the payload; a registered
  // one (jti), so the claims table lists it among its first rows.
  const make = (n) => new SignJWT({ sub: 'bench', iat: 1767225600, exp: 4102444800, ...filler, jti: `bench-${n}` }).setProtectedHeader({ alg, typ: 'JWT' }).sign(signingKey)
  return { tokens: [await make(1), await make(2)], keyText }
}

/** Keystrokes typed into one page. */
export const STROKES = 40

/**
 * Runs in the page: resolves with when the panes and the verdict showed token `n`, counted from the call,
 * or from the keydown of `fromKey` when given ("v" for Ctrl+V: not from the Ctrl before it). `arrived` is
 * when the edit reached the page (its beforeinput): for a paste, the browser reads the clipboard first.
 * A MutationObserver sees each commit as it happens (polling with timers would add their 4 ms clamp);
 * reading offsetHeight there adds the layout the browser must do before it can paint. The badge says
 * "Checking…" while the new token is verified, so "Signature verified" after that is the verdict. Never seen
 * within 5 s: counted as 5 s, so a broken page cannot look fast.
 */
function watchStroke(n, fromKey) {
  const text = (selector) => document.querySelector(selector)?.textContent ?? ''
  const shown = () => text('[data-testid="payload-pane"]').includes(`"jti": "bench-${n}"`) && text('[data-testid="claim-row-jti"]').includes(`bench-${n}`)
  return new Promise((resolve) => {
    let t0 = fromKey ? 0 : performance.now()
    let panesAt = 0
    let verdictAt = 0
    let arrivedAt = 0
    let checking = false
    const onKey = (event) => {
      if (event.key.toLowerCase() === fromKey) t0 ||= performance.now()
    }
    const onArrived = () => {
      if (t0) arrivedAt ||= performance.now()
    }
    const finish = () => {
      observer.disconnect()
      clearTimeout(timer)
      window.removeEventListener('keydown', onKey, true)
      window.removeEventListener('beforeinput', onArrived, true)
      resolve({ panes: (panesAt || t0 + 5000) - t0, verdict: (verdictAt || t0 + 5000) - t0, arrived: (arrivedAt || t0) - t0 })
    }
    const observer = new MutationObserver(() => {
      if (!t0) return
      if (!panesAt && shown()) {
        void document.body.offsetHeight
        panesAt = performance.now()
      }
      const badge = text('[data-testid="signature-status"]')
      if (badge.includes('Checking')) checking = true
      else if (checking && !verdictAt && badge.includes('Signature verified')) {
        void document.body.offsetHeight
        verdictAt = performance.now()
      }
      if (panesAt && verdictAt) finish()
    })
    observer.observe(document.body, { subtree: true, childList: true, characterData: true })
    if (fromKey) window.addEventListener('keydown', onKey, true)
    window.addEventListener('beforeinput', onArrived, true)
    const timer = setTimeout(finish, 5000)
  })
}

/** A page showing `tokens[0]` verified with `keyText`, its editors loaded, and the stroke watcher installed. */
async function openWithToken(page, url, tokens, keyText) {
  await page.goto(url)
  await page.getByTestId('key-input').fill(keyText)
  await page.getByTestId('token-input').fill(tokens[0])
  await page.locator('[data-testid="payload-pane"] .monaco-editor').waitFor({ timeout: 30_000 })
  await page.getByTestId('signature-status').filter({ hasText: 'Signature verified' }).waitFor({ timeout: 30_000 })
  await page.evaluate(`window.__watchStroke = ${watchStroke.toString()}`)
  await page.evaluate(() => {
    window.__longTasks = []
    new PerformanceObserver((list) => list.getEntries().forEach((entry) => window.__longTasks.push(entry.duration))).observe({ type: 'longtask' })
  })
}

/**
 * Keystroke → updated panes, each keystroke turning the token into the other of the pair. Each is typed
 * through the browser's own editing path, measured in the page: the differing tail selected and replaced with
 * execCommand('insertText'), as typing over a selection does, so the app re-decodes, re-renders and re-verifies
 * everything, and the browser lays the field out as it does for typing.
 */
export async function measureKeystrokes(page, url, { tokens, keyText }, { strokes = STROKES } = {}) {
  await openWithToken(page, url, tokens, keyText)
  return page.evaluate(
    async ({ tokens, strokes }) => {
      const textarea = document.querySelector('[data-testid="token-input"]')
      let shared = 0
      while (tokens[0][shared] === tokens[1][shared]) shared++
      const panes = []
      const verdict = []
      for (let i = 0; i < strokes; i++) {
        const token = tokens[(i + 1) % 2]
        const seen = window.__watchStroke(((i + 1) % 2) + 1, null)
        textarea.focus()
        // The field may show a long token shortened (its start, a mark, its end): the differing tail is
        // the same number of characters from the field's end.
        const fieldLength = textarea.value.length
        textarea.setSelectionRange(fieldLength - (token.length - shared), fieldLength)
        document.execCommand('insertText', false, token.slice(shared))
        const result = await seen
        panes.push(result.panes)
        verdict.push(result.verdict)
        await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)))
      }
      return { panes, verdict, longTasks: window.__longTasks }
    },
    { tokens, strokes },
  )
}

/**
 * A whole token pasted over the old one, as a person does it: Ctrl+A, then Ctrl+V with the other token on
 * the clipboard, real key presses, so the paste goes through the field's beforeinput handling as a person's
 * does. Counted from the Ctrl+V keydown. The page's context must grant clipboard-read and clipboard-write.
 */
export async function measurePastes(page, url, { tokens, keyText }, { strokes = STROKES } = {}) {
  await openWithToken(page, url, tokens, keyText)
  await page.getByTestId('token-input').focus()
  const panes = []
  const verdict = []
  const arrived = []
  for (let i = 0; i < strokes; i++) {
    await page.evaluate((token) => navigator.clipboard.writeText(token), tokens[(i + 1) % 2])
    await page.keyboard.press('ControlOrMeta+A')
    await page.evaluate((n) => {
      window.__seen = window.__watchStroke(n, 'v')
    }, ((i + 1) % 2) + 1)
    await page.keyboard.press('ControlOrMeta+V')
    const result = await page.evaluate(() => window.__seen)
    panes.push(result.panes)
    verdict.push(result.verdict)
    arrived.push(result.arrived)
  }
  return { panes, verdict, arrived, longTasks: await page.evaluate(() => window.__longTasks) }
}

/** One page of keystrokes, or of real pastes, in a fresh context (one that may use the clipboard for pastes). */
export async function measureInNewPage(browser, url, pair, { paste = false } = {}) {
  const context = await browser.newContext(paste ? { permissions: ['clipboard-read', 'clipboard-write'] } : {})
  try {
    return await (paste ? measurePastes : measureKeystrokes)(await context.newPage(), url, pair)
  } finally {
    await context.close()
  }
}

/** Several pages' keystrokes as one sample, the first page's first. */
export function pool(runs) {
  const all = (name) => runs.flatMap((run) => run[name] ?? [])
  return { panes: all('panes'), verdict: all('verdict'), arrived: all('arrived'), longTasks: all('longTasks') }
}

/**
 * The page's own share of each paste: from the paste reaching the page (its beforeinput) to the panes and
 * the verdict. Before that, the browser reads the clipboard, which no page can hurry.
 */
export function fromArrival({ panes, verdict, arrived, longTasks }) {
  return { panes: panes.map((value, i) => value - arrived[i]), verdict: verdict.map((value, i) => value - arrived[i]), longTasks }
}

/**
 * p95 is the budget's figure; the median and the first strokes say whether a miss is every keystroke or
 * the first few, while V8 compiles and optimises the code a new token runs through.
 */
export function summarise({ panes, verdict, longTasks }) {
  return {
    panesP95: percentile(panes, 0.95),
    verdictP95: percentile(verdict, 0.95),
    panesMedian: median(panes),
    verdictMedian: median(verdict),
    firstPanes: panes.slice(0, 3),
    longestTask: longTasks.length ? Math.max(...longTasks) : 0,
  }
}
