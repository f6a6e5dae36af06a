import { idOf } from '@/fields/idOf'

import { allCommuneIds, percent } from './communes'
import { lastTwelveMonths, roughlyWithin, within } from './period'
import type { IndicatorDefinition } from './types'

/** The share of the regional alerts of the last twelve months the commune marked as checked. */
export const alertsChecked: IndicatorDefinition = {
  key: 'alerts-checked',
  unit: 'percent',
  higherIsBetter: true,
  detailHref: () => '/alertes',
  compute: async ({ payload, today }) => {
    const span = lastTwelveMonths(today)
    const read = { limit: 0, pagination: false, depth: 0 } as const
    const [ids, alerts] = await Promise.all([
      allCommuneIds(payload),
      payload.find({
        collection: 'regional-alerts',
        ...read,
        where: { status: { equals: 'published' }, publishedAt: roughlyWithin(span) },
        select: { publishedAt: true },
      }),
    ])
    const published = alerts.docs.filter((alert) => within(alert.publishedAt, span)).map((alert) => alert.id)
    const checked = new Map<number, Set<number>>()
    if (published.length > 0) {
      const acknowledgements = await payload.find({
        collection: 'alert-acknowledgements',
        ...read,
        where: { alert: { in: published } },
        select: { alert: true, commune: true },
      })
      for (const ack of acknowledgements.docs) {
        const commune = idOf(ack.commune)
        checked.set(commune, (checked.get(commune) ?? new Set()).add(idOf(ack.alert)))
      }
    }
    return new Map(ids.map((id) => [id, percent(checked.get(id)?.size ?? 0, published.length)]))
  },
}
