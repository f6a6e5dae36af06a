import { allCommuneIds, countPerCommune } from './communes'
import { lastTwelveMonths, roughlyWithin, within } from './period'
import type { IndicatorDefinition } from './types'

/** How many incidents the commune logged over the last twelve months. */
export const incidentsLogged: IndicatorDefinition = {
  key: 'incidents-logged',
  label: 'Incidents notés (12 mois)',
  definition:
    'Nombre d’incidents numériques notés dans le journal des incidents de la commune, survenus dans les 12 derniers mois (jusqu’à aujourd’hui). Un chiffre bas ne prouve pas l’absence d’incident : chaque incident doit y être noté. Source : journal des incidents de la commune dans Relais (Ma commune).',
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
