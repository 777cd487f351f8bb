import { readdirSync } from 'node:fs'
import type { Plugin } from 'vite'

/**
 * Emits sw.js, a service worker that precaches every file of this build, so the app opens and works
 * offline after the first visit. Hand-written because it is ~30 lines; a plugin such as vite-plugin-pwa
 * would add Workbox for the same result. The cache name changes with the build, dropping old files.
 */
export function offlinePlugin(): Plugin {
  return {
    name: 'jwt-playground-offline',
    apply: 'build',
    generateBundle(_options, bundle) {
      // public/ files are copied, not bundled: list them too (the favicon).
      const publicFiles = readdirSync(new URL('../public', import.meta.url))
      const files = [...Object.keys(bundle), ...publicFiles].filter((file) => !file.endsWith('.map'))
      const version = files.filter((file) => file.startsWith('assets/')).sort().join('|')
      const precache = ['./', ...files.map((file) => `./${file}`)]
      this.emitFile({ type: 'asset', fileName: 'sw.js', source: serviceWorker(precache, hash(version)) })
    },
  }
}

function hash(text: string): string {
  let h = 0
  for (let i = 0; i < text.length; i++) h = (Math.imul(31, h) + text.charCodeAt(i)) | 0
  return (h >>> 0).toString(36)
}

function serviceWorker(precache: string[], version: string): string {
  return `// Generated at build time by build/offline-plugin.ts.
const CACHE = 'jwt-playground-${version}'
const PRECACHE = ${JSON.stringify(precache)}
self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(PRECACHE)).then(() => self.skipWaiting()))
})
self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((key) => key.startsWith('jwt-playground-') && key !== CACHE).map((key) => caches.delete(key))))
      .then(() => self.clients.claim()),
  )
})
// Cache first: every file is content-hashed except the page itself, which is refreshed in the background.
self.addEventListener('fetch', (event) => {
  const url = new URL(event.request.url)
  if (event.request.method !== 'GET' || url.origin !== self.location.origin) return
  const isPage = event.request.mode === 'navigate'
  const key = isPage ? new URL('./', self.location.href).href : event.request
  event.respondWith(
    caches.open(CACHE).then(async (cache) => {
      // ignoreVary: some servers send "Vary: Origin", which would make a module script miss its cached copy.
      const cached = await cache.match(key, { ignoreSearch: isPage, ignoreVary: true })
      const network = fetch(event.request)
        .then((response) => {
          if (response.ok && isPage) cache.put(key, response.clone())
          return response
        })
      if (cached) {
        network.catch(() => undefined)
        return cached
      }
      return network
    }),
  )
})
`
}
