import { clipText } from '@/lib/clip-text'

/**
 * Learn mode explains a token byte by byte, which only reads well for tokens of ordinary size. Past this
 * many characters a value shows its start and says how much follows: a 1 MB token printed in full (hex
 * doubles it) took Chromium seconds to lay out. Copy buttons still take the whole value.
 */
export const LEARN_SHOWN_CHARACTERS = 4096

export const clipLearnText = (text: string) => clipText(text, LEARN_SHOWN_CHARACTERS)

/** "… 1,234,567 more characters", after a clipped value; nothing when nothing was clipped. */
export function MoreCharacters({ rest }: { rest: number }) {
  if (rest === 0) return null
  return <span className="font-sans text-gray-600 italic dark:text-gray-400"> … {rest.toLocaleString('en')} more characters</span>
}

/** A long value's start and how much follows (learn mode is for tokens of ordinary size). */
export function ClippedText({ text, className, limit = LEARN_SHOWN_CHARACTERS }: { text: string; className?: string; limit?: number }) {
  const { shown, rest } = clipText(text, limit)
  return (
    <>
      <span className={className}>{shown}</span>
      <MoreCharacters rest={rest} />
    </>
  )
}
