import { StrictMode } from 'react'
import { flushSync } from 'react-dom'
import { createRoot } from 'react-dom/client'
import { App } from './app/app'
import './index.css'
import { applyTheme } from './lib/theme'

applyTheme()

// The first render runs now, in the task that ran this module, instead of in a scheduler task of its own
// that waited behind the load event: the decoded panes reach the screen that much sooner.
const root = createRoot(document.getElementById('root') as HTMLElement)
flushSync(() =>
  root.render(
    <StrictMode>
      <App />
    </StrictMode>,
  ),
)

// Offline after the first visit: the service worker caches this build's files (production only). It is
// registered once the page is idle: starting it at the load event competed with the first render.
if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  const register = () => void navigator.serviceWorker.register('./sw.js').catch(() => undefined)
  window.addEventListener('load', () => ('requestIdleCallback' in window ? requestIdleCallback(register, { timeout: 2000 }) : setTimeout(register, 500)))
}
