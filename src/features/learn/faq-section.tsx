import type { Dispatch } from 'react'
import type { PlaygroundAction } from '@/app/playground-state'
import { FAQ, type FaqEntry } from '@/jwt/faq'

/** Where an answer can be tried out in this app, by FAQ id. */
const TRY_IT: Record<string, { label: string; action: PlaygroundAction }> = {
  'django-simplejwt-lifetimes': { label: 'See access and refresh lifetimes play out in the timeline', action: { type: 'viewChanged', view: 'timeline' } },
}

/** The FAQ from faq.ts, each answer with its sources. It adds no answers of its own. */
export function FaqSection({ dispatch }: { dispatch: Dispatch<PlaygroundAction> }) {
  return (
    <section data-testid="learn-faq" aria-labelledby="faq-title" className="space-y-2">
      <h3 id="faq-title" className="text-base font-semibold">
        Questions students ask
      </h3>
      {FAQ.map((entry) => (
        <FaqItem key={entry.id} entry={entry} dispatch={dispatch} />
      ))}
    </section>
  )
}

function FaqItem({ entry, dispatch }: { entry: FaqEntry; dispatch: Dispatch<PlaygroundAction> }) {
  const tryIt = TRY_IT[entry.id]
  return (
    <details data-testid={`faq-${entry.id}`} className="group rounded-md border border-gray-300 bg-white dark:border-gray-700 dark:bg-gray-950">
      <summary className="cursor-pointer px-4 py-2 font-medium focus-visible:outline-2 focus-visible:outline-sky-600">
        <WithCode text={entry.question} />
      </summary>
      <div className="space-y-2 border-t border-gray-200 px-4 py-3 text-sm dark:border-gray-800">
        <p>
          <WithCode text={entry.answer} />
        </p>
        {tryIt && (
          <button
            type="button"
            data-testid={`faq-${entry.id}-try`}
            onClick={() => dispatch(tryIt.action)}
            className="rounded-md border border-gray-300 px-3 py-1 text-sm font-medium hover:bg-gray-100 focus-visible:outline-2 focus-visible:outline-sky-600 dark:border-gray-700 dark:hover:bg-gray-800"
          >
            {tryIt.label} →
          </button>
        )}
        <div>
          <div className="text-sm font-medium text-gray-700 dark:text-gray-300">Sources</div>
          <ul className="list-disc pl-5 text-sm">
            {entry.cites.map((cite) => (
              <li key={cite.ref}>
                {/* inline-block py-1: a 24 px tall target, easy to tap (WCAG 2.5.8). */}
                <a href={cite.ref} target="_blank" rel="noreferrer noopener" className="inline-block py-1 text-sky-800 underline hover:no-underline dark:text-sky-300">
                  {cite.label}
                </a>
              </li>
            ))}
          </ul>
        </div>
      </div>
    </details>
  )
}

/** Plain text in which `backquoted` spans are code. */
function WithCode({ text }: { text: string }) {
  return text.split('`').map((piece, index) =>
    index % 2 === 1 ? (
      <code key={index} className="rounded bg-gray-100 px-1 font-mono text-[0.9em] dark:bg-gray-800">
        {piece}
      </code>
    ) : (
      <span key={index}>{piece}</span>
    ),
  )
}
