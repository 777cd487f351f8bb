import { memo, useMemo, useState } from 'react'
import { useNow } from '@/lib/use-now'
import { claimRows, numericDateNote, type ClaimRow, type TimeClaim } from '@/jwt/claims'
import { formatLocal, formatRelative, formatUtc } from '@/jwt/time-format'
import { clipText } from '@/lib/clip-text'
import { cn } from '@/lib/cn'
import { splitInvisible } from '@/jwt/invisible-chars'
import { compactJson, memberValueTexts } from '@/jwt/json-text'

interface ClaimsTableProps {
  payload: Record<string, unknown>
  /** The payload's JSON text, which `payload` was parsed from: values are shown as it spells them. */
  payloadText: string
  leeway: number
}

// A payload of thousands of claims would cost a thousand rows per keystroke: show the first ones, offer the rest.
const FIRST_ROWS = 50

/** Every claim of the payload, named and explained; time claims as local, UTC and relative time. */
// Its own clock: the relative times tick every second without re-rendering the rest of the decoder.
export const ClaimsTable = memo(function ClaimsTable({ payload, payloadText, leeway }: ClaimsTableProps) {
  const now = useNow()
  const [showAll, setShowAll] = useState(false)
  // JSON.parse rounds 12345678901234567890 and respells 1.10: the text has each value as the token carries it.
  const spelled = useMemo(() => memberValueTexts(payloadText), [payloadText])
  const count = Object.keys(payload).length
  if (count === 0) return null
  const shown = claimRows(payload, { now, leeway, limit: showAll ? Infinity : FIRST_ROWS })
  return (
    <div className="overflow-x-auto rounded-md border border-gray-300 dark:border-gray-700">
      <table data-testid="claims-table" className="w-full text-left text-sm">
        <caption className="px-3 py-1.5 text-left text-sm font-semibold text-gray-900 dark:text-gray-100">Claims</caption>
        <thead className="bg-gray-50 text-xs text-gray-700 dark:bg-gray-900 dark:text-gray-300">
          <tr>
            <th scope="col" className="px-3 py-1.5 font-medium">Claim</th>
            <th scope="col" className="px-3 py-1.5 font-medium">Value</th>
            <th scope="col" className="px-3 py-1.5 font-medium">Meaning</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-gray-200 dark:divide-gray-800">
          {shown.map((row) => (
            <ClaimTableRow key={row.name} row={row} text={valueText(row, spelled.get(row.name))} />
          ))}
        </tbody>
      </table>
      {shown.length < count && (
        <button type="button" onClick={() => setShowAll(true)} className="w-full border-t border-gray-200 px-3 py-1.5 text-left text-sm underline dark:border-gray-800">
          Show all {count} claims ({count - shown.length} more)
        </button>
      )}
    </div>
  )
})

// A keystroke changes a claim or two: the other rows keep their DOM and skip rendering (50 rows re-rendered
// on every keystroke in a large token otherwise).
const ClaimTableRow = memo(function ClaimTableRow({ row, text }: { row: ClaimRow; text: string }) {
  return (
    <tr data-testid={`claim-row-${row.name}`} className="align-top">
      <th scope="row" className="px-3 py-1.5 font-mono text-xs font-medium text-purple-700 dark:text-purple-300">
        <Revealed text={row.name} />
      </th>
      <td className="min-w-[10rem] max-w-[18rem] px-3 py-1.5 text-xs text-gray-900 dark:text-gray-100">
        <ClaimValue text={text} />
        {row.time && <TimeDetails time={row.time} name={row.name} />}
      </td>
      <td className="px-3 py-1.5 text-xs text-gray-700 dark:text-gray-300">
        {row.info ? (
          <>
            <span className="font-medium text-gray-900 dark:text-gray-100">{row.info.label}.</span> {row.info.description}{' '}
            <span className="text-gray-600 dark:text-gray-400">({row.info.source})</span>
          </>
        ) : (
          <span>Custom claim: not registered, its meaning is up to the issuer.</span>
        )}
      </td>
    </tr>
  )
}, (before, after) => before.text === after.text && sameRow(before.row, after.row))

/** A string claim as its text; any other value as the payload spells it, compacted like JSON.stringify's. */
function valueText(row: ClaimRow, spelled: string | undefined): string {
  if (typeof row.value === 'string') return row.value
  return spelled === undefined ? JSON.stringify(row.value) : compactJson(spelled)
}

/** Rows are built afresh on each keystroke; these are the fields a row shows. */
function sameRow(a: ClaimRow, b: ClaimRow): boolean {
  return a.name === b.name && Object.is(a.value, b.value) && a.info === b.info && sameTime(a.time, b.time)
}

function sameTime(a: TimeClaim | undefined, b: TimeClaim | undefined): boolean {
  if (a === undefined || b === undefined) return a === b
  return a.seconds === b.seconds && a.fromNow === b.fromNow && a.status === b.status
}

// A cell holding a 740 KB claim took Chromium 150 ms to lay out: long values show their start only.
const LONG_VALUE = 512

function ClaimValue({ text }: { text: string }) {
  if (text.length <= LONG_VALUE) return <span className="font-mono break-all"><Revealed text={text} /></span>
  const { shown, rest } = clipText(text, LONG_VALUE / 2)
  return (
    <>
      <span className="font-mono break-all"><Revealed text={shown} />…</span>
      <span className="mt-1 block font-sans text-gray-600 dark:text-gray-400">{rest.toLocaleString('en')} more characters: the payload pane has all of it.</span>
    </>
  )
}

/** The text with each invisible or reordering character shown as its code point, as the JSON editor does. */
function Revealed({ text }: { text: string }) {
  const parts = splitInvisible(text)
  if (parts.length === 1 && typeof parts[0] === 'string') return text
  return parts.map((part, i) =>
    typeof part === 'string' ? (
      part
    ) : (
      <abbr key={i} title={part.name} data-testid="invisible-char" className="mx-px rounded-sm bg-amber-100 px-0.5 text-[0.85em] text-amber-950 no-underline dark:bg-amber-950 dark:text-amber-100">
        {part.label}
      </abbr>
    ),
  )
}

const STATUS_TEXT = {
  valid: 'valid',
  expired: 'expired',
  'not-yet-valid': 'not yet valid',
  'issued-in-future': 'issued in the future',
  'not-a-number': 'not a NumericDate',
} as const

function TimeDetails({ time, name }: { time: TimeClaim; name: string }) {
  if (time.status === 'not-a-number') {
    return <div className="mt-1 font-sans text-red-700 dark:text-red-400">Not a number of seconds (RFC 7519 §2 NumericDate).</div>
  }
  const relative = formatRelative(time.fromNow)
  const phrase = name === 'exp' ? (time.status === 'expired' ? `expired ${relative}` : `expires ${relative}`) : relative
  const bad = time.status === 'expired' || time.status === 'not-yet-valid' || time.status === 'issued-in-future'
  const note = numericDateNote(time)
  return (
    <div className="mt-1 space-y-0.5 font-sans">
      {note && <div data-testid={`claim-note-${name}`} className="text-amber-900 dark:text-amber-200">{note[0]?.toUpperCase() + note.slice(1)}.</div>}
      <div>{formatLocal(time.date)}</div>
      <div className="text-gray-600 dark:text-gray-400">{formatUtc(time.date)}</div>
      <div>
        {phrase}{' '}
        {(name === 'exp' || name === 'nbf' || bad) && (
          <span
            className={cn(
              'ml-1 rounded px-1.5 py-0.5 text-[11px] font-semibold',
              bad ? 'bg-red-100 text-red-800 dark:bg-red-950 dark:text-red-300' : 'bg-green-100 text-green-800 dark:bg-green-950 dark:text-green-300',
            )}
          >
            {STATUS_TEXT[time.status]}
          </span>
        )}
      </div>
    </div>
  )
}
