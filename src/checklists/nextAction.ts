import type { ChecklistState } from './vocabulary'

/**
 * What a commune should do next in a guide's checklist: the first item, in the guide's order, that is neither
 * done nor not applicable (an item done in part is still to finish). Null when nothing is left: « tout est fait ».
 */
export function nextAction<Item extends { key: string }>(items: Item[], states: Map<string, ChecklistState>): Item | null {
  return items.find((item) => states.get(item.key) !== 'done' && states.get(item.key) !== 'na') ?? null
}

/** The address of a checklist item on its guide's page (the anchor `ChecklistItem` sets). */
export const actionAnchor = (key: string) => `action-${key}`
