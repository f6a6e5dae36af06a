import { allCommuneIds, countPerCommune } from './communes'
import { lastTwelveMonths, roughlyWithin, within } from './period'
import type { IndicatorDefinition } from './types'

/** How many decisions the commune logged over the last twelve months (its decision log is kept). */
export const decisionsLogged: IndicatorDefinition = {
  key: 'decisions-logged',
  unit: 'count',
  higherIsBetter: true,
  detailHref: (commune) => `/ma-commune?commune=${commune}#decisions`,
  compute: async ({ payload, today }) => {
    const span = lastTwelveMonths(today)
    const [ids, decisions] = await Promise.all([
      allCommuneIds(payload),
      payload.find({
        collection: 'digital-decisions',
        where: { decidedOn: roughlyWithin(span) },
        limit: 0,
        pagination: false,
        depth: 0,
        select: { commune: true, decidedOn: true },
      }),
    ])
    return countPerCommune(
      ids,
      decisions.docs.filter((d) => within(d.decidedOn, span)).map((d) => d.commune as number),
    )
  },
}
