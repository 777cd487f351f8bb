import type { Dispatch } from 'react'
import type { PlaygroundAction, PlaygroundState } from '@/app/playground-state'

/** The simplejwt access/refresh timeline. (Being written: see issue 4.) */
export default function TimelineView(_props: { state: PlaygroundState; dispatch: Dispatch<PlaygroundAction> }) {
  return <section data-testid="timeline">Timeline</section>
}
