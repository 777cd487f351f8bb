import type { Plugin } from 'vite'

/**
 * The Content-Security-Policy, as a <meta> in the built index.html so it holds on GitHub Pages, where no
 * header can be set. Only the build gets it: the dev server injects an inline script for React refresh.
 * Each directive, and why:
 */
export const CSP = [
  // Nothing loads from anywhere but this origin unless a directive below says so.
  "default-src 'self'",
  // Our bundles only: no inline script, no eval (Monaco's ESM build and its workers need neither).
  "script-src 'self'",
  // Monaco writes <style> elements at run time (token colours, widget sizes): it needs inline styles.
  "style-src 'self' 'unsafe-inline'",
  // Monaco's codicon font and the favicon are files of ours; Monaco also uses data: URIs for small icons.
  "font-src 'self'",
  "img-src 'self' data:",
  // The editor and JSON language workers are bundled files served from this origin.
  "worker-src 'self'",
  // The service worker fetches our own files to cache them; nothing else is ever fetched.
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ')

export function cspPlugin(): Plugin {
  return {
    name: 'jwt-playground-csp',
    apply: 'build',
    transformIndexHtml: () => [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CSP }, injectTo: 'head-prepend' }],
  }
}
