import { checklistCompletion } from './checklistCompletion'
import type { IndicatorDefinition } from './types'

/**
 * Every indicator of the commune cockpit, in the order the cockpit shows them. The map, the regional matrix, the
 * monthly snapshots and the Comité's report all read this list: add an indicator here and it appears everywhere.
 */
export const indicators: IndicatorDefinition[] = [checklistCompletion]

export function indicatorByKey(key: string): IndicatorDefinition | undefined {
  return indicators.find((indicator) => indicator.key === key)
}
