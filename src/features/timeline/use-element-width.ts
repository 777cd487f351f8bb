import { useLayoutEffect, useState, type RefObject } from 'react'

/** The element's content width in CSS pixels, kept up to date with a ResizeObserver; `initial` until measured. */
export function useElementWidth(ref: RefObject<HTMLElement | null>, initial = 800): number {
  const [width, setWidth] = useState(initial)
  // A layout effect measures before the first paint, so a phone never sees an 800 px chart for a frame.
  useLayoutEffect(() => {
    const element = ref.current
    if (!element) return
    setWidth(Math.max(1, Math.floor(element.getBoundingClientRect().width)))
    const observer = new ResizeObserver(([entry]) => {
      if (entry) setWidth(Math.max(1, Math.floor(entry.contentRect.width)))
    })
    observer.observe(element)
    return () => observer.disconnect()
  }, [ref])
  return width
}
