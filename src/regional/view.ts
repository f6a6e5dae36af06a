import type { Payload } from 'payload'

import { allAsUser } from '@/auth/asUser'
import { type ChecklistGuide, type MatrixRead, readCompletionMatrix } from '@/checklists/matrix'
import { idOf } from '@/fields/idOf'
import { defaultLocale, type UiLocale } from '@/i18n/locales'
import { translatorFor } from '@/i18n/translator'
import { anonymousCount, anonymousMedian } from '@/indicators/anonymity'
import { indicators } from '@/indicators/registry'
import { loadIndicatorTrend } from '@/indicators/trend'
import type { IndicatorUnit } from '@/indicators/types'
import { indicatorWords } from '@/indicators/words'
import type { User } from '@/payload-types'

import { pictureAudience } from './audience'
import { classesFor, classOf, type ValueClass } from './classes'
import { anonymousDistribution } from './distribution'

/** How the matrix is sorted: by commune name, by the overall completion or by one guide's column. */
export type MatrixSort = { by: string; dir: 'asc' | 'desc' }

/** The sort from the address (`?tri=commune|global|guide-<id>&ordre=asc|desc`); anything else sorts by commune. */
export function parseMatrixSort(params: Record<string, string | string[] | undefined>, guides: { id: number }[]): MatrixSort {
  const by = typeof params.tri === 'string' ? params.tri : 'commune'
  const known = by === 'commune' || by === 'global' || guides.some((guide) => by === `guide-${guide.id}`)
  const dir = params.ordre === 'desc' ? 'desc' : 'asc'
  return known ? { by, dir } : { by: 'commune', dir: 'asc' }
}

export type MatrixRow = { id: number; name: string; overall: number | null; perGuide: Record<number, number> }

/** The rows sorted as asked; ties (and communes without value) by name, so the order is stable. */
export function sortRows(rows: MatrixRow[], sort: MatrixSort): MatrixRow[] {
  const valueOf = (row: MatrixRow) =>
    sort.by === 'global' ? row.overall : sort.by.startsWith('guide-') ? (row.perGuide[Number(sort.by.slice(6))] ?? null) : null
  const sign = sort.dir === 'desc' ? -1 : 1
  return [...rows].sort((a, b) => {
    if (sort.by !== 'commune') {
      const [va, vb] = [valueOf(a), valueOf(b)]
      if (va !== vb) {
        if (va === null) return 1
        if (vb === null) return -1
        return sign * (va - vb)
      }
      return a.name.localeCompare(b.name, 'fr')
    }
    return sign * a.name.localeCompare(b.name, 'fr')
  })
}

/**
 * The communes × guides matrix as rows for CSV and XLSX: header (in the language of the person downloading it), then
 * one row per commune in the order given.
 */
export function matrixTable(guides: ChecklistGuide[], rows: MatrixRow[], locale: UiLocale = defaultLocale): (string | number)[][] {
  const t = translatorFor(locale, 'region.export')
  return [
    [t('commune'), t('allChecklists'), ...guides.map((guide) => t('guide', { title: guide.title }))],
    ...rows.map((row) => [row.name, row.overall ?? '', ...guides.map((guide) => row.perGuide[guide.id] ?? '')]),
  ]
}

/** What Relais holds per commune, counted for « n’a rien commencé » (the definition the page shows: `region.notStartedDefinition`). */
const startedSources = [
  'checklist-progress',
  'commune-registers',
  'digital-decisions',
  'digital-incidents',
  'contracts',
  'commune-tools',
] as const

type Read = MatrixRead
const fullAccess: Read = { limit: 0, pagination: false, depth: 0 }

async function startedCommunes(payload: Payload, read: Read): Promise<Set<number>> {
  const lists = await Promise.all(
    startedSources.map((collection) => payload.find({ collection, ...read, select: { commune: true } as never })),
  )
  return new Set(lists.flatMap((list) => list.docs.map((doc) => idOf((doc as { commune: unknown }).commune))))
}

export type IndicatorSummary = {
  key: string
  label: string
  definition: string
  unit: IndicatorUnit
  higherIsBetter: boolean
  /** Regional median now (anonymity rule: `null` under 3 communes with a value). */
  median: number | null
  /** Regional median of the snapshot a year ago (same rule), and its month; `null` without snapshot. */
  yearAgo: { month: string; median: number | null } | null
  /** Each commune's value now: staff only. */
  values?: Map<number, number | null>
}

/** A year before `today`, same day. */
const yearBefore = (today: Date) => new Date(Date.UTC(today.getUTCFullYear() - 1, today.getUTCMonth(), Math.min(today.getUTCDate(), 28)))

async function indicatorSummaries(payload: Payload, today: Date, withValues: boolean, locale: UiLocale): Promise<IndicatorSummary[]> {
  const past = yearBefore(today)
  const [trend, values] = await Promise.all([
    loadIndicatorTrend(payload, past, past),
    Promise.all(indicators.map((indicator) => indicator.compute({ payload, today }))),
  ])
  return indicators.map((indicator, index) => {
    const point = trend.find((t) => t.key === indicator.key)?.points.at(-1)
    return {
      key: indicator.key,
      ...indicatorWords(indicator, locale),
      unit: indicator.unit,
      higherIsBetter: indicator.higherIsBetter,
      median: anonymousMedian(values[index].values()),
      yearAgo: point ? { month: point.month, median: point.median } : null,
      ...(withValues ? { values: values[index] } : {}),
    }
  })
}

export type StaffPicture = {
  audience: 'staff'
  guides: ChecklistGuide[]
  rows: MatrixRow[]
  sort: MatrixSort
  indicators: IndicatorSummary[]
  notStarted: string[]
}

export type GuideDistribution = {
  id: number
  title: string
  slug: string
  median: number | null
  /** Communes per class of completion, each `null` when 1 or 2 communes stand behind it (`anonymousDistribution`). */
  classes: { valueClass: ValueClass; count: number | null }[]
}

export type CopilPicture = {
  audience: 'copil'
  communes: number
  guides: GuideDistribution[]
  indicators: IndicatorSummary[]
  /** How many communes have not started anything (`null` when 1 or 2). */
  notStarted: number | null
}

async function readMatrix(payload: Payload, read: Read) {
  const { guides, communes, matrix } = await readCompletionMatrix(payload, read)
  const rows: MatrixRow[] = communes.map((commune) => {
    const row = matrix.get(commune.id)!
    return { id: commune.id, name: commune.name, overall: row.overall, perGuide: Object.fromEntries(row.perGuide) }
  })
  return { guides, rows }
}

/** The matrix alone, sorted, read as a coordinator (the exports). */
export async function loadCompletionMatrix(payload: Payload, user: User, params: Record<string, string | string[] | undefined>) {
  const { guides, rows } = await readMatrix(payload, allAsUser(user))
  const sort = parseMatrixSort(params, guides)
  return { guides, rows: sortRows(rows, sort), sort }
}

/**
 * The regional picture for `user`: staff get the matrix read as themselves, every indicator per commune and the
 * communes not started by name; the COPIL gets aggregates only (computed with full access, then each hidden when
 * fewer than 3 communes stand behind it); anyone else `null`. Words (indicators, classes) in `locale`.
 */
export async function loadRegionalPicture(
  payload: Payload,
  user: User,
  params: Record<string, string | string[] | undefined>,
  today = new Date(),
  locale: UiLocale = defaultLocale,
): Promise<StaffPicture | CopilPicture | null> {
  const audience = pictureAudience(user)
  if (!audience) return null
  if (audience === 'staff') {
    const read = allAsUser(user)
    const [{ guides, rows, sort }, started, summaries] = await Promise.all([
      loadCompletionMatrix(payload, user, params),
      startedCommunes(payload, read),
      indicatorSummaries(payload, today, true, locale),
    ])
    const notStarted = [...rows].sort((a, b) => a.name.localeCompare(b.name, 'fr')).filter((row) => !started.has(row.id))
    return { audience, guides, rows, sort, indicators: summaries, notStarted: notStarted.map((row) => row.name) }
  }
  const [{ guides, rows }, started, summaries] = await Promise.all([
    readMatrix(payload, fullAccess),
    startedCommunes(payload, fullAccess),
    indicatorSummaries(payload, today, false, locale),
  ])
  const classes = classesFor('percent', [], locale)
  return {
    audience,
    communes: rows.length,
    guides: guides.map((guide) => {
      const values = rows.map((row) => row.perGuide[guide.id] ?? null)
      const counts = anonymousDistribution(classes.map((c) => values.filter((value) => classOf(value, classes)?.level === c.level).length))
      return {
        id: guide.id,
        title: guide.title,
        slug: guide.slug,
        median: anonymousMedian(values),
        classes: classes.map((valueClass, index) => ({ valueClass, count: counts[index]! })),
      }
    }),
    indicators: summaries,
    notStarted: anonymousCount(rows.filter((row) => !started.has(row.id)).length),
  }
}
