import type { Dispatch } from 'react'
import type { PlaygroundAction, PlaygroundState } from '@/app/playground-state'

/** Learn mode: the current token built step by step. (Being written: see issue 5.) */
export default function LearnView(_props: { state: PlaygroundState; dispatch: Dispatch<PlaygroundAction> }) {
  return <section data-testid="learn-mode">Learn mode</section>
}
