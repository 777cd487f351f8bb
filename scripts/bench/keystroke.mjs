// Keystroke → updated panes, measured in the page: each "keystroke" swaps the token for one that differs in
// one claim (the same work as typing: a full re-decode and re-render). `sync` is the main-thread time until
// React has committed and layout is done; `verdict` is until the signature badge says "Signature verified".
import { exportSPKI, generateKeyPair, SignJWT } from 'jose'
import { percentile } from './browser.mjs'

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
  const make = (n) => new SignJWT({ sub: 'bench', n, iat: 1767225600, exp: 4102444800, ...filler }).setProtectedHeader({ alg, typ: 'JWT' }).sign(signingKey)
  return { tokens: [await make(1), await make(2)], keyText }
}

export async function measureKeystrokes(page, url, { tokens, keyText }, strokes = 40) {
  await page.goto(url)
  await page.getByTestId('key-input').fill(keyText)
  await page.getByTestId('token-input').fill(tokens[0])
  await page.locator('[data-testid="payload-pane"] .monaco-editor').waitFor({ timeout: 30_000 })
  await page.getByTestId('signature-status').filter({ hasText: 'Signature verified' }).waitFor({ timeout: 30_000 })
  return page.evaluate(
    async ({ tokens, strokes }) => {
      const textarea = document.querySelector('[data-testid="token-input"]')
      const badge = () => document.querySelector('[data-testid="signature-status"]')?.textContent ?? ''
      const setValue = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value').set
      const longTasks = []
      new PerformanceObserver((list) => list.getEntries().forEach((entry) => longTasks.push(entry.duration))).observe({ type: 'longtask' })
      const sync = []
      const verdict = []
      for (let i = 0; i < strokes; i++) {
        const next = tokens[(i + 1) % 2]
        const t0 = performance.now()
        setValue.call(textarea, next)
        textarea.dispatchEvent(new Event('input', { bubbles: true }))
        void document.body.offsetHeight
        sync.push(performance.now() - t0)
        // Wait for the verdict of this token (the badge shows "Checking…" in between).
        while (!badge().includes('Signature verified') || !document.querySelector('[data-testid="payload-pane"]')?.textContent?.includes(`"n": ${(i + 1) % 2 + 1}`)) {
          await new Promise((resolve) => setTimeout(resolve, 0))
          if (performance.now() - t0 > 5000) break
        }
        verdict.push(performance.now() - t0)
        await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)))
      }
      return { sync, verdict, longTasks }
    },
    { tokens, strokes },
  )
}

export function summarise({ sync, verdict, longTasks }) {
  return {
    syncP95: percentile(sync, 0.95),
    verdictP95: percentile(verdict, 0.95),
    longestTask: longTasks.length ? Math.max(...longTasks) : 0,
  }
}
