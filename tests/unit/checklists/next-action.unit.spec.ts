import { describe, expect, it } from 'vitest'

import { actionAnchor, nextAction } from '@/checklists/nextAction'
import type { ChecklistState } from '@/checklists/vocabulary'

const items = [
  { key: 'inventaire', label: 'Faire l’inventaire' },
  { key: 'regle-3-2-1', label: 'Appliquer la règle 3-2-1' },
  { key: 'test', label: 'Tester une restauration' },
]
const states = (entries: [string, ChecklistState][]) => new Map(entries)

describe('the next action of a commune in a checklist', () => {
  it('is the first item when nothing is answered', () => {
    expect(nextAction(items, states([]))?.key).toBe('inventaire')
  })

  it('skips the items done and not applicable, in the guide’s order', () => {
    expect(nextAction(items, states([['inventaire', 'done']]))?.key).toBe('regle-3-2-1')
    expect(
      nextAction(
        items,
        states([
          ['inventaire', 'na'],
          ['regle-3-2-1', 'done'],
        ]),
      )?.key,
    ).toBe('test')
    // Answering a later item does not change what comes first.
    expect(nextAction(items, states([['test', 'done']]))?.key).toBe('inventaire')
  })

  it('keeps an item done in part or marked « pas fait » as the next action', () => {
    expect(nextAction(items, states([['inventaire', 'partial']]))?.key).toBe('inventaire')
    expect(nextAction(items, states([['inventaire', 'todo']]))?.key).toBe('inventaire')
  })

  it('is null (« tout est fait ») when every item is done or not applicable, and for an empty checklist', () => {
    expect(
      nextAction(
        items,
        states([
          ['inventaire', 'done'],
          ['regle-3-2-1', 'na'],
          ['test', 'done'],
        ]),
      ),
    ).toBeNull()
    expect(nextAction([], states([]))).toBeNull()
  })

  it('links to the item’s anchor on the guide page', () => {
    expect(actionAnchor('regle-3-2-1')).toBe('action-regle-3-2-1')
  })
})
