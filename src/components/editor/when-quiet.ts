// Monaco's bring-up is paced by the person: each of its steps is a long task (editor-turns.ts, monaco-setup.ts),
// so none starts while they are in the middle of typing or pasting.

const QUIET_MS = 300
let lastInputAt = -Infinity

/** Notes that the person just pressed a key, pressed the pointer or edited something. */
export function inputSeen(): void {
  lastInputAt = performance.now()
}

if (typeof window !== 'undefined') {
  for (const type of ['keydown', 'pointerdown', 'input'] as const) window.addEventListener(type, inputSeen, { capture: true, passive: true })
}

const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))

/**
 * Ends the current task and waits until the person has left the keyboard and pointer alone for a moment:
 * a step of Monaco's bring-up never starts between their Ctrl+A and their Ctrl+V. Input arriving during a
 * step still waits for that one step.
 */
export async function whenQuiet(): Promise<void> {
  await wait(0)
  for (let quietFor = performance.now() - lastInputAt; quietFor < QUIET_MS; quietFor = performance.now() - lastInputAt) {
    await wait(QUIET_MS - quietFor)
  }
}
