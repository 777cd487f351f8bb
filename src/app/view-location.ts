/**
 * The open view lives in the fragment (`#view=timeline`), beside a shared token (`#token=…&view=learn`),
 * so a reload, a link or the Back button finds the same view. The decoder is the view with no `view=`.
 * Pure: reads and builds fragments, never touches `location` or `history`.
 */
import { fragmentParam, fragmentWithParam } from '@/lib/fragment-params'
import { VIEWS, type View } from './playground-state'

/** The view a fragment names; the decoder when it names none, or one this app does not have. */
export function viewFromFragment(hash: string): View {
  const named = fragmentParam(hash, 'view')
  return VIEWS.find((view) => view === named) ?? 'decoder'
}

/** The fragment naming `view`, every other parameter (a token, a public key) kept; '' when nothing is left. */
export function fragmentWithView(hash: string, view: View): string {
  return fragmentWithParam(hash, 'view', view === 'decoder' ? null : view)
}
