import type { TimelineEventKind } from '@/timeline/schedule'
import type { ScheduleViews } from './schedule-views'

const ITEMS: { id: string; label: string; kind: TimelineEventKind; status?: number }[] = [
  { id: 'api-401', label: 'Calls refused (401)', kind: 'api-call', status: 401 },
  { id: 'refresh', label: 'Refreshes', kind: 'refresh' },
  { id: 'rotation', label: 'Rotations', kind: 'rotation' },
  { id: 'blacklist', label: 'Blacklisted', kind: 'blacklist' },
  { id: 'refresh-failed', label: 'Refreshes refused', kind: 'refresh-failed' },
  { id: 're-login', label: 'Re-logins', kind: 're-login' },
  { id: 'logout', label: 'Logouts', kind: 'logout' },
  { id: 'replay', label: 'Replays', kind: 'replay' },
]

/** How many of each thing happened from login up to now; counts, no judgement. */
export function RunSummary({ views, now }: { views: ScheduleViews; now: number }) {
  const t = views.schedule.start + now
  const happened = views.events.filter((event) => event.at <= t)
  let accepted = 0
  for (const band of views.bands) if (band.from <= t) accepted += Math.min(band.count, Math.floor((t - band.from) / band.step) + 1)
  const counts = [
    { id: 'api-200', label: 'Calls accepted (200)', value: accepted },
    ...ITEMS.map((item) => ({ ...item, value: happened.filter((e) => e.kind === item.kind && (item.status === undefined || e.status === item.status)).length })),
  ]
  return (
    <section data-testid="timeline-summary" aria-labelledby="timeline-summary-title" className="rounded-md border border-gray-200 bg-white p-3 dark:border-gray-800 dark:bg-gray-950">
      <h3 id="timeline-summary-title" className="mb-2 font-semibold">
        So far
      </h3>
      <dl className="grid grid-cols-2 gap-x-4 gap-y-1 text-sm">
        {counts.map((item) => (
          <div key={item.id} className="flex justify-between gap-2">
            <dt className="text-gray-700 dark:text-gray-300">{item.label}</dt>
            <dd data-testid={`timeline-count-${item.id}`} className="font-mono tabular-nums">
              {item.value.toLocaleString('en')}
            </dd>
          </div>
        ))}
      </dl>
    </section>
  )
}
