import { memo } from 'react'
import { CopyButton } from '@/components/ui/copy-button'
import { toPythonSnippet, type ClientPolicy, type SimpleJwtSettings } from '@/timeline/policy'

interface PythonSnippetProps {
  settings: SimpleJwtSettings
  /** The client's logout time, so the snippet can say logging out needs the token_blacklist app. */
  policy?: Pick<ClientPolicy, 'logoutAt'>
}

/** The settings as the `SIMPLE_JWT = {...}` block for settings.py, with a copy button. */
export const PythonSnippet = memo(function PythonSnippet({ settings, policy }: PythonSnippetProps) {
  const snippet = toPythonSnippet(settings, policy)
  return (
    <section aria-labelledby="timeline-snippet-title" className="rounded-md border border-gray-200 bg-white dark:border-gray-800 dark:bg-gray-950">
      <header className="flex items-center justify-between border-b border-gray-200 px-3 py-2 dark:border-gray-800">
        <h3 id="timeline-snippet-title" className="text-sm font-semibold">
          settings.py
        </h3>
        <CopyButton text={snippet} label="Copy SIMPLE_JWT" testId="timeline-python-copy" />
      </header>
      {/* Focusable so keyboard users can scroll it sideways (axe: scrollable-region-focusable). */}
      <pre
        data-testid="timeline-python-snippet"
        tabIndex={0}
        aria-label="SIMPLE_JWT settings for settings.py"
        className="overflow-x-auto p-3 font-mono text-xs leading-relaxed focus-visible:outline-2 focus-visible:outline-sky-600"
      >
        {snippet}
      </pre>
    </section>
  )
})
