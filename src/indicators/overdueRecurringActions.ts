import { overdueRecurringByCommune } from '@/checklists/overdue'

import { allCommuneIds, everyCommune } from './communes'
import type { IndicatorDefinition } from './types'

/** How many recurring checklist actions of the commune have fallen due again and are not done anew. */
export const overdueRecurringActions: IndicatorDefinition = {
  key: 'overdue-recurring-actions',
  unit: 'count',
  higherIsBetter: false,
  detailHref: (commune) => `/ma-commune?commune=${commune}#checklists`,
  compute: async ({ payload, today }) => {
    const [ids, overdue] = await Promise.all([allCommuneIds(payload), overdueRecurringByCommune(payload, today)])
    const values = everyCommune<number | null>(ids, () => 0)
    for (const [commune, count] of overdue) if (values.has(commune)) values.set(commune, count)
    return values
  },
}
