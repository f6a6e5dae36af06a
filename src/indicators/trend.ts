import type { Payload } from 'payload'

import { isStaff } from '@/access/roles'
import { idOf } from '@/fields/idOf'
import { defaultLocale, type UiLocale } from '@/i18n/locales'
import type { User } from '@/payload-types'

import { anonymousMedian } from './anonymity'
import { indicators } from './registry'
import { monthOf } from './snapshots'
import type { IndicatorUnit } from './types'
import { indicatorWords } from './words'

/** One month of one indicator, from the monthly snapshots. */
export type TrendPoint = {
  /** « AAAA-MM » (Zurich time). */
  month: string
  /** Median over the communes with a value that month; `null` when fewer than 3 communes have one (anonymity rule). */
  median: number | null
  /** How many communes had a value that month (shown only beside a median, which already needs 3). */
  communes: number
  /**
   * Each commune's value that month, by commune id (`null`: the indicator did not apply). Only when the caller
   * passed a staff user: never for the COPIL, other members or a report.
   */
  byCommune?: Map<number, number | null>
}

/** An indicator of the registry with its snapshots between two dates, oldest month first. */
export type IndicatorTrend = { key: string; label: string; unit: IndicatorUnit; higherIsBetter: boolean; points: TrendPoint[] }

/**
 * The trend of every registry indicator between `from` and `to` (both months included, Zurich time), from the
 * `indicator-snapshots` collection: per indicator (in the registry's order), one point per month that has a snapshot,
 * with the regional median under the anonymity rule. Months without snapshot are left out (the job had not run).
 * `viewer`: when a coordinator or an admin, each point also carries the per-commune values (`byCommune`); without a
 * viewer (a report, the COPIL) only aggregates come back. Labels in `locale`. Reads with the Local API's full access: it is an aggregate.
 */
export async function loadIndicatorTrend(
  payload: Payload,
  from: Date,
  to: Date,
  viewer?: User | null,
  locale: UiLocale = defaultLocale,
): Promise<IndicatorTrend[]> {
  const { docs } = await payload.find({
    collection: 'indicator-snapshots',
    where: { and: [{ month: { greater_than_equal: monthOf(from) } }, { month: { less_than_equal: monthOf(to) } }] },
    sort: 'month',
    limit: 0,
    pagination: false,
    depth: 0,
    select: { indicator: true, commune: true, month: true, value: true },
  })
  const perCommune = isStaff(viewer)
  return indicators.map((indicator) => {
    const months = new Map<string, Map<number, number | null>>()
    for (const doc of docs) {
      if (doc.indicator !== indicator.key) continue
      const values = months.get(doc.month) ?? new Map<number, number | null>()
      months.set(doc.month, values)
      values.set(idOf(doc.commune), typeof doc.value === 'number' ? doc.value : null)
    }
    const points = [...months]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([month, values]): TrendPoint => {
        const present = [...values.values()].filter((value): value is number => value !== null)
        return { month, median: anonymousMedian(present), communes: present.length, ...(perCommune ? { byCommune: values } : {}) }
      })
    return {
      key: indicator.key,
      label: indicatorWords(indicator, locale).label,
      unit: indicator.unit,
      higherIsBetter: indicator.higherIsBetter,
      points,
    }
  })
}
