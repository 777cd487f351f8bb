import { useState, type Dispatch } from 'react'
import type { JWK } from 'jose'
import type { PlaygroundAction } from '@/app/playground-state'
import { CopyButton } from '@/components/ui/copy-button'
import { algorithmInfo } from '@/jwt/algorithms'
import { generateKeyMaterial, type GeneratedKeyMaterial } from '@/jwt/generate'

/**
 * Makes a new secret or key pair for the current alg in the browser, puts the signing half in the key
 * field (so the token is re-signed) and shows both halves, ready to copy.
 */
interface GenerateKeyProps {
  alg: string
  /** The header's kid now, to say whether the generated key pair's kid is in it. */
  headerKid: unknown
  dispatch: Dispatch<PlaygroundAction>
}

export function GenerateKey({ alg, headerKid, dispatch }: GenerateKeyProps) {
  const [material, setMaterial] = useState<GeneratedKeyMaterial | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const info = algorithmInfo(alg)
  const generate = async () => {
    setBusy(true)
    const result = await generateKeyMaterial(alg)
    setBusy(false)
    if (!result.ok) return setError(result.message)
    setError(null)
    setMaterial(result.material)
    const { material: made } = result
    dispatch(
      made.kind === 'secret'
        ? { type: 'keyGenerated', keyText: made.secret, secretEncoding: 'base64url' }
        : { type: 'keyGenerated', keyText: made.privatePem, secretEncoding: 'utf8', kid: made.kid },
    )
  }
  if (!info) return null
  return (
    // min-w-0 max-w-full: the shown keys scroll inside their boxes instead of widening the page on a phone.
    <div className="max-w-full min-w-0 space-y-2">
      <button
        type="button"
        data-testid="generate-key"
        onClick={generate}
        disabled={busy}
        className="rounded-md border border-gray-300 px-3 py-1 text-sm hover:bg-gray-100 focus-visible:outline-2 focus-visible:outline-sky-600 disabled:opacity-60 dark:border-gray-700 dark:hover:bg-gray-800"
      >
        {busy ? 'Generating…' : info.family === 'HMAC' ? `Generate a ${info.hashBytes ?? 32}-byte secret for ${alg}` : `Generate a new ${info.keyLabel} key pair for ${alg}`}
      </button>
      {error && <p className="text-sm text-red-800 dark:text-red-300">{error}</p>}
      {material && material.alg === alg && <GeneratedMaterial material={material} kidInHeader={material.kind === 'key-pair' && headerKid === material.kid} />}
    </div>
  )
}

function GeneratedMaterial({ material, kidInHeader }: { material: GeneratedKeyMaterial; kidInHeader: boolean }) {
  if (material.kind === 'secret') {
    return (
      <p data-testid="generated-key" className="text-xs text-gray-700 dark:text-gray-300">
        New secret ({material.bytes} random bytes, base64url) is in the key field and the token is signed with it.
      </p>
    )
  }
  // [summary, text, copy button label]
  const items: [string, string, string][] = [
    ['Public key (PEM, share it)', material.publicPem, 'Copy public PEM'],
    ['Public key (JWK)', formatJwk(material.publicJwk), 'Copy public JWK'],
    ['Private key (PEM, keep it secret)', material.privatePem, 'Copy private PEM'],
    ['Private key (JWK)', formatJwk(material.privateJwk), 'Copy private JWK'],
  ]
  return (
    <div data-testid="generated-key" className="space-y-2 rounded-md border border-gray-300 p-2 text-xs dark:border-gray-700">
      <p>
        The private key is in the key field and signs the token; verify it with the public key. kid (its RFC 7638 thumbprint):{' '}
        <span className="break-all">{material.kid}</span>
        <span data-testid="generated-kid-note">
          {kidInHeader ? ', also in the header, so a JWKS holding this public key picks it.' : ', not in the header now.'}
        </span>
      </p>
      {items.map(([label, text, copyLabel]) => (
        // The copy button sits beside the summary, not inside it: a button in a button is unusable by keyboard.
        <div key={label} className="flex items-start gap-2">
          <details className="min-w-0 grow">
            <summary className="cursor-pointer">{label}</summary>
            {/* Focusable, so a keyboard can scroll it when a long key overflows. */}
            <pre tabIndex={0} className="mt-1 max-h-40 overflow-auto rounded bg-gray-100 p-2 focus-visible:outline-2 focus-visible:outline-sky-600 dark:bg-gray-900">
              {text}
            </pre>
          </details>
          <CopyButton text={text} label={copyLabel} />
        </div>
      ))}
    </div>
  )
}

function formatJwk(jwk: JWK): string {
  return JSON.stringify(jwk, null, 2)
}
