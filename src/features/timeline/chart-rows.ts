/**
 * The timeline's rows, top to bottom, and their heights in pixels. The thief's row appears only
 * when a thief did something. Pure layout data; nothing is drawn here.
 */
/** The rows, top to bottom. */
export const ROW_IDS = ['client', 'access', 'refresh', 'thief'] as const
export type RowId = (typeof ROW_IDS)[number]

export interface Row {
  readonly id: RowId
  readonly label: string
  readonly hint: string
  readonly top: number
  readonly height: number
  /** Vertical centre, where bars and markers sit. */
  readonly mid: number
}

/** Left gutter for row labels, and the axis band on top. */
export const GUTTER = 104
export const AXIS_HEIGHT = 22

const SPECS: Record<RowId, Omit<Row, 'top' | 'mid' | 'id'>> = {
  client: { label: 'Client', hint: 'requests', height: 52 },
  access: { label: 'Access', hint: 'tokens', height: 40 },
  refresh: { label: 'Refresh', hint: 'tokens', height: 40 },
  thief: { label: 'Thief', hint: 'replays, tokens', height: 44 },
}

/** The rows in order with their positions, and the total height. */
export function layoutRows(withThief: boolean): { rows: Row[]; height: number } {
  let top = AXIS_HEIGHT
  const rows = ROW_IDS.filter((id) => withThief || id !== 'thief').map((id) => {
    const spec = SPECS[id]
    const row = { id, ...spec, top, mid: top + spec.height / 2 }
    top += spec.height
    return row
  })
  return { rows, height: top + 4 }
}
