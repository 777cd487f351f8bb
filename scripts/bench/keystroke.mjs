// Keystroke → updated panes, measured in the page. Each "keystroke" turns the token into one that differs in
// its last claim and its signature, through the browser's own editing path (the differing tail selected and
// replaced with execCommand('insertText'), as typing or pasting over a selection does): the app re-decodes,
// re-renders and re-verifies everything, and the browser lays the field out as it does for typing. With
// `{ paste: true }` the whole value is replaced instead, as when a new token is pasted over the old one
// (Chromium then lays all of the field's text out again). `panes` is the time until the payload pane and
// the claims table show the new value, laid out; `verdict` until the badge says "Signature verified" again.
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

export async function measureKeystrokes(page, url, { tokens, keyText }, { strokes = STROKES, paste = false } = {}) {
  await page.goto(url)
  await page.getByTestId('key-input').fill(keyText)
  await page.getByTestId('token-input').fill(tokens[0])
  await page.locator('[data-testid="payload-pane"] .monaco-editor').waitFor({ timeout: 30_000 })
  await page.getByTestId('signature-status').filter({ hasText: 'Signature verified' }).waitFor({ timeout: 30_000 })
  return page.evaluate(
    async ({ tokens, strokes, paste }) => {
      const textarea = document.querySelector('[data-testid="token-input"]')
      const setValue = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value').set
      let shared = 0
      while (tokens[0][shared] === tokens[1][shared]) shared++
      const type = (token) => {
        if (paste) {
          setValue.call(textarea, token)
          textarea.dispatchEvent(new Event('input', { bubbles: true }))
          return
        }
        textarea.focus()
        // The field may show a long token shortened (its start, a mark, its end): the differing tail is
        // the same number of characters from the field's end.
        const fieldLength = textarea.value.length
        textarea.setSelectionRange(fieldLength - (token.length - shared), fieldLength)
        document.execCommand('insertText', false, token.slice(shared))
      }
      const badge = () => document.querySelector('[data-testid="signature-status"]')?.textContent ?? ''
      const longTasks = []
      new PerformanceObserver((list) => list.getEntries().forEach((entry) => longTasks.push(entry.duration))).observe({ type: 'longtask' })
      const panes = []
      const verdict = []
      const yieldOnce = () => new Promise((resolve) => setTimeout(resolve, 0))
      for (let i = 0; i < strokes; i++) {
        const n = ((i + 1) % 2) + 1
        const shown = () =>
          document.querySelector('[data-testid="payload-pane"]')?.textContent?.includes(`"jti": "bench-${n}"`) &&
          document.querySelector('[data-testid="claim-row-jti"]')?.textContent?.includes(`bench-${n}`)
        // A MutationObserver sees each commit as it happens (polling with timers would add their 4 ms clamp);
        // reading offsetHeight there adds the layout the browser must do before it can paint. The badge
        // says "Checking…" while the new token is verified, so "Signature verified" after that is the verdict.
        let panesAt = 0
        let verdictAt = 0
        let checking = false
        const observer = new MutationObserver(() => {
          if (!panesAt && shown()) {
            void document.body.offsetHeight
            panesAt = performance.now()
          }
          if (badge().includes('Checking')) checking = true
          else if (checking && !verdictAt && badge().includes('Signature verified')) {
            void document.body.offsetHeight
            verdictAt = performance.now()
          }
        })
        observer.observe(document.body, { subtree: true, childList: true, characterData: true })
        const t0 = performance.now()
        type(tokens[(i + 1) % 2])
        while (!(panesAt && verdictAt) && performance.now() - t0 < 5000) await yieldOnce()
        observer.disconnect()
        // Never seen within 5 s: counted as 5 s, so a broken page cannot look fast.
        panes.push((panesAt || t0 + 5000) - t0)
        verdict.push((verdictAt || t0 + 5000) - t0)
        await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)))
      }
      return { panes, verdict, longTasks }
    },
    { tokens, strokes, paste },
  )
}

/** Several pages' keystrokes as one sample, the first page's first. */
export function pool(runs) {
  return { panes: runs.flatMap((run) => run.panes), verdict: runs.flatMap((run) => run.verdict), longTasks: runs.flatMap((run) => run.longTasks) }
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
