/** Shared by Monaco and the plain view that shows before it, so the swap causes no layout jump. */
export const EDITOR_FONT_SIZE = 13
export const EDITOR_LINE_HEIGHT = 20
export const EDITOR_PADDING = 8
/** Monaco's content starts after the line-decorations gutter; the plain view pads by the same amount. */
export const EDITOR_GUTTER = 12
const MAX_HEIGHT = 480

/** The pane height for a text: every line visible up to a cap, then Monaco scrolls. */
export function editorHeight(text: string): number {
  const lines = text.split('\n').length
  return Math.min(MAX_HEIGHT, lines * EDITOR_LINE_HEIGHT + 2 * EDITOR_PADDING)
}
