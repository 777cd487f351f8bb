// The offline service worker, emitted as sw.js by build/offline-plugin.ts, which puts two constants before it:
// VERSION (a hash of the whole build) and PRECACHE (every file of the build, './' being the page).
//
// One cache per build, filled by that build's worker while it installs, all or nothing: a cache never holds a
// page without every file the page needs. The page is refreshed by the browser's update check of sw.js on each
// visit: a new build means a new sw.js, whose worker caches the new page with its files. Nothing else is
// fetched again: the files under assets/ have content-hashed names, so a cached copy is the file.

const CACHE = `jwt-playground-${VERSION}`
// Which build's cache the active worker serves, noted by each worker as it activates (see 'activate').
const META = 'jwt-playground-meta'
const ACTIVE_KEY = './active-cache'
const PAGE = new URL('./', self.location.href).href

self.addEventListener('install', (event) => {
  event.waitUntil(precache().then(() => self.skipWaiting()))
})

/** Fetches every file, then stores them; fails (and the worker with it) if one does not arrive. */
async function precache() {
  const entries = await Promise.all(
    PRECACHE.map(async (path) => {
      // Past the HTTP cache for the page and public files: a stale index.html would name another build's files.
      const response = await fetch(path, { cache: path.startsWith('./assets/') ? 'default' : 'no-cache' })
      if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`)
      return [new URL(path, self.location.href).href, response]
    }),
  )
  const page = entries.find(([url]) => url === PAGE)?.[1]
  if (!page) throw new Error('PRECACHE has no page')
  // A CDN edge may still serve the previous index.html: its files are not in this cache, so do not store it.
  const urls = new Set(entries.map(([url]) => url))
  const named = [...(await page.clone().text()).matchAll(/\b(?:src|href)="([^"]+)"/g)]
    .map((match) => new URL(match[1], PAGE))
    .filter((url) => url.origin === self.location.origin)
  const missing = named.find((url) => !urls.has(url.href))
  if (missing) throw new Error(`the page names ${missing.href}, not in this build`)
  const cache = await caches.open(CACHE)
  await Promise.all(entries.map(([url, response]) => cache.put(url, response)))
}

// A new build takes over open tabs at once (skipWaiting, claim), so a reload or a new tab gets it without
// closing every tab. A tab still showing the previous build then asks this worker for views it has not opened
// yet (Learn, Timeline, the editors): the previous build's cache is kept one generation for it, and deleted when
// the next build activates. A tab two builds old gets the "site has been updated" message and its Reload button:
// waiting until no tab of a build remains would need every tab tracked, and keeping more builds costs storage.
self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      const meta = await caches.open(META)
      const previous = await (await meta.match(ACTIVE_KEY))?.text()
      // No note: the first worker of this kind, after one that kept no note. Keep what is there, this once.
      const keep = (key) => key === CACHE || key === META || previous === undefined || key === previous
      const keys = await caches.keys()
      await Promise.all(keys.filter((key) => key.startsWith('jwt-playground-') && !keep(key)).map((key) => caches.delete(key)))
      await meta.put(ACTIVE_KEY, new Response(CACHE))
      await self.clients.claim()
    })(),
  )
})

self.addEventListener('fetch', (event) => {
  const url = new URL(event.request.url)
  if (event.request.method !== 'GET' || url.origin !== self.location.origin) return
  event.respondWith(respond(event.request))
})

/** Cache first, never fetched again once cached. The page only from this build's cache, where its files are. */
async function respond(request) {
  const cache = await caches.open(CACHE)
  // ignoreVary: some servers send "Vary: Origin", which would make a module script miss its cached copy.
  if (request.mode === 'navigate') return (await cache.match(PAGE, { ignoreVary: true })) ?? fetch(request)
  // Then the previous build's cache, for a tab of that build (a hashed name is the same file in any cache).
  return (await cache.match(request, { ignoreVary: true })) ?? (await caches.match(request, { ignoreVary: true })) ?? fetch(request)
}
