import type { ChecklistState } from './vocabulary'

/**
 * Share of a checklist a commune has completed, 0–100: "fait" counts fully, "en partie" half,
 * "non applicable" items leave the total. Unanswered items count as not done.
 */
export function completion(itemKeys: string[], states: Map<string, ChecklistState>): number {
  const applicable = itemKeys.filter((key) => states.get(key) !== 'na')
  if (applicable.length === 0) return itemKeys.length ? 100 : 0
  const score = applicable.reduce((sum, key) => sum + (states.get(key) === 'done' ? 1 : states.get(key) === 'partial' ? 0.5 : 0), 0)
  return Math.round((score / applicable.length) * 100)
}
