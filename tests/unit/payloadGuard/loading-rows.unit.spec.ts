/**
 * The admin's array rows left loading (src/payloadGuard/loadingRows.ts): which rows are asked for again, how the
 * change looks to Payload's form (a new state, same data), how long a quiet form waits, and when it gives up.
 */
import { describe, expect, it } from 'vitest'

import { askAgainForLoadingRows, firstWait, maxAsks } from '@/payloadGuard/loadingRows'

const loaded = { id: 'a', collapsed: true, isLoading: false }
const added = { id: 'c', isLoading: true }

describe('askAgainForLoadingRows', () => {
  it('leaves a form without loading rows alone', () => {
    expect(askAgainForLoadingRows({})).toBeNull()
    expect(askAgainForLoadingRows({ title: { value: 'Guide' }, checklist: { rows: [loaded], value: 1 } })).toBeNull()
  })

  it('changes only the loading row, by a counter the data never carries, after a quiet first wait', () => {
    const fields = {
      title: { value: 'Guide' },
      checklist: { rows: [loaded, { id: 'b', isLoading: false }, added], value: 3 },
      'checklist.0.label': { value: 'Tester la restauration' },
    }
    const askAgain = askAgainForLoadingRows(fields)!
    expect(askAgain.wait).toBe(firstWait)
    expect(askAgain.updates).toEqual([
      { path: 'checklist', rows: [loaded, { id: 'b', isLoading: false }, { id: 'c', isLoading: true, askedAgain: 1 }] },
    ])
    // Payload's form compares its state deeply to what it last sent: the counter makes it a new state.
    expect(askAgain.updates[0]!.rows).not.toEqual(fields.checklist.rows)
    expect(askAgain.updates[0]!.rows[0]).toBe(loaded)
  })

  it('waits twice as long at each ask, and gives up after the last', () => {
    const asked = (n: number) => askAgainForLoadingRows({ sources: { rows: [{ ...added, askedAgain: n }] } })
    expect(asked(1)!.wait).toBe(firstWait * 2)
    expect(asked(3)!.wait).toBe(firstWait * 8)
    expect(asked(maxAsks - 1)!.updates[0]!.rows[0]!.askedAgain).toBe(maxAsks)
    expect(asked(maxAsks)).toBeNull()
  })

  it('asks for every field with a loading row, nested ones included', () => {
    const askAgain = askAgainForLoadingRows({
      checklist: { rows: [added] },
      'blocks.0.items': { rows: [{ id: 'd', isLoading: true, askedAgain: 2 }] },
    })!
    expect(askAgain.updates.map((update) => update.path)).toEqual(['checklist', 'blocks.0.items'])
    expect(askAgain.wait).toBe(firstWait)
  })
})
