/**
 * The region's view of providers (issue 23, measure 11): per provider, how many communes and contracts, the
 * contract checklist's gaps most frequent first, and the notice deadlines of the next twelve months. What makes
 * a joint negotiation or purchase possible. Pure: the loader (src/providers/view.ts) reads, this computes.
 *
 * Two audiences. The coordination sees the communes by name. The COPIL sees no commune at all: no name, no
 * service (typed by the commune, it may name it), deadlines by month only, and every count of communes under
 * `anonymityThreshold` reads « moins de 3 »; a provider with fewer communes than that shows nothing more.
 */
import { type AccessUser, hasRole, isStaff } from '@/access/roles'
import { type ContractAnswer, gapAnswers } from '@/contracts/vocabulary'
import { messageAt } from '@/i18n/labels'
import { defaultLocale, type UiLocale } from '@/i18n/locales'
import { translatorFor } from '@/i18n/translator'

export const anonymityThreshold = 3
/** The marker of a count under the threshold (« moins de 3 »): the default language's words, shown translated. */
export const fewerThanThreshold = messageAt(defaultLocale, 'providers.fewerThanThreshold')

export type Audience = 'coordination' | 'copil'

/** Who sees the region's view of providers: the coordination (communes named) and the COPIL (anonymised); nobody else. */
export const providerAudience = (user: AccessUser): Audience | null =>
  isStaff(user) ? 'coordination' : hasRole(user, 'copil') ? 'copil' : null

/** A commune count as the audience reads it. */
export type CommuneCount = number | typeof fewerThanThreshold

export type ContractFacts = {
  id: number
  provider: number
  commune: number
  service: string
  noticeDeadline?: string | null
  answers: { criterion: number; answer: ContractAnswer }[]
}

/** A checklist point left open (partly, no, unknown): in how many contracts (coordination only) and communes. */
export type Gap = { criterion: number; title: string; contracts: number | null; communes: CommuneCount }
export type Deadline = { day: string; contract: number; commune: string; service: string }
export type DeadlineMonth = { month: string; contracts: number }

export type RegionalProvider = {
  id: number
  name: string
  communes: CommuneCount
  /** Coordination only: the communes by name. */
  communeNames: string[] | null
  /** Null when the provider is masked for the COPIL (fewer communes than the threshold). */
  contracts: number | null
  gaps: Gap[] | null
  /** Coordination: each deadline with its commune and service. */
  deadlines: Deadline[] | null
  /** COPIL: how many deadlines fall in each month. */
  deadlineMonths: DeadlineMonth[] | null
  masked: boolean
}

export type RegionalInput = {
  audience: Audience
  providers: { id: number; name: string }[]
  contracts: ContractFacts[]
  criteria: { id: number; title: string }[]
  /** Coordination only: commune names by id (never given for the COPIL). */
  communeNames?: Map<number, string>
  /** Today in Zurich, YYYY-MM-DD. */
  today: string
}

/** The same day twelve months later (29 February → 28 February). */
export function inTwelveMonths(day: string): string {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number]
  const last = new Date(Date.UTC(year + 1, month, 0)).getUTCDate()
  return `${year + 1}-${String(month).padStart(2, '0')}-${String(Math.min(date, last)).padStart(2, '0')}`
}

const masked = (audience: Audience, communes: number) => audience === 'copil' && communes < anonymityThreshold
const countFor = (audience: Audience, communes: number): CommuneCount =>
  audience === 'copil' && communes < anonymityThreshold ? fewerThanThreshold : communes

/** Providers with at least one contract, most communes first (masked ones last, by name). */
export function regionalProviders(input: RegionalInput): RegionalProvider[] {
  const { audience, today } = input
  const until = inTwelveMonths(today)
  const order = new Map(input.criteria.map((c, index) => [c.id, index]))
  const title = new Map(input.criteria.map((c) => [c.id, c.title]))
  const rows: RegionalProvider[] = []
  for (const provider of input.providers) {
    const contracts = input.contracts.filter((c) => c.provider === provider.id)
    if (!contracts.length) continue
    const communes = new Set(contracts.map((c) => c.commune))
    if (masked(audience, communes.size)) {
      rows.push({
        id: provider.id,
        name: provider.name,
        communes: fewerThanThreshold,
        communeNames: null,
        contracts: null,
        gaps: null,
        deadlines: null,
        deadlineMonths: null,
        masked: true,
      })
      continue
    }
    const coordination = audience === 'coordination'
    const gapsBy = new Map<number, { contracts: number; communes: Set<number> }>()
    for (const contract of contracts)
      for (const answer of contract.answers) {
        if (!gapAnswers.includes(answer.answer) || !title.has(answer.criterion)) continue
        const gap = gapsBy.get(answer.criterion) ?? { contracts: 0, communes: new Set<number>() }
        gap.contracts++
        gap.communes.add(contract.commune)
        gapsBy.set(answer.criterion, gap)
      }
    const gaps = [...gapsBy.entries()]
      .map(([criterion, gap]) => ({
        criterion,
        title: title.get(criterion)!,
        contracts: gap.contracts,
        communes: countFor(audience, gap.communes.size),
        sortCommunes: gap.communes.size,
      }))
      .sort((a, b) => b.contracts - a.contracts || b.sortCommunes - a.sortCommunes || order.get(a.criterion)! - order.get(b.criterion)!)
      .map(({ sortCommunes: _, ...gap }) => (coordination ? gap : { ...gap, contracts: null }))
    const coming = contracts
      .filter((c) => c.noticeDeadline && c.noticeDeadline.slice(0, 10) >= today && c.noticeDeadline.slice(0, 10) < until)
      .map((c) => ({ ...c, day: c.noticeDeadline!.slice(0, 10) }))
      .sort((a, b) => a.day.localeCompare(b.day) || a.id - b.id)
    const months = new Map<string, number>()
    for (const c of coming) months.set(c.day.slice(0, 7), (months.get(c.day.slice(0, 7)) ?? 0) + 1)
    rows.push({
      id: provider.id,
      name: provider.name,
      communes: countFor(audience, communes.size),
      communeNames: coordination
        ? [...communes].map((id) => input.communeNames?.get(id) ?? '').sort((a, b) => a.localeCompare(b, 'fr'))
        : null,
      contracts: contracts.length,
      gaps,
      deadlines: coordination
        ? coming.map((c) => ({ day: c.day, contract: c.id, commune: input.communeNames?.get(c.commune) ?? '', service: c.service }))
        : null,
      deadlineMonths: coordination ? null : [...months.entries()].map(([month, count]) => ({ month, contracts: count })),
      masked: false,
    })
  }
  const size = (row: RegionalProvider) => (typeof row.communes === 'number' ? row.communes : 0)
  return rows.sort(
    (a, b) =>
      Number(a.masked) - Number(b.masked) ||
      size(b) - size(a) ||
      (b.contracts ?? 0) - (a.contracts ?? 0) ||
      a.name.localeCompare(b.name, 'fr'),
  )
}

/** A translator of the `providers` namespace (a page's `getTranslations('providers')`, or `translatorFor`). */
export type Words = (key: string, values?: Record<string, string | number>) => string
const wordsIn = (locale: UiLocale): Words => translatorFor(locale, 'providers')

/** « 1 contrat », « 4 contrats ». */
export const contractsWord = (n: number, t: Words = wordsIn(defaultLocale)) => t('words.contracts', { count: n })
/** « 1 commune », « 3 communes », « moins de 3 communes ». */
export const communesWord = (count: CommuneCount, t: Words = wordsIn(defaultLocale)) =>
  typeof count === 'number' ? t('words.communes', { count }) : t('words.fewerCommunes', { threshold: anonymityThreshold })
/** A count of communes in a cell: the number, or « moins de 3 ». */
const countCell = (count: CommuneCount, t: Words) => (typeof count === 'number' ? count : t('fewerThanThreshold'))

/** « 30.11.2026 » from YYYY-MM-DD, without a time zone to go wrong. */
const swissDay = (day: string) => day.split('-').reverse().join('.')
/** « 03.2027 » from YYYY-MM. */
const swissMonth = (month: string) => month.split('-').reverse().join('.')

/**
 * The view as a table for CSV and Excel: headers and words in the language of whoever downloads it (French by
 * default), one row per provider, the same anonymity as the page.
 */
export function regionalTable(rows: RegionalProvider[], audience: Audience, locale: UiLocale = defaultLocale): (string | number)[][] {
  const t = wordsIn(locale)
  const coordination = audience === 'coordination'
  const header = [
    t('table.provider'),
    t('table.communes'),
    ...(coordination ? [t('table.communeNames')] : []),
    t('table.contracts'),
    t('table.gaps'),
    t('table.deadlines'),
  ]
  const gaps = (row: RegionalProvider) =>
    (row.gaps ?? [])
      .map((gap) => `${gap.title} (${coordination ? `${contractsWord(gap.contracts ?? 0, t)}, ` : ''}${communesWord(gap.communes, t)})`)
      .join(' ; ')
  const deadlines = (row: RegionalProvider) =>
    coordination
      ? (row.deadlines ?? []).map((d) => `${swissDay(d.day)} ${d.commune} — ${d.service}`).join(' ; ')
      : (row.deadlineMonths ?? [])
          .map((m) => t('table.month', { month: swissMonth(m.month), contracts: contractsWord(m.contracts, t) }))
          .join(' ; ')
  return [
    header,
    ...rows.map((row) => [
      row.name,
      countCell(row.communes, t),
      ...(coordination ? [(row.communeNames ?? []).join(', ')] : []),
      row.masked ? '' : (row.contracts ?? 0),
      gaps(row),
      deadlines(row),
    ]),
  ]
}
