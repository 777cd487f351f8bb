import { createHash } from 'node:crypto'
import { readFileSync, readdirSync } from 'node:fs'
import type { Plugin } from 'vite'

/**
 * Emits sw.js, a service worker that precaches every file of this build, so the app opens and works
 * offline after the first visit. Hand-written (build/service-worker.js, where the caching rules are); a
 * plugin such as vite-plugin-pwa would add Workbox for the same result. The cache name is a hash of the
 * build: a new build installs into a cache of its own. It does not cache anything outside this build.
 */
export function offlinePlugin(): Plugin {
  return {
    name: 'jwt-playground-offline',
    apply: 'build',
    // After Vite's HTML plugin, so index.html is in the bundle and in the version.
    enforce: 'post',
    generateBundle(_options, bundle) {
      // public/ files are copied, not bundled: list them too (the favicon).
      const publicDir = new URL('../public/', import.meta.url)
      const publicFiles = readdirSync(publicDir)
      const worker = readFileSync(new URL('./service-worker.js', import.meta.url), 'utf8')
      // Every byte that may reach the browser, so a change to any file, the worker included, is a new version.
      const version = createHash('sha256').update(worker)
      for (const [fileName, output] of Object.entries(bundle).sort(([a], [b]) => a.localeCompare(b))) {
        if (fileName.endsWith('.map')) continue
        version.update(`\0${fileName}\0`).update(output.type === 'chunk' ? output.code : output.source)
      }
      for (const file of publicFiles) version.update(`\0${file}\0`).update(readFileSync(new URL(file, publicDir)))
      // index.html is cached as './', the address the page is opened at.
      const files = [...Object.keys(bundle), ...publicFiles].filter((file) => !file.endsWith('.map') && file !== 'index.html')
      const precache = ['./', ...files.map((file) => `./${file}`)]
      const source = [
        '// Generated at build time by build/offline-plugin.ts from build/service-worker.js.',
        `const VERSION = ${JSON.stringify(version.digest('hex').slice(0, 12))}`,
        `const PRECACHE = ${JSON.stringify(precache)}`,
        worker,
      ].join('\n')
      this.emitFile({ type: 'asset', fileName: 'sw.js', source })
    },
  }
}
