import { BYTE_FORMATS, type ByteFormat } from './bytes-format'

const LABELS: Record<ByteFormat, string> = { hex: 'hex', decimal: 'decimal (as RFC 7515 prints them)' }

/** Hex or decimal for every byte list in learn mode; a radio group, so keyboard and screen readers work. */
export function ByteFormatSwitch({ value, onChange }: { value: ByteFormat; onChange: (format: ByteFormat) => void }) {
  return (
    <fieldset data-testid="learn-byte-format" className="flex flex-wrap items-center gap-3 text-sm">
      <legend className="sr-only">Show bytes as</legend>
      <span aria-hidden="true" className="text-gray-700 dark:text-gray-300">
        Bytes as
      </span>
      {BYTE_FORMATS.map((format) => (
        <label key={format} className="flex items-center gap-1">
          <input
            type="radio"
            name="learn-byte-format"
            value={format}
            checked={value === format}
            onChange={() => onChange(format)}
            className="accent-sky-700"
          />
          {LABELS[format]}
        </label>
      ))}
    </fieldset>
  )
}
