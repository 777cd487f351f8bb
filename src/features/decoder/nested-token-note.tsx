/** Under a payload that is itself a token (RFC 7519 §5.2): says so, and opens the inner token in the decoder. */
export function NestedTokenNote({ token, onOpen }: { token: string; onOpen: (token: string) => void }) {
  return (
    <div data-testid="nested-token-note" className="flex flex-wrap items-center gap-x-3 gap-y-1 border-t border-gray-200 px-3 py-1.5 text-xs text-gray-700 dark:border-gray-800 dark:text-gray-300">
      <p>A nested JWT (RFC 7519 §5.2): this payload is another token, with its own header, claims and signature.</p>
      <button
        type="button"
        data-testid="open-nested-token"
        onClick={() => onOpen(token)}
        className="rounded-md border border-gray-300 px-2 py-0.5 text-xs hover:bg-gray-100 focus-visible:outline-2 focus-visible:outline-sky-600 dark:border-gray-700 dark:hover:bg-gray-800"
      >
        Open the inner token
      </button>
    </div>
  )
}
