import type { Payload } from 'payload'

import { communeOf, isStaff } from '@/access/roles'
import { translatorFor } from '@/i18n/translator'
import type { User } from '@/payload-types'
import { done, type Result, refuse } from '@/result'

import { anonymousMedian } from './anonymity'
import { indicators } from './registry'
import { type TrainingRow, trainingByCommune, trainingRows } from './training'
import type { IndicatorUnit } from './types'
import { indicatorWords } from './words'

/**
 * The request's language (French outside a request), read lazily: specs load this module before the Payload config
 * can be, and the request's language module loads that config itself.
 */
const currentLocale = async () => (await import('@/i18n/server')).currentLocale()

/** One card of the cockpit: the commune's own value and the region's median, never another commune's value. */
export type CockpitItem = {
  key: string
  label: string
  definition: string
  unit: IndicatorUnit
  higherIsBetter: boolean
  href: string
  value: number | null
  /** The median over every commune with a value; null when fewer than 3 communes stand behind it. */
  median: number | null
  /** For a yes/no indicator: the share of communes answering yes (same threshold), which reads better than a median. */
  regionalShare: number | null
}

export type Cockpit = { commune: number; items: CockpitItem[]; training: TrainingRow[] }

/** Whether `user` may see `commune`'s own values: its members and the coordination (staff) only. */
export const maySeeCommune = (user: User | null | undefined, commune: number) =>
  Boolean(user) && (isStaff(user) || communeOf(user) === commune)

/**
 * The commune cockpit (issue 25, §2): each indicator of the registry for one commune, with the regional median.
 * The indicators are computed for every commune at once (a handful of queries each, not one per commune); only the
 * commune's own value and the anonymous aggregates leave this function. Refused (403) to anyone but the commune's
 * members and the coordination.
 */
export async function loadCockpit(
  payload: Payload,
  user: User,
  commune: number,
  today = new Date(),
): Promise<Result<{ cockpit: Cockpit }>> {
  if (!maySeeCommune(user, commune)) return refuse(403, translatorFor(await currentLocale(), 'indicators')('cockpitForbidden'))
  const [values, training] = await Promise.all([
    Promise.all(indicators.map((indicator) => indicator.compute({ payload, today }))),
    trainingByCommune(payload, today),
  ])
  const locale = await currentLocale()
  const items = indicators.map((indicator, index): CockpitItem => {
    const all = values[index]!
    const median = anonymousMedian(all.values())
    const present = [...all.values()].filter((v): v is number => typeof v === 'number')
    return {
      key: indicator.key,
      ...indicatorWords(indicator, locale),
      unit: indicator.unit,
      higherIsBetter: indicator.higherIsBetter,
      href: indicator.detailHref(commune),
      value: all.get(commune) ?? null,
      median,
      regionalShare:
        indicator.unit === 'yesno' && median !== null ? Math.round((100 * present.filter((v) => v > 0).length) / present.length) : null,
    }
  })
  return done('', { cockpit: { commune, items, training: trainingRows(training.get(commune)) } })
}
