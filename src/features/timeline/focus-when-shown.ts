/** Frames to wait for the element: the decoder is drawn in the render after the dispatch, so one or two suffice. */
const MAX_FRAMES = 10

/**
 * Focuses the element matching `selector` once it is in the document, checking once a frame for up to
 * MAX_FRAMES frames; gives up silently (focus stays where it was) if it never comes.
 */
export function focusWhenShown(selector: string): void {
  let frames = 0
  const attempt = () => {
    const element = document.querySelector<HTMLElement>(selector)
    if (element) element.focus()
    else if (++frames < MAX_FRAMES) requestAnimationFrame(attempt)
  }
  requestAnimationFrame(attempt)
}
