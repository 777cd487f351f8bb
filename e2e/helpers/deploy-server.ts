import { createHash } from 'node:crypto'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'

/** One request the server answered: the path under the base ('' is the page) and the status sent. */
export interface ServedRequest {
  path: string
  status: number
}

/**
 * A static host across a deploy, on an origin of its own (so its service worker and caches are the test's
 * alone). It serves the build under test, fetched from the preview server, until `deploy()` puts up a "next
 * build": the same files under new names (each hashed file gets `-next` before its extension, and every
 * reference to it is rewritten) with a new sw.js version; the previous build's hashed files are gone (404).
 * `missing` leaves one of the next build's files out, as a connection dropped mid-install would.
 * Files go out with "Cache-Control: no-cache" and an ETag, as GitHub Pages' once their max-age has passed:
 * a second fetch of a file reaches this server (a 304), so `requests` shows every fetch the browser made.
 * It only serves and records: the specs judge.
 */
export interface DeployServer {
  /** The page's address on this server, ending in the base path. */
  url: string
  requests: ServedRequest[]
  deploy(options?: { missing?: RegExp }): Promise<void>
  close(): Promise<void>
}

/** `upstream`: the build under test, e.g. the preview server's base URL; its path is this server's base too. */
export async function startDeployServer(upstream: string): Promise<DeployServer> {
  const base = new URL(upstream).pathname
  // The next build: its hashed file names by the build under test's (basenames), and back.
  let next: { renamed: Map<string, string>; original: Map<string, string>; missing?: RegExp } | undefined
  const requests: ServedRequest[] = []

  async function answer(path: string): Promise<{ status: number; type?: string; body?: Buffer }> {
    if (!next) return fetchUpstream(path)
    const name = path.startsWith('assets/') ? path.slice('assets/'.length) : undefined
    if (next.missing?.test(path) || (name && !next.original.has(name))) return { status: 404 }
    const file = await fetchUpstream(name ? `assets/${next.original.get(name)}` : path)
    if (!file.body || !/^(text\/|application\/(javascript|json))|svg/.test(file.type ?? '')) return file
    let text = file.body.toString('utf8')
    for (const [from, to] of next.renamed) text = text.split(from).join(to)
    if (path === 'sw.js') {
      // A new version, so a cache of its own: the line that names it (VERSION, or CACHE in an older worker).
      const version = /const (VERSION|CACHE) = (["'])([^"']+)\2/
      if (!version.test(text)) throw new Error('sw.js has no VERSION line to change')
      text = text.replace(version, 'const $1 = $2$3-next$2')
    }
    return { ...file, body: Buffer.from(text) }
  }

  async function fetchUpstream(path: string) {
    const response = await fetch(new URL(path, upstream))
    return { status: response.status, type: response.headers.get('content-type') ?? undefined, body: Buffer.from(await response.arrayBuffer()) }
  }

  const server = createServer((request, response) => {
    const pathname = new URL(request.url ?? '/', 'http://host').pathname
    const path = pathname.startsWith(base) ? pathname.slice(base.length) : pathname
    answer(path).then(
      ({ status, type, body }) => {
        const etag = body && `"${createHash('sha1').update(body).digest('hex')}"`
        const sent = status === 200 && etag && request.headers['if-none-match'] === etag ? 304 : status
        requests.push({ path, status: sent })
        response.writeHead(sent, { 'Cache-Control': 'no-cache', ...(type && { 'Content-Type': type }), ...(etag && { ETag: etag }) })
        response.end(sent === 200 ? body : undefined)
      },
      (error: Error) => {
        requests.push({ path, status: 500 })
        response.writeHead(500).end(error.message)
      },
    )
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo

  return {
    url: `http://127.0.0.1:${port}${base}`,
    requests,
    async deploy(options = {}) {
      // The build's file list is its worker's: every path in PRECACHE.
      const worker = (await fetchUpstream('sw.js')).body.toString('utf8')
      const precache = JSON.parse(/const PRECACHE = (\[.*\])/.exec(worker)?.[1] ?? '[]') as string[]
      const hashed = precache.filter((file) => file.startsWith('./assets/')).map((file) => file.slice('./assets/'.length))
      if (hashed.length === 0) throw new Error('no hashed files found in sw.js')
      const renamed = new Map(hashed.map((file) => [file, file.replace(/(\.[a-z0-9]+)$/, '-next$1')]))
      next = { renamed, original: new Map([...renamed].map(([from, to]) => [to, from])), missing: options.missing }
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}
