import type { Payload } from 'payload'

import { type AccessUser, hasRole, isStaff } from '@/access/roles'
import { allAsUser } from '@/auth/asUser'
import { defaultLocale, type UiLocale } from '@/i18n/locales'
import { anonymousCount, anonymousMedian } from '@/indicators/anonymity'
import { indicators } from '@/indicators/registry'
import { loadIndicatorTrend } from '@/indicators/trend'
import type { IndicatorUnit } from '@/indicators/types'
import { indicatorWords } from '@/indicators/words'
import type { Measure, User } from '@/payload-types'

import type { ReportPeriod } from './period'

/**
 * Who reads the Comité's report: the coordination (and admins), who generate it, and the Comité (COPIL) members, who
 * receive it. Nobody else: a commune's members have their own page. The report holds aggregates only, the same
 * for all its readers, so it may be attached to a convocation as it is.
 */
export const readsComiteReport = (user: AccessUser) => isStaff(user) || hasRole(user, 'copil')

/** A tracked field's change over the period: its value before the first change and after the last one. */
export type FieldChange = { field: string; from: string; to: string }

export type ReportMeasure = Pick<Measure, 'number' | 'title' | 'axis' | 'priority' | 'rank' | 'status' | 'progress'> & {
  /** How many saves changed the measure during the period. */
  updates: number
  /** What the period changed, field by field (a value changed and changed back is left out). */
  changes: FieldChange[]
}

export type ReportPriorityDecision = {
  decidedAt: string
  measureNumber: number | null
  measureTitle: string
  fromPriority?: string | null
  toPriority?: string | null
  fromRank?: number | null
  toRank?: number | null
  outcome: 'approved' | 'rejected'
  meeting: string
  comment: string
}

export type ReportMeeting = { committee: string; title: string; startsAt: string; status: string }

export type ReportCommitteeDecision = { committee: string; meetingTitle: string; startsAt: string; item: string; decision: string }

export type ReportIndicator = {
  key: string
  label: string
  definition: string
  unit: IndicatorUnit
  /** Regional median today; null when fewer than 3 communes have a value. */
  median: number | null
  /** How many communes have a value; null under the threshold. */
  communes: number | null
  /** The monthly medians of the period (snapshots), oldest first. */
  trend: { month: string; median: number | null }[]
}

export type ReportEvent = {
  title: string
  type: string
  startsAt: string
  /** Confirmed registrations; null when they come from 1 or 2 communes. */
  registered: number | null
  /** Marked present; null when they come from 1 or 2 communes. */
  attended: number | null
  /** Communes among the registered; null when 1 or 2. */
  communes: number | null
  /** Whether the coordination marked attendance at all. */
  attendanceMarked: boolean
}

export type ReportEventTotals = { events: number; registered: number | null; attended: number | null; communes: number | null }

/** Everything the report says, read once; `reportDocument` (document.ts) turns it into the sections both the page and the PDF show. */
export type ReportData = {
  period: ReportPeriod
  generatedAt: string
  measures: ReportMeasure[]
  priorityDecisions: ReportPriorityDecision[]
  meetings: ReportMeeting[]
  committeeDecisions: ReportCommitteeDecision[]
  indicators: ReportIndicator[]
  events: ReportEvent[]
  eventTotals: ReportEventTotals
}

const inPeriod = (field: string, period: ReportPeriod, until: Date = period.end) => ({
  and: [{ [field]: { greater_than_equal: period.start.toISOString() } }, { [field]: { less_than: until.toISOString() } }],
})

const idOf = (value: unknown): number | null =>
  typeof value === 'number' ? value : value && typeof value === 'object' && 'id' in value ? Number((value as { id: unknown }).id) : null

/** The net change of each field over a measure's updates, oldest first. */
export function netChanges(updates: { changes?: { field: string; from?: string | null; to?: string | null }[] | null }[]): FieldChange[] {
  const byField = new Map<string, FieldChange>()
  for (const update of updates)
    for (const change of update.changes ?? []) {
      const known = byField.get(change.field)
      if (known) known.to = change.to ?? ''
      else byField.set(change.field, { field: change.field, from: change.from ?? '', to: change.to ?? '' })
    }
  return [...byField.values()].filter((change) => change.from !== change.to)
}

/**
 * The Comité's report for a period, or null for someone who may not read it. What every member may read is read as
 * the person (measures, their history, priority decisions, meetings and approved minutes that are not confidential,
 * published events), with filters that make it the same for the coordination and the COPIL; registrations and
 * indicators are counted over every commune (an aggregate, like the indicators' own `compute`) and shown only where
 * at least 3 communes stand behind a number. The indicators' words are in `locale`.
 */
export async function loadComiteReport(
  payload: Payload,
  user: User,
  period: ReportPeriod,
  now = new Date(),
  locale: UiLocale = defaultLocale,
): Promise<ReportData | null> {
  if (!readsComiteReport(user)) return null
  const [measures, updates, decisions, meetings, events, indicatorValues, trends] = await Promise.all([
    payload.find({ collection: 'measures', ...allAsUser(user), sort: ['rank', 'number'] }),
    payload.find({ collection: 'measure-updates', ...allAsUser(user), where: inPeriod('createdAt', period), sort: 'createdAt' }),
    payload.find({
      collection: 'priority-changes',
      ...allAsUser(user),
      depth: 1,
      populate: { measures: { number: true, title: true } },
      where: { and: [{ status: { in: ['approved', 'rejected'] } }, inPeriod('decidedAt', period)] },
      sort: ['decidedAt', 'createdAt'],
    }),
    payload.find({
      collection: 'meetings',
      ...allAsUser(user),
      where: { and: [{ status: { in: ['held', 'approved'] } }, inPeriod('startsAt', period)] },
      sort: 'startsAt',
    }),
    payload.find({
      collection: 'events',
      ...allAsUser(user),
      where: {
        and: [
          { _status: { equals: 'published' } },
          { cancelled: { not_equals: true } },
          // Held: begun within the period, and before now.
          inPeriod('startsAt', period, new Date(Math.min(period.end.getTime(), now.getTime()))),
        ],
      },
      sort: 'startsAt',
    }),
    Promise.all(indicators.map((indicator) => indicator.compute({ payload, today: now }))),
    loadIndicatorTrend(payload, period.start, period.end),
  ])

  const updatesOf = new Map<number, typeof updates.docs>()
  for (const update of updates.docs) {
    const id = idOf(update.measure)
    if (id !== null) updatesOf.set(id, [...(updatesOf.get(id) ?? []), update])
  }

  // Minutes every member may read: approved, not confidential (the decisions of a meeting not yet approved come in the next report).
  const approved = meetings.docs.filter((meeting) => meeting.status === 'approved')
  const items = approved.length
    ? await payload.find({
        collection: 'agenda-items',
        ...allAsUser(user),
        where: {
          and: [
            { meeting: { in: approved.map((meeting) => meeting.id) } },
            { meetingStatus: { equals: 'approved' } },
            { confidential: { not_equals: true } },
          ],
        },
        sort: 'position',
      })
    : { docs: [] }
  const meetingById = new Map(approved.map((meeting) => [meeting.id, meeting]))

  // Registrations are private to each person: counted here, over every commune, never listed.
  const registrations = events.docs.length
    ? await payload.find({
        collection: 'registrations',
        overrideAccess: true,
        depth: 0,
        limit: 0,
        pagination: false,
        where: { and: [{ event: { in: events.docs.map((event) => event.id) } }, { status: { equals: 'confirmed' } }] },
        select: { event: true, attended: true, communeName: true },
      })
    : { docs: [] }
  const shown = (count: number, communes: Set<string>) => (communes.size === 0 || anonymousCount(communes.size) !== null ? count : null)
  const all = { registered: 0, attended: 0, communes: new Set<string>(), attendedCommunes: new Set<string>() }
  const reportEvents = events.docs.map((event): ReportEvent => {
    const mine = registrations.docs.filter((registration) => idOf(registration.event) === event.id)
    const communes = new Set(mine.map((r) => r.communeName?.trim()).filter((name): name is string => Boolean(name)))
    const present = mine.filter((r) => r.attended)
    const presentCommunes = new Set(present.map((r) => r.communeName?.trim()).filter((name): name is string => Boolean(name)))
    all.registered += mine.length
    all.attended += present.length
    communes.forEach((name) => all.communes.add(name))
    presentCommunes.forEach((name) => all.attendedCommunes.add(name))
    return {
      title: event.title,
      type: event.type,
      startsAt: event.startsAt,
      registered: shown(mine.length, communes),
      attended: shown(present.length, presentCommunes),
      communes: anonymousCount(communes.size),
      attendanceMarked: present.length > 0,
    }
  })

  return {
    period,
    generatedAt: now.toISOString(),
    measures: measures.docs.map((measure) => {
      const own = updatesOf.get(measure.id) ?? []
      return {
        number: measure.number,
        title: measure.title,
        axis: measure.axis,
        priority: measure.priority,
        rank: measure.rank,
        status: measure.status,
        progress: measure.progress,
        updates: own.length,
        changes: netChanges(own),
      }
    }),
    priorityDecisions: decisions.docs.map((decision) => {
      const measure = typeof decision.measure === 'object' && decision.measure ? decision.measure : null
      return {
        decidedAt: decision.decidedAt ?? decision.updatedAt,
        measureNumber: measure?.number ?? null,
        measureTitle: measure?.title ?? '',
        fromPriority: decision.fromPriority,
        toPriority: decision.toPriority,
        fromRank: decision.fromRank,
        toRank: decision.toRank,
        outcome: decision.status === 'approved' ? 'approved' : 'rejected',
        meeting: decision.meeting ?? '',
        comment: decision.decisionComment ?? '',
      }
    }),
    meetings: meetings.docs.map((meeting) => ({
      committee: meeting.committeeSlug ?? '',
      title: meeting.title,
      startsAt: meeting.startsAt,
      status: meeting.status,
    })),
    committeeDecisions: items.docs
      .filter((item) => item.decision?.trim())
      .map((item) => {
        const meeting = meetingById.get(idOf(item.meeting) ?? -1)
        return {
          committee: meeting?.committeeSlug ?? item.committeeSlug ?? '',
          meetingTitle: meeting?.title ?? '',
          startsAt: meeting?.startsAt ?? '',
          item: item.title,
          decision: item.decision!.trim(),
        }
      })
      .sort((a, b) => a.startsAt.localeCompare(b.startsAt)),
    indicators: indicators.map((indicator, i) => {
      const values = [...indicatorValues[i].values()]
      const present = values.filter((value) => typeof value === 'number' && Number.isFinite(value)).length
      return {
        key: indicator.key,
        ...indicatorWords(indicator, locale),
        unit: indicator.unit,
        median: anonymousMedian(values),
        communes: anonymousCount(present),
        trend: trends.find((trend) => trend.key === indicator.key)?.points ?? [],
      }
    }),
    events: reportEvents,
    eventTotals: {
      events: reportEvents.length,
      registered: shown(all.registered, all.communes),
      attended: shown(all.attended, all.attendedCommunes),
      communes: anonymousCount(all.communes.size),
    },
  }
}
