import { allCommuneIds, everyCommune } from './communes'
import { trainingByCommune } from './training'
import type { IndicatorDefinition } from './types'

/** How many times the commune's people attended an ARVr event over the last twelve months. */
export const staffTrained: IndicatorDefinition = {
  key: 'staff-trained',
  unit: 'count',
  higherIsBetter: true,
  detailHref: () => '/agenda',
  compute: async ({ payload, today }) => {
    const [ids, training] = await Promise.all([allCommuneIds(payload), trainingByCommune(payload, today)])
    const values = everyCommune<number | null>(ids, () => 0)
    for (const [commune, rows] of training) {
      if (values.has(commune))
        values.set(
          commune,
          [...rows.values()].reduce((sum, row) => sum + row.attended, 0),
        )
    }
    return values
  },
}
