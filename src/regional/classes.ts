import { defaultLocale, type UiLocale } from '@/i18n/locales'
import { translatorFor } from '@/i18n/translator'
import type { IndicatorUnit } from '@/indicators/types'

/** One class of values on the map and in the matrix: its bounds in words and what it means. */
export type ValueClass = {
  /** 1 (lowest values) to 4 (highest): the shade on the map (`shade-<n>`) and the colour of a matrix cell (`level-<n>`). */
  level: 1 | 2 | 3 | 4
  /** Lowest and highest value of the class, both included. */
  min: number
  max: number
  /** Bounds in words, e.g. « 25 à 49 % ». */
  bounds: string
  /** What it means, e.g. « entre un quart et la moitié ». */
  meaning: string
}

/** Shown for a commune without a value (the indicator does not apply, nothing to count): never a colour of a class. */
export const noDataLabel = (locale: UiLocale = defaultLocale) => translatorFor(locale, 'region.classes')('noData')

/**
 * The classes of an indicator, in words in `locale`. Shares use fixed quarters (comparable from one month to the
 * next); yes/no two classes; counts « aucun » then three equal steps up to the highest value of the region (at most 4
 * classes, fewer when the counts are small).
 */
export function classesFor(unit: IndicatorUnit, values: Iterable<number | null>, locale: UiLocale = defaultLocale): ValueClass[] {
  const t = translatorFor(locale, 'region.classes')
  const range = (from: number | string, to: number | string) => t('range', { from: String(from), to: String(to) })
  if (unit === 'percent')
    return [
      { level: 1, min: 0, max: 24, bounds: `${range(0, 24)} %`, meaning: t('percent.1') },
      { level: 2, min: 25, max: 49, bounds: `${range(25, 49)} %`, meaning: t('percent.2') },
      { level: 3, min: 50, max: 74, bounds: `${range(50, 74)} %`, meaning: t('percent.3') },
      { level: 4, min: 75, max: 100, bounds: `${range(75, 100)} %`, meaning: t('percent.4') },
    ]
  if (unit === 'yesno')
    return [
      { level: 1, min: 0, max: 0, bounds: t('no'), meaning: t('yesno.no') },
      { level: 4, min: 1, max: 1, bounds: t('yes'), meaning: t('yesno.yes') },
    ]
  const max = Math.max(0, ...[...values].filter((v): v is number => typeof v === 'number'))
  const classes: ValueClass[] = [{ level: 1, min: 0, max: 0, bounds: '0', meaning: t('count.none') }]
  for (let step = 1; step <= 3; step++) {
    const from = Math.floor(((step - 1) * max) / 3) + 1
    const to = Math.floor((step * max) / 3)
    if (from > to) continue
    classes.push({
      level: (step + 1) as 2 | 3 | 4,
      min: from,
      max: to,
      bounds: from === to ? String(from) : range(from, to),
      meaning: t(`count.${step}`),
    })
  }
  return classes
}

/** The class of a value (`null`: no data). Values between two classes' bounds (decimals) go to the lower one. */
export function classOf(value: number | null | undefined, classes: ValueClass[]): ValueClass | null {
  if (typeof value !== 'number' || !Number.isFinite(value)) return null
  const rounded = Math.round(value)
  return [...classes].reverse().find((c) => rounded >= c.min) ?? classes[0] ?? null
}

/** A value in words with its unit: « 42 % », « 3 », « Oui ». */
export function formatValue(value: number | null | undefined, unit: IndicatorUnit, locale: UiLocale = defaultLocale): string {
  if (typeof value !== 'number' || !Number.isFinite(value)) return noDataLabel(locale)
  if (unit === 'percent') return `${Math.round(value)} %`
  if (unit === 'yesno') return translatorFor(locale, 'region.classes')(value >= 1 ? 'yes' : 'no')
  return String(Math.round(value * 10) / 10)
}
