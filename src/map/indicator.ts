import type { Payload } from 'payload'

import { isStaff } from '@/access/roles'
import type { UiLocale } from '@/i18n/locales'
import { indicatorByKey, indicators } from '@/indicators/registry'
import type { IndicatorDefinition } from '@/indicators/types'
import { type IndicatorWords, indicatorWords } from '@/indicators/words'
import type { User } from '@/payload-types'
import { classesFor, classOf, formatValue, noDataLabel, type ValueClass } from '@/regional/classes'

/** The choices of the map's « Colorer selon » select: every indicator of the registry, by key (labels in `locale`). */
export const indicatorChoices = (locale: UiLocale): Record<string, string> =>
  Object.fromEntries(indicators.map((i) => [i.key, indicatorWords(i, locale).label]))

/** Who may colour the map by an indicator: coordinators and admins, who may see every commune's value. */
export const colorsByIndicator = (user: User) => isStaff(user)

export type CommuneShade = { level: ValueClass['level'] | null; value: string }

export type IndicatorShading = {
  indicator: Pick<IndicatorDefinition, 'key' | 'unit' | 'higherIsBetter'> & IndicatorWords
  classes: (ValueClass & { communes: number })[]
  /** Communes without a value. */
  noData: number
  /** Class and value in words, by commune id. */
  byCommune: Map<number, CommuneShade>
}

/**
 * The map's shading by the indicator `key` (`?indicateur=` on /carte): each commune's class and value in words. Only
 * for staff (any other person gets `null`: the map of initiatives), and `null` for a key not in the registry. In `locale`.
 */
export async function loadIndicatorShading(
  payload: Payload,
  user: User,
  key: string | undefined,
  locale: UiLocale,
  today = new Date(),
): Promise<IndicatorShading | null> {
  if (!key || !colorsByIndicator(user)) return null
  const indicator = indicatorByKey(key)
  if (!indicator) return null
  const values = await indicator.compute({ payload, today })
  const classes = classesFor(indicator.unit, values.values(), locale)
  const byCommune = new Map<number, CommuneShade>()
  for (const [commune, value] of values)
    byCommune.set(commune, { level: classOf(value, classes)?.level ?? null, value: formatValue(value, indicator.unit, locale) })
  const counted = [...byCommune.values()]
  return {
    indicator: {
      key: indicator.key,
      ...indicatorWords(indicator, locale),
      unit: indicator.unit,
      higherIsBetter: indicator.higherIsBetter,
    },
    classes: classes.map((c) => ({ ...c, communes: counted.filter((s) => s.level === c.level).length })),
    noData: counted.filter((s) => s.level === null).length,
    byCommune,
  }
}

export { noDataLabel }
