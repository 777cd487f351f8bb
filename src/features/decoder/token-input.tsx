import { useEffect, useId, useLayoutEffect, useMemo, useRef, useState, type ClipboardEvent, type MouseEvent } from 'react'
import type { SegmentIndex } from '@/jwt/decode'
import type { NormalizedInput } from '@/jwt/normalize'
import { cn } from '@/lib/cn'
import { ElidedField, ELISION_MARK } from '@/lib/elided-field'
import { SEGMENT_STYLE } from './segment-style'
import { colourRuns, elidedColourRuns, segmentAt } from './token-runs'

interface TokenInputProps {
  value: string
  normalized: NormalizedInput
  active: SegmentIndex | null
  onChange: (text: string) => void
  onActiveChange: (segment: SegmentIndex | null) => void
}


/**
 * Past 32 KB the field shows the token's first and last 2 KB around a mark that stands for the rest.
 * Chromium shapes and lays out all of a textarea's text on every keystroke, and the coloured copy under it
 * again: 7 ms of a 20 ms keystroke in a 64 KB token shown whole, about 1 ms shortened (traced); 100 ms in
 * one task for a 1 MB token. Two screenfuls of the field either side of the mark.
 * The header and the signature stay in view; the payload's middle is edited in its pane.
 */
const SHORTENED = { limit: 32_768, head: 2_048, tail: 2_048 }

/**
 * The encoded token as an ordinary textarea (so typing, pasting and undo behave as people expect) laid
 * over a coloured copy of the same text. The textarea's own text is transparent; its caret is not.
 */
export function TokenInput({ value, normalized, active, onChange, onActiveChange }: TokenInputProps) {
  const field = useRef<HTMLTextAreaElement>(null)
  // What the field last reported: the very string the app hands back as `value` after a keystroke.
  const reported = useRef<string | null>(null)
  const [shortened] = useState(() => new ElidedField(SHORTENED))
  // Where the field's mark is and how many characters it stands for; null while it shows the whole token.
  const [mark, setMark] = useState<Mark | null>(null)
  const followMark = () => setMark((previous) => sameMark(previous, shortened.markAt, shortened.hiddenLength))
  // A shortened token is short in the field: it is coloured, and its mark has a colour of its own. A long
  // token is uncoloured only for the render before the field shortens it (colouring 1 MB would be a long task).
  const coloured = mark !== null || value.length <= SHORTENED.limit
  const runs = useMemo(
    () => (!coloured ? [] : mark ? elidedColourRuns(value, normalized, mark.at, mark.hidden, ELISION_MARK) : colourRuns(value, normalized)),
    [coloured, mark, value, normalized],
  )
  const noteId = useId()
  // The field is uncontrolled. A controlled textarea costs React three copies of the text per keystroke
  // (it reads value and defaultValue, then rewrites the textarea's child text node): 450 KB of garbage
  // for a 64 KB token. Only a token from elsewhere (a pane edit, a link, the history) is written in.
  useLayoutEffect(() => {
    const element = field.current
    if (!element || value === reported.current) return
    reported.current = value
    const shown = shortened.show(value)
    if (element.value !== shown) element.value = shown
    followMark()
  }, [value, shortened])

  // A paste (or typing) that would take the field past the limit: the field is given the shortened text
  // instead, before the browser lays out the long one. Through the editing command, not `value`, so Ctrl+Z
  // still brings the old token back. (A drop is left to the browser: it lands where the pointer is, not at
  // the selection.) React's onBeforeInput is not the native event: it has no inputType.
  useEffect(() => {
    const element = field.current
    if (!element) return
    const onBeforeInput = (event: InputEvent) => {
      // In a textarea a paste's text is in `data` (Input Events); `dataTransfer` is for contenteditable.
      const pasted = event.inputType === 'insertFromPaste' || event.inputType === 'insertText'
      const data = pasted ? (event.data ?? event.dataTransfer?.getData('text/plain')) : null
      const shown = data ? shortened.insertion(element.selectionStart, element.selectionEnd, data) : null
      if (shown === null) return
      event.preventDefault()
      // Usually all of it is selected already (Ctrl+A, Ctrl+V): selecting again costs a selection sync.
      if (element.selectionStart !== 0 || element.selectionEnd !== element.textLength) element.select()
      document.execCommand('insertText', false, shown)
    }
    element.addEventListener('beforeinput', onBeforeInput)
    return () => element.removeEventListener('beforeinput', onBeforeInput)
  }, [shortened])

  /** Copying or cutting across the mark takes the characters it stands for. */
  const onCopy = (event: ClipboardEvent<HTMLTextAreaElement>) => {
    const { selectionStart: start, selectionEnd: end } = event.currentTarget
    const whole = shortened.wholeSlice(start, end)
    if (whole.length === end - start) return
    event.preventDefault()
    event.clipboardData.setData('text/plain', whole)
    if (event.type === 'cut') document.execCommand('delete')
  }

  const segmentAtCaret = (textarea: HTMLTextAreaElement) => segmentAt(value, normalized, shortened.wholeOffset(textarea.selectionStart))
  const onMouseMove = (event: MouseEvent) => {
    // The coloured copy sits under the textarea: ask the browser which of its spans is under the pointer.
    const span = document
      .elementsFromPoint(event.clientX, event.clientY)
      .find((element) => element instanceof HTMLElement && element.dataset.segment !== undefined) as HTMLElement | undefined
    const segment = span?.dataset.segment
    onActiveChange(segment === undefined || segment === '' ? null : (Number(segment) as SegmentIndex))
  }

  const shared = 'm-0 p-3 font-mono text-sm leading-6 whitespace-pre-wrap break-all'
  // One tree for every size, so crossing 32 KB never remounts the textarea (focus, caret and undo survive).
  return (
    <div className="space-y-1">
      <div
        className={cn(
          'rounded-md border border-gray-300 bg-white focus-within:ring-2 focus-within:ring-sky-600 dark:border-gray-700 dark:bg-gray-950',
          coloured && 'max-h-[45vh] overflow-auto',
        )}
      >
        <div className="relative">
          {/* Not in the one render where a long token is not shortened yet. */}
          {coloured && (
            <div aria-hidden="true" className={cn(shared, 'min-h-24 text-gray-500 dark:text-gray-400')}>
              {runs.map((run, index) =>
                run.mark ? (
                  <span key={index} data-mark="" className="rounded-sm bg-amber-200 text-amber-950 outline outline-1 outline-amber-600 dark:bg-amber-700 dark:text-amber-50 dark:outline-amber-300">
                    {run.text}
                  </span>
                ) : run.segment === null ? (
                  <span key={index}>{run.text}</span>
                ) : (
                  <span
                    key={index}
                    data-segment={run.segment}
                    className={cn(SEGMENT_STYLE[run.segment].text, active === run.segment && SEGMENT_STYLE[run.segment].tint)}
                  >
                    {run.text}
                  </span>
                ),
              )}
              {/* A trailing newline in a textarea takes a line; the copy needs one too to keep the same height. */}
              {'\n'}
            </div>
          )}
          <textarea
            id="token-input"
            data-testid="token-input"
            aria-label="Encoded token"
            aria-describedby={mark ? noteId : undefined}
            spellCheck={false}
            autoCapitalize="off"
            autoComplete="off"
            autoCorrect="off"
            ref={field}
            placeholder="Paste a JWT here"
            onChange={(event) => {
              // Read once: each read of `value` copies the field's text out of the DOM.
              const fieldText = event.target.value
              const { text, shown } = shortened.edited(fieldText)
              if (shown !== fieldText) event.target.value = shown
              reported.current = text
              followMark()
              onChange(text)
            }}
            onCopy={onCopy}
            onCut={onCopy}
            onSelect={(event) => onActiveChange(segmentAtCaret(event.currentTarget))}
            onFocus={(event) => onActiveChange(segmentAtCaret(event.currentTarget))}
            onBlur={() => onActiveChange(null)}
            onMouseMove={coloured ? onMouseMove : undefined}
            onMouseLeave={() => onActiveChange(null)}
            className={cn(
              shared,
              'w-full bg-transparent outline-none',
              !coloured
                ? 'block h-[45vh] resize-y overflow-auto rounded-md text-gray-900 dark:text-gray-100'
                : 'absolute inset-0 h-full resize-none overflow-hidden text-transparent caret-gray-900 placeholder:text-gray-500 dark:caret-gray-100 dark:placeholder:text-gray-400',
            )}
          />
        </div>
      </div>
      {mark && (
        <p id={noteId} className="text-xs text-gray-700 dark:text-gray-300">
          {`A large token (${Math.round(value.length / 1024)} KB): the field shows its start and end, and the ${ELISION_MARK} between them stands for the other ${mark.hidden.toLocaleString('en-US')} characters, so typing stays fast. Copying takes them along; the panes show them all, and the payload's middle is edited there.`}
        </p>
      )}
    </div>
  )
}

interface Mark {
  at: number
  hidden: number
}

/** The field's mark as React state: the previous object when nothing moved, so nothing re-renders. */
function sameMark(previous: Mark | null, at: number, hidden: number): Mark | null {
  if (at === -1) return null
  return previous && previous.at === at && previous.hidden === hidden ? previous : { at, hidden }
}
