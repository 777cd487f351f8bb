import { useLayoutEffect, type RefObject } from 'react'

const MOVES: Record<string, (index: number, last: number) => number> = {
  ArrowDown: (i, last) => Math.min(last, i + 1),
  ArrowUp: (i) => Math.max(0, i - 1),
  Home: () => 0,
  End: (_i, last) => last,
}

/**
 * Makes the elements matching `selector` inside `root` a single Tab stop (a roving tabindex): the one last
 * focused, else the last one, has tabindex 0 and the rest -1; ↑ ↓ Home End move focus between them. It
 * follows the DOM (a MutationObserver) rather than React state because the items are another component's
 * rows, remade as the clock moves. The items must not set tabIndex themselves, or React would undo it.
 */
export function useRovingTabStop(root: RefObject<HTMLElement | null>, selector: string): void {
  useLayoutEffect(() => {
    const element = root.current
    if (!element) return
    let current: HTMLElement | null = null
    const items = () => [...element.querySelectorAll<HTMLElement>(selector)]
    const settle = () => {
      const all = items()
      const stop = current && all.includes(current) ? current : all.at(-1)
      for (const item of all) {
        const tabIndex = item === stop ? 0 : -1
        if (item.tabIndex !== tabIndex) item.tabIndex = tabIndex
      }
    }
    const onFocusIn = (event: FocusEvent) => {
      if (!(event.target instanceof HTMLElement) || !event.target.matches(selector)) return
      current = event.target
      settle()
    }
    const onKeyDown = (event: KeyboardEvent) => {
      const move = MOVES[event.key]
      if (!move || event.altKey || event.ctrlKey || event.metaKey || !(event.target instanceof HTMLElement) || !event.target.matches(selector)) return
      const all = items()
      const target = all[move(all.indexOf(event.target), all.length - 1)]
      if (!target) return
      event.preventDefault()
      target.focus()
    }
    settle()
    const observer = new MutationObserver(settle)
    observer.observe(element, { childList: true, subtree: true })
    element.addEventListener('focusin', onFocusIn)
    element.addEventListener('keydown', onKeyDown)
    return () => {
      observer.disconnect()
      element.removeEventListener('focusin', onFocusIn)
      element.removeEventListener('keydown', onKeyDown)
    }
  }, [root, selector])
}
