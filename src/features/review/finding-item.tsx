import type { Finding } from '@/jwt/lint'
import { cn } from '@/lib/cn'
import { specPieces } from './spec-links'

const SEVERITY_STYLE: Record<Finding['severity'], string> = {
  high: 'bg-red-100 text-red-900 dark:bg-red-950 dark:text-red-200',
  medium: 'bg-amber-100 text-amber-900 dark:bg-amber-950 dark:text-amber-200',
  low: 'bg-sky-100 text-sky-900 dark:bg-sky-950 dark:text-sky-200',
  info: 'bg-gray-100 text-gray-800 dark:bg-gray-800 dark:text-gray-200',
}

const SEVERITY_BAR: Record<Finding['severity'], string> = {
  high: 'border-red-600 dark:border-red-400',
  medium: 'border-amber-500 dark:border-amber-400',
  low: 'border-sky-600 dark:border-sky-400',
  info: 'border-gray-400 dark:border-gray-500',
}

/** One finding: severity (as a word, not only a colour), title, one line of why, and the spec sections as links. */
export function FindingItem({ finding }: { finding: Finding }) {
  return (
    <li data-testid={`finding-${finding.id}`} data-severity={finding.severity} className={cn('border-l-4 py-1 pl-3 text-sm', SEVERITY_BAR[finding.severity])}>
      <div className="flex flex-wrap items-baseline gap-x-2">
        <span className={cn('rounded px-1.5 py-0.5 text-[11px] font-semibold uppercase', SEVERITY_STYLE[finding.severity])}>
          {finding.severity}
        </span>
        <span className="font-medium">{finding.title}</span>
      </div>
      <p className="text-gray-700 dark:text-gray-300">
        {finding.why}
        {finding.detail && <span className="font-mono text-xs break-all"> ({finding.detail})</span>}
      </p>
      <p className="text-xs text-gray-600 dark:text-gray-400">
        {specPieces(finding.source).map((piece, index) =>
          piece.href ? (
            <a key={index} href={piece.href} target="_blank" rel="noreferrer noopener" className="text-sky-800 underline hover:no-underline dark:text-sky-300">
              {piece.text}
            </a>
          ) : (
            <span key={index}>{piece.text}</span>
          ),
        )}
      </p>
    </li>
  )
}
