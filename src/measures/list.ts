import type { Payload, Where } from 'payload'

import { allAsUser } from '@/auth/asUser'
import { asReadable, contentViewer, readableNames } from '@/cache/people'
import { sharedRead } from '@/cache/shared'
import { inLocale, readingLocale, type Shown, withLanguage } from '@/content/language'
import type { Locale, UiLocale } from '@/i18n/locales'
import { translatorFor } from '@/i18n/translator'
import type { Measure, User } from '@/payload-types'

import { measureAxisKeys, measureLabels, measureStatusKeys, priorities } from './vocabulary'

export type MeasureFilters = { axis?: string; priority?: string; status?: string; partner?: string; sort: 'rank' | 'number' }

type Get = (name: string) => string | null | undefined

/** Reads the list's filters from a URL; unknown values are dropped rather than failing the page. */
export function measureFilters(get: Get): MeasureFilters {
  const pick = (name: string, allowed: readonly string[]) => {
    const value = get(name) ?? ''
    return allowed.includes(value) ? value : undefined
  }
  const partner = (get('partenaire') ?? '').trim().slice(0, 80) || undefined
  return {
    axis: pick('axe', measureAxisKeys),
    priority: pick('priorite', priorities),
    status: pick('etat', measureStatusKeys),
    partner,
    sort: get('tri') === 'numero' ? 'number' : 'rank',
  }
}

/** The same filters as URL parameters (for exports and links that keep them). */
export function filterQuery(filters: MeasureFilters): string {
  const params = new URLSearchParams()
  if (filters.axis) params.set('axe', filters.axis)
  if (filters.priority) params.set('priorite', filters.priority)
  if (filters.status) params.set('etat', filters.status)
  if (filters.partner) params.set('partenaire', filters.partner)
  if (filters.sort === 'number') params.set('tri', 'numero')
  const query = params.toString()
  return query ? `?${query}` : ''
}

/** The measures the user may read (all members may), filtered and sorted, with their owner's name. */
export async function findMeasures(payload: Payload, user: User, filters: MeasureFilters, given?: Locale): Promise<Shown<Measure>[]> {
  const locale = await readingLocale(given)
  const and: Where[] = []
  if (filters.axis) and.push({ axis: { equals: filters.axis } })
  if (filters.priority) and.push({ priority: { equals: filters.priority } })
  if (filters.status) and.push({ status: { equals: filters.status } })
  if (filters.partner) and.push({ partners: { like: filters.partner } })
  // Every member reads the same measures: kept in the shared cache without their owners, whose names are read for
  // each request as the person (who may or may not read those accounts).
  const docs = await sharedRead(payload, ['measures'], `${contentViewer(user)}|${locale}|${JSON.stringify(filters)}`, async () => {
    const { docs: found } = await payload.find({
      collection: 'measures',
      ...allAsUser(user),
      ...inLocale(locale),
      depth: 0,
      where: and.length ? { and } : undefined,
      sort: filters.sort === 'number' ? 'number' : ['rank', 'number'],
    })
    return withLanguage(payload, user, 'measures', found, 'title', locale)
  })
  const names = await readableNames(
    payload,
    user,
    docs.map((measure) => measure.owner),
  )
  return docs.map((measure) => ({ ...measure, owner: asReadable(names, measure.owner) as Measure['owner'] }))
}

export const ownerName = (measure: Measure) => (typeof measure.owner === 'object' && measure.owner ? measure.owner.name : '')

/**
 * The table exported as CSV and Excel, in the language of the person downloading it: the columns of the strategy's
 * list, then where each measure stands.
 */
export function measureTable(measures: Measure[], locale: UiLocale): (string | number)[][] {
  const t = translatorFor(locale, 'measures.export')
  const labels = measureLabels(locale)
  const columns = ['number', 'rank', 'axis', 'priority', 'measure', 'partners', 'deliverable', 'status', 'progress', 'owner'] as const
  return [
    columns.map((column) => t(column)),
    ...measures.map((m) => [
      m.number,
      m.rank,
      labels.axes[m.axis],
      `${m.priority} – ${labels.priorities[m.priority].label}`,
      m.title,
      m.partners ?? '',
      m.deliverable ?? '',
      labels.statuses[m.status],
      m.progress,
      ownerName(m),
    ]),
  ]
}

export type Overview = { axis: string; label: string; cells: { priority: string; count: number; progress: number | null }[] }[]

/** Counts and average progress by axis × priority, over the listed measures (axes named in `locale`). */
export function overview(measures: Measure[], locale: UiLocale): Overview {
  const { axes } = measureLabels(locale)
  return measureAxisKeys.map((axis) => ({
    axis,
    label: axes[axis],
    cells: priorities.map((priority) => {
      const inCell = measures.filter((m) => m.axis === axis && m.priority === priority)
      const progress = inCell.length ? Math.round(inCell.reduce((sum, m) => sum + m.progress, 0) / inCell.length) : null
      return { priority, count: inCell.length, progress }
    }),
  }))
}
