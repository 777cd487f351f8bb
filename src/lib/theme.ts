import { useSyncExternalStore } from 'react'

export type ThemeChoice = 'system' | 'light' | 'dark'
const STORAGE_KEY = 'jwt-playground:theme'
const media = () => window.matchMedia('(prefers-color-scheme: dark)')

/** The theme the user picked; "system" follows prefers-color-scheme. Only this choice is stored. */
export function readThemeChoice(): ThemeChoice {
  const stored = localStorage.getItem(STORAGE_KEY)
  return stored === 'light' || stored === 'dark' ? stored : 'system'
}

export function writeThemeChoice(choice: ThemeChoice): void {
  if (choice === 'system') localStorage.removeItem(STORAGE_KEY)
  else localStorage.setItem(STORAGE_KEY, choice)
  applyTheme()
}

/** Sets or clears the .dark class on <html> from the stored choice and the system setting. */
export function applyTheme(): void {
  const choice = readThemeChoice()
  const dark = choice === 'dark' || (choice === 'system' && media().matches)
  document.documentElement.classList.toggle('dark', dark)
}

function subscribe(onChange: () => void): () => void {
  const observer = new MutationObserver(onChange)
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['class'] })
  const query = media()
  const onSystemChange = () => applyTheme()
  query.addEventListener('change', onSystemChange)
  return () => {
    observer.disconnect()
    query.removeEventListener('change', onSystemChange)
  }
}

/** The theme in effect now, following both the switch and the system. */
export function useTheme(): 'light' | 'dark' {
  return useSyncExternalStore(subscribe, () => (document.documentElement.classList.contains('dark') ? 'dark' : 'light'))
}
