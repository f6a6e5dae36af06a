import { allCommuneIds, countPerCommune } from './communes'
import { lastTwelveMonths, roughlyWithin, within } from './period'
import type { IndicatorDefinition } from './types'

/** How many incidents the commune logged over the last twelve months. */
export const incidentsLogged: IndicatorDefinition = {
  key: 'incidents-logged',
  unit: 'count',
  higherIsBetter: false,
  detailHref: (commune) => `/ma-commune?commune=${commune}#incidents`,
  compute: async ({ payload, today }) => {
    const span = lastTwelveMonths(today)
    const [ids, incidents] = await Promise.all([
      allCommuneIds(payload),
      payload.find({
        collection: 'digital-incidents',
        where: { occurredOn: roughlyWithin(span) },
        limit: 0,
        pagination: false,
        depth: 0,
        select: { commune: true, occurredOn: true },
      }),
    ])
    return countPerCommune(
      ids,
      incidents.docs.filter((i) => within(i.occurredOn, span)).map((i) => i.commune as number),
    )
  },
}
