// Chromium driven over its DevTools pipe with nothing but the commands a measure needs. Playwright enables
// the Runtime domain in every page, and with it V8 records a detailed stack for every Error the page
// creates: React DOM makes five as it loads, and each one made V8 parse React DOM and the bundle again for
// source positions (about 19 ms of a cold load, measured). A person's browser pays none of it: neither with
// no debugger attached nor with DevTools open, which turns on the Debugger domain too (measured: 4.5 ms of
// top-level evaluation either way, against 25.7 ms with Runtime alone).
import { spawn } from 'node:child_process'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium } from '@playwright/test'
import { CHROMIUM_ARGS, executablePath } from '../chromium.mjs'

/** Launches headless Chromium with a fresh profile; `send(method, params, sessionId)` resolves with the result. */
export async function launchOverPipe() {
  const profile = await mkdtemp(join(tmpdir(), 'bench-pipe-'))
  const args = [...CHROMIUM_ARGS, '--headless', '--remote-debugging-pipe', `--user-data-dir=${profile}`, 'about:blank']
  const browser = spawn(executablePath ?? chromium.executablePath(), args, { stdio: ['ignore', 'ignore', 'ignore', 'pipe', 'pipe'] })
  const [, , , toBrowser, fromBrowser] = browser.stdio
  const pending = new Map()
  let nextId = 1
  let buffered = ''
  // Messages are JSON, each ended by a NUL byte.
  fromBrowser.on('data', (chunk) => {
    buffered += chunk.toString('utf8')
    let end
    while ((end = buffered.indexOf('\0')) !== -1) {
      const message = JSON.parse(buffered.slice(0, end))
      buffered = buffered.slice(end + 1)
      const waiting = message.id && pending.get(message.id)
      if (!waiting) continue
      pending.delete(message.id)
      if (message.error) waiting.reject(new Error(`${waiting.method}: ${message.error.message}`))
      else waiting.resolve(message.result)
    }
  })
  // A browser that goes away fails what was waiting for it instead of leaving the bench hanging.
  const exited = new Promise((resolve) => browser.once('exit', resolve))
  void exited.then((code) => {
    for (const { reject, method } of pending.values()) reject(new Error(`${method}: Chromium exited (${code})`))
    pending.clear()
  })
  const send = (method, params = {}, sessionId) =>
    new Promise((resolve, reject) => {
      const id = nextId++
      pending.set(id, { resolve, reject, method })
      toBrowser.write(`${JSON.stringify({ id, method, params, ...(sessionId ? { sessionId } : {}) })}\0`)
    })
  const close = async () => {
    await send('Browser.close').catch(() => browser.kill())
    await exited
    await rm(profile, { recursive: true, force: true })
  }
  return { send, close }
}

/** A fresh context and page, attached without enabling Runtime: the page runs as it would with no debugger. */
export async function newBarePage({ send }) {
  const { browserContextId } = await send('Target.createBrowserContext')
  const { targetId } = await send('Target.createTarget', { url: 'about:blank', browserContextId })
  const { sessionId } = await send('Target.attachToTarget', { targetId, flatten: true })
  const call = (method, params) => send(method, params, sessionId)
  return {
    call,
    /** Runs `expression` in the page and returns its value (Runtime.evaluate works without Runtime.enable). */
    evaluate: async (expression) => (await call('Runtime.evaluate', { expression, returnByValue: true })).result.value,
    close: () => send('Target.disposeBrowserContext', { browserContextId }),
  }
}
