import { useEffect, useState } from 'react'
import type { Schedule } from '@/timeline/schedule'
import { signScheduleTokens } from '@/timeline/tokens'

interface Signed {
  readonly schedule: Schedule | null
  readonly texts: ReadonlyMap<string, string>
  readonly error: string | null
}

/**
 * The signed JWT text of the schedule tokens in `wanted` (by jti), signed on demand with the
 * schedule's SIGNING_KEY and kept until the schedule changes. Tokens not signed yet are missing from
 * the map; it never signs the whole schedule.
 */
export function useTokenTexts(schedule: Schedule | null, wanted: readonly string[]): { texts: ReadonlyMap<string, string>; error: string | null } {
  const [signed, setSigned] = useState<Signed>({ schedule: null, texts: new Map(), error: null })
  const current = signed.schedule === schedule ? signed : { schedule, texts: new Map<string, string>(), error: null }
  const missing = wanted.filter((jti, i) => !current.texts.has(jti) && wanted.indexOf(jti) === i)
  const key = missing.join(',')

  useEffect(() => {
    if (schedule === null || key === '') return
    let cancelled = false
    const tokens = key.split(',').flatMap((jti) => schedule.tokensByJti.get(jti) ?? [])
    void signScheduleTokens(tokens, schedule.settings).then((result) => {
      if (cancelled) return
      setSigned((previous) => {
        const base = previous.schedule === schedule ? previous.texts : new Map<string, string>()
        if (!result.ok) return { schedule, texts: base, error: `${result.code}: ${result.message}` }
        return { schedule, texts: new Map([...base, ...result.jwts]), error: null }
      })
    })
    return () => {
      cancelled = true
    }
  }, [schedule, key])

  return { texts: current.texts, error: current.error }
}
