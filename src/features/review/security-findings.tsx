import { memo, useDeferredValue, useMemo, useState } from 'react'
import type { DecodedToken } from '@/jwt/decode'
import { reviewToken, SEVERITIES, type Finding } from '@/jwt/lint'
import { FindingItem } from './finding-item'
import { readThreshold, thresholdSeconds, writeThreshold, type LifetimeThreshold } from './lifetime-threshold'
import { LifetimeThresholdInput } from './lifetime-threshold-input'

export interface SecurityFindingsProps {
  header: Record<string, unknown> | null
  payload: Record<string, unknown> | null
  keyText: string
  encoding: 'utf8' | 'base64url'
  /** The alg chosen for signing/verifying, when it differs from the header's. */
  alg?: string
  /**
   * The whole decode, when the caller has it: the review then also sees an empty or present signature, a
   * detached payload and duplicate member names, which header and payload values alone cannot show.
   */
  decoded?: DecodedToken
}

const storage = () => (typeof localStorage === 'undefined' ? undefined : localStorage)

/**
 * The security review of the token and key on screen (RFC 8725), always shown beside the verdict. It does not
 * verify the signature or look at the clock: lint.ts decides, this only shows.
 */
export default memo(function SecurityFindings(props: SecurityFindingsProps) {
  // The review follows the panes and the verdict by one render: on a 64 KB payload it walks every claim.
  const { header, payload, keyText, encoding, alg, decoded } = useDeferredValue(props)
  const [threshold, setThreshold] = useState<LifetimeThreshold>(() => readThreshold(storage()))
  // Only what the review reads from the decode: a new signature alone must not re-scan a large payload's text.
  const signature = decoded?.parts[2]
  const payloadDetached = decoded?.parts.length === 3 && decoded.parts[1] === ''
  const headerText = decoded?.header?.ok ? decoded.header.text : undefined
  const payloadText = decoded?.payload?.ok ? decoded.payload.text : undefined
  const findings = useMemo(() => {
    if (!header) return []
    const maxLifetimeSeconds = thresholdSeconds(threshold)
    return reviewToken({ header, payload, keyText, encoding, alg, maxLifetimeSeconds, signature, payloadDetached, headerText, payloadText })
  }, [header, payload, keyText, encoding, alg, threshold, signature, payloadDetached, headerText, payloadText])
  if (!header) return null
  const changeThreshold = (next: LifetimeThreshold) => {
    setThreshold(next)
    writeThreshold(storage(), next)
  }
  return (
    <section data-testid="security-findings" aria-labelledby="security-findings-title" className="space-y-2 rounded-md border border-gray-300 bg-white p-3 dark:border-gray-700 dark:bg-gray-950">
      <h3 id="security-findings-title" className="text-sm font-semibold">
        Security review: <span data-testid="security-findings-summary">{summary(findings)}</span>
      </h3>
      {findings.length === 0 ? (
        <p className="text-sm text-gray-700 dark:text-gray-300">
          Checked the algorithm, the key, expiry and lifetime, header key parameters (jku, x5u, jwk, kid), crit,
          duplicate names and sensitive-looking claims. Passing these checks does not make a token trustworthy: only verifying it does.
        </p>
      ) : (
        <ul className="space-y-2">
          {findings.map((finding) => (
            <FindingItem key={finding.id} finding={finding} />
          ))}
        </ul>
      )}
      <LifetimeThresholdInput threshold={threshold} onChange={changeThreshold} />
    </section>
  )
})

/** "2 findings (1 high, 1 medium)" or "nothing to report". */
function summary(findings: readonly Finding[]): string {
  if (findings.length === 0) return 'nothing to report'
  const counts = SEVERITIES.map((severity) => [severity, findings.filter((f) => f.severity === severity).length] as const)
    .filter(([, count]) => count > 0)
    .map(([severity, count]) => `${count} ${severity}`)
  return `${findings.length} finding${findings.length === 1 ? '' : 's'} (${counts.join(', ')})`
}
