import { allCommuneIds, everyCommune } from './communes'
import type { IndicatorDefinition } from './types'

/** Whether the commune's register names its digital référent (steering note 003). */
export const referentNamed: IndicatorDefinition = {
  key: 'referent-named',
  unit: 'yesno',
  higherIsBetter: true,
  detailHref: (commune) => `/ma-commune?commune=${commune}#referent`,
  compute: async ({ payload }) => {
    const [ids, registers] = await Promise.all([
      allCommuneIds(payload),
      payload.find({
        collection: 'commune-registers',
        limit: 0,
        pagination: false,
        depth: 0,
        select: { commune: true, referentName: true },
      }),
    ])
    const values = everyCommune<number | null>(ids, () => 0)
    for (const register of registers.docs) {
      const commune = register.commune as number
      if (values.has(commune) && register.referentName?.trim()) values.set(commune, 1)
    }
    return values
  },
}
