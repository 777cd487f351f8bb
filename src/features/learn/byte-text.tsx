import type { ByteView } from '@/jwt/learn'
import { printBytes, type ByteFormat } from './bytes-format'
import { clipLearnText, LEARN_SHOWN_CHARACTERS, MoreCharacters } from './long-text'

/** Bytes printed (scrolling when long, clipped when huge), as hex pairs or a decimal array. It does not decode them. */
export function ByteText({ bytes, format, testId }: { bytes: ByteView; format: ByteFormat; testId?: string }) {
  const { shown, rest } = printBytes(bytes, format, LEARN_SHOWN_CHARACTERS)
  return (
    <pre data-testid={testId} tabIndex={0} className="max-h-40 overflow-auto rounded bg-gray-100 p-2 font-mono text-sm break-all whitespace-pre-wrap text-gray-900 focus-visible:outline-2 focus-visible:outline-sky-600 dark:bg-gray-900 dark:text-gray-100">
      {shown}
      <MoreCharacters rest={rest} />
    </pre>
  )
}

/**
 * Text exactly as its bytes say, with the invisible characters shown as small \r, \n (then a line break) and
 * \t tags. RFC 7515 A.1's header holds a CRLF and a space that change its base64url.
 */
export function ExactText({ text, className }: { text: string; className?: string }) {
  const { shown, rest } = clipLearnText(text)
  const pieces = shown.split(/(\r|\n|\t)/)
  return (
    <pre className={className ?? 'max-h-48 overflow-auto rounded bg-gray-100 p-2 font-mono text-sm break-all whitespace-pre-wrap dark:bg-gray-900'}>
      {pieces.map((piece, index) => {
        if (piece === '\r') return <Marker key={index} symbol="\r" name="carriage return" />
        if (piece === '\n')
          return (
            <span key={index}>
              <Marker symbol="\n" name="line feed" />
              {'\n'}
            </span>
          )
        if (piece === '\t') return <Marker key={index} symbol="\t" name="tab" />
        return piece
      })}
      <MoreCharacters rest={rest} />
    </pre>
  )
}

function Marker({ symbol, name }: { symbol: string; name: string }) {
  return (
    <span title={name} className="mx-px rounded-sm bg-gray-200 px-0.5 text-[0.85em] text-gray-600 dark:bg-gray-800 dark:text-gray-400">
      <span aria-hidden="true">{symbol}</span>
      <span className="sr-only">({name})</span>
    </span>
  )
}
