// A plain static file server for dist/, like any production static host (not a dev server), mounted at
// a sub-path and gzipping text as GitHub Pages does. Used by the benchmark.
// Usage: node scripts/serve-dist.mjs [port] [base]
import { createServer } from 'node:http'
import { readFile } from 'node:fs/promises'
import { extname, join, normalize } from 'node:path'
import { gzipSync } from 'node:zlib'
import { fileURLToPath } from 'node:url'

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ttf': 'font/ttf',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
}

// Compressed once per file content, as a static host's cache would: gzipping on every request put the
// server's CPU time into the page's load on a 2-core machine.
const gzipCache = new Map()
function gzipped(file, body) {
  const cached = gzipCache.get(file)
  if (cached && cached.body.equals(body)) return cached.gzip
  const gzip = gzipSync(body)
  gzipCache.set(file, { body, gzip })
  return gzip
}

export function serveDist({ port = 4190, base = '/jwt-playground/', root = fileURLToPath(new URL('../dist', import.meta.url)) } = {}) {
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname)
    if (!path.startsWith(base)) {
      response.writeHead(404).end('not found')
      return
    }
    let file = normalize(join(root, path.slice(base.length)))
    if (!file.startsWith(root)) return void response.writeHead(403).end()
    if (path.endsWith('/')) file = join(file, 'index.html')
    try {
      const body = await readFile(file)
      const type = TYPES[extname(file)] ?? 'application/octet-stream'
      const compress = /^(text|application\/(json|manifest)|image\/svg)/.test(type) && /\bgzip\b/.test(request.headers['accept-encoding'] ?? '')
      const headers = { 'content-type': type, ...(compress ? { 'content-encoding': 'gzip', vary: 'Accept-Encoding' } : {}) }
      response.writeHead(200, headers).end(compress ? gzipped(file, body) : body)
    } catch {
      response.writeHead(404).end('not found')
    }
  })
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)))
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [port, base] = process.argv.slice(2)
  await serveDist({ port: Number(port ?? 4190), base: base ?? '/jwt-playground/' })
  console.log(`serving dist/ at http://127.0.0.1:${port ?? 4190}${base ?? '/jwt-playground/'}`)
}
