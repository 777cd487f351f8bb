import { reviewToken, type Finding } from '@/jwt/lint'
import { cn } from '@/lib/cn'

export interface SecurityFindingsProps {
  header: Record<string, unknown> | null
  payload: Record<string, unknown> | null
  keyText: string
  encoding: 'utf8' | 'base64url'
}

const SEVERITY_STYLE: Record<Finding['severity'], string> = {
  high: 'bg-red-100 text-red-900 dark:bg-red-950 dark:text-red-200',
  medium: 'bg-amber-100 text-amber-900 dark:bg-amber-950 dark:text-amber-200',
  low: 'bg-sky-100 text-sky-900 dark:bg-sky-950 dark:text-sky-200',
  info: 'bg-gray-100 text-gray-800 dark:bg-gray-800 dark:text-gray-200',
}

/** The security review of the token and key on screen (RFC 8725), always shown beside the verdict. */
export default function SecurityFindings({ header, payload, keyText, encoding }: SecurityFindingsProps) {
  if (!header) return null
  const findings = reviewToken({ header, payload, keyText, encoding })
  return (
    <section data-testid="security-findings" aria-labelledby="security-findings-title" className="rounded-md border border-gray-300 p-3 dark:border-gray-700">
      <h3 id="security-findings-title" className="mb-2 text-sm font-semibold">
        Security review {findings.length === 0 ? ': nothing to report' : `: ${findings.length} finding${findings.length === 1 ? '' : 's'}`}
      </h3>
      <ul className="space-y-2">
        {findings.map((finding) => (
          <li key={finding.id} data-testid={`finding-${finding.id}`} className="text-sm">
            <span className={cn('mr-2 rounded px-1.5 py-0.5 text-xs font-semibold uppercase', SEVERITY_STYLE[finding.severity])}>{finding.severity}</span>
            <span className="font-medium">{finding.title}</span>
            <span className="text-gray-700 dark:text-gray-300"> {finding.why}</span>
            {finding.detail && <span className="text-gray-700 dark:text-gray-300"> ({finding.detail})</span>}
            <span className="ml-1 text-xs text-gray-600 dark:text-gray-400">[{finding.source}]</span>
          </li>
        ))}
      </ul>
    </section>
  )
}
