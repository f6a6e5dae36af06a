/**
 * Rows of the admin's array and blocks fields that stay « loading » (issue 21): Payload's form adds a row empty and
 * marked `isLoading` until a form-state answer brings its fields. When the answer to a request sent *before* the row
 * was added arrives within the form's 250 ms debounce after the click, Payload records the merged state, new row
 * included, as already sent (node_modules/@payloadcms/ui/dist/forms/Form/fieldReducer.js, MERGE_SERVER_STATE sets
 * `prevStateRef`): no request ever asks for the row's fields, and it stays a grey box. Under load (a slow answer)
 * this happens often. src/payloadGuard/LoadingRowsGuard.tsx changes those rows (a counter Payload ignores) once the
 * form has been quiet a while: the form sees a change, asks for its state again, and the row gets its fields.
 */

/** A row of an array or blocks field in the admin's form state, as Payload keeps it. */
export type FormRow = { id?: string; isLoading?: boolean; askedAgain?: number; [key: string]: unknown }
type FieldState = { rows?: FormRow[]; [key: string]: unknown }

/** How long the form must be quiet before asking again (a normal answer comes well before), doubled at each ask. */
export const firstWait = 1_500
/** After that many asks for the same row, the server is not answering: leave it (Payload says so itself). */
export const maxAsks = 5

export type AskAgain = { wait: number; updates: { path: string; rows: FormRow[] }[] }

/** What to change, and after how long a quiet form, so that rows still loading are asked for again; null: nothing. */
export function askAgainForLoadingRows(fields: Record<string, FieldState | undefined>): AskAgain | null {
  const updates: AskAgain['updates'] = []
  let fewestAsks = Infinity
  for (const [path, field] of Object.entries(fields)) {
    const rows = field?.rows
    if (!Array.isArray(rows)) continue
    const waiting = rows.filter((row) => row?.isLoading && (row.askedAgain ?? 0) < maxAsks)
    if (!waiting.length) continue
    fewestAsks = Math.min(fewestAsks, ...waiting.map((row) => row.askedAgain ?? 0))
    updates.push({
      path,
      rows: rows.map((row) => (waiting.includes(row) ? { ...row, askedAgain: (row.askedAgain ?? 0) + 1 } : row)),
    })
  }
  return updates.length ? { wait: firstWait * 2 ** fewestAsks, updates } : null
}
