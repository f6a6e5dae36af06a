import { eventTypes } from '@/events/vocabulary'
import { longDate, monthYear, numericDate } from '@/format/dates'
import { defaultLocale, intlLocale, type UiLocale } from '@/i18n/locales'
import { type Translate, translatorFor } from '@/i18n/translator'
import { MIN_COMMUNES_BEHIND_A_NUMBER } from '@/indicators/anonymity'
import type { IndicatorUnit } from '@/indicators/types'
import { overview } from '@/measures/list'
import {
  longMeasureFields,
  measureAxisKeys,
  measureLabels,
  type MeasureStatus,
  priorities,
  type TrackedMeasureField,
} from '@/measures/vocabulary'
import { committeeLabel } from '@/meetings/vocabulary'
import type { Measure } from '@/payload-types'

import type { FieldChange, ReportData, ReportIndicator } from './load'
import { periodWords } from './period'

/**
 * The Comité's report as text, once: the page (`/mesures/rapport`) and the PDF (`/mesures/rapport.pdf`) lay out
 * these sections and blocks, each its own way, and never word anything themselves. Pure. In the reader's language
 * (`report` catalogue), French by default.
 */
export type ReportTable = { kind: 'table'; caption: string; columns: string[]; rows: string[][]; numeric?: number[] }
export type ReportBlock = { kind: 'paragraph'; text: string } | { kind: 'heading'; text: string } | ReportTable
export type ReportSection = { id: string; title: string; blocks: ReportBlock[] }
export type ReportDocument = { locale: UiLocale; title: string; subtitle: string; generated: string; sections: ReportSection[] }

/** The report's title in a language (the page, its PDF). */
export const reportTitle = (locale: UiLocale = defaultLocale) => translatorFor(locale, 'report')('title')

const fewer = (t: Translate) => t('fewer', { min: MIN_COMMUNES_BEHIND_A_NUMBER })

/** « État : de « À lancer » à « En cours » », « Avancement : de 0 % à 40 % », « Livrable modifié » (words: the PDF's font has no arrow). */
export function changeWords({ field, from, to }: FieldChange, locale: UiLocale = defaultLocale): string {
  const t = translatorFor(locale, 'report.change')
  const labels = measureLabels(locale)
  const label = labels.fields[field as TrackedMeasureField] ?? field
  if (longMeasureFields.includes(field as never) || field === 'owner') return t('modified', { field: label })
  const value = (v: string) =>
    !v ? '–' : field === 'status' ? t('quoted', { text: labels.statuses[v as MeasureStatus] ?? v }) : field === 'progress' ? `${v} %` : v
  return t('fromTo', { field: label, from: value(from), to: value(to) })
}

/** An indicator's value as its unit reads. */
export function indicatorValue(value: number | null, unit: IndicatorUnit, locale: UiLocale = defaultLocale): string {
  const t = translatorFor(locale, 'report.value')
  if (value === null) return t('hidden', { fewer: fewer(translatorFor(locale, 'report')) })
  if (unit === 'percent') return `${Math.round(value)} %`
  if (unit === 'yesno') return value >= 1 ? t('yes') : value <= 0 ? t('no') : t('half')
  return new Intl.NumberFormat(intlLocale(locale), { maximumFractionDigits: 1 }).format(value)
}

function trendWords(indicator: ReportIndicator, t: Translate, locale: UiLocale): string {
  const known = indicator.trend.filter((point) => point.median !== null)
  if (known.length === 0) return t('noHistory')
  const first = known[0]
  const last = known[known.length - 1]
  const point = (p: (typeof known)[number]) =>
    t('trendPoint', { value: indicatorValue(p.median, indicator.unit, locale), month: monthYear(p.month, locale) })
  if (first === last) return point(first)
  return t('trend', { first: point(first), last: point(last) })
}

export function reportDocument(data: ReportData, locale: UiLocale = defaultLocale): ReportDocument {
  const t = translatorFor(locale, 'report')
  const labels = measureLabels(locale)
  const count = (value: number | null) => (value === null ? fewer(t) : String(value))
  const statusLabel = (status: string) => labels.statuses[status as MeasureStatus] ?? status
  const { measures } = data
  const changed = measures.filter((m) => m.changes.length > 0)
  const byStatus = Object.entries(labels.statuses)
    .map(([status, label]) => ({ label, count: measures.filter((m) => m.status === status).length }))
    .filter((s) => s.count > 0)
  const average = measures.length ? Math.round(measures.reduce((sum, m) => sum + m.progress, 0) / measures.length) : 0
  const updates = measures.reduce((sum, m) => sum + m.updates, 0)

  const measureSection: ReportSection = {
    id: 'mesures',
    title: t('measures.title'),
    blocks: [
      {
        kind: 'paragraph',
        text: t('measures.summary', {
          count: measures.length,
          statuses: byStatus.map((s) => t('measures.statusCount', { count: s.count, label: s.label })).join(', ') || t('measures.none'),
          average,
          changed: changed.length,
          updates,
        }),
      },
      {
        kind: 'table',
        // The same figures as the overview of /mesures.
        caption: t('measures.overviewCaption'),
        columns: [t('measures.axis'), ...priorities.map((p) => t('measures.priorityLetter', { priority: p }))],
        rows: overview(measures as unknown as Measure[], locale).map((row) => [
          row.label,
          ...row.cells.map((cell) => (cell.count ? t('measures.cell', { count: cell.count, progress: cell.progress ?? 0 }) : '–')),
        ]),
      },
      ...measureAxisKeys.flatMap((axis): ReportBlock[] => {
        const label = labels.axes[axis]
        const inAxis = measures
          .filter((m) => m.axis === axis)
          .sort((a, b) => a.priority.localeCompare(b.priority) || a.rank - b.rank || a.number - b.number)
        if (inAxis.length === 0) return []
        return [
          { kind: 'heading', text: label },
          {
            kind: 'table',
            caption: t('measures.axisCaption', { axis: label }),
            columns: (['number', 'measure', 'priority', 'status', 'progress', 'changes'] as const).map((c) => t(`measures.columns.${c}`)),
            numeric: [0, 4],
            rows: inAxis.map((m) => [
              String(m.number),
              m.title,
              m.priority,
              statusLabel(m.status),
              `${m.progress} %`,
              m.changes.length ? m.changes.map((change) => changeWords(change, locale)).join(t('separator')) : '–',
            ]),
          },
        ]
      }),
    ],
  }

  const meetingCounts = Object.entries(
    data.meetings.reduce<Record<string, number>>((acc, m) => ({ ...acc, [m.committee]: (acc[m.committee] ?? 0) + 1 }), {}),
  ).map(([committee, n]) => t('decisions.meetingCount', { committee: committeeLabel(committee), count: n }))
  const decisionSection: ReportSection = {
    id: 'decisions',
    title: t('decisions.title'),
    blocks: [
      {
        kind: 'paragraph',
        text: data.meetings.length
          ? t('decisions.meetings', { count: data.meetings.length, committees: meetingCounts.join(', ') })
          : t('decisions.noMeeting'),
      },
      { kind: 'heading', text: t('decisions.prioritiesHeading') },
      data.priorityDecisions.length
        ? {
            kind: 'table',
            caption: t('decisions.prioritiesCaption'),
            columns: (['date', 'measure', 'change', 'decision', 'meeting'] as const).map((c) => t(`decisions.priorityColumns.${c}`)),
            rows: data.priorityDecisions.map((d) => [
              numericDate(d.decidedAt, locale),
              d.measureNumber === null ? d.measureTitle : `${d.measureNumber}. ${d.measureTitle}`,
              [
                d.toPriority && t('decisions.priorityChange', { from: d.fromPriority ?? '', to: d.toPriority }),
                d.toRank && t('decisions.rankChange', { from: d.fromRank ?? '', to: d.toRank }),
              ]
                .filter(Boolean)
                .join(', '),
              labels.proposalStatuses[d.outcome === 'approved' ? 'approved' : 'rejected'],
              [d.meeting, d.comment].filter(Boolean).join(' – ') || '–',
            ]),
          }
        : { kind: 'paragraph', text: t('decisions.noPriorityDecision') },
      { kind: 'heading', text: t('decisions.meetingsHeading') },
      data.committeeDecisions.length
        ? {
            kind: 'table',
            caption: t('decisions.minutesCaption'),
            columns: (['date', 'committee', 'item', 'decision'] as const).map((c) => t(`decisions.minutesColumns.${c}`)),
            rows: data.committeeDecisions.map((d) => [numericDate(d.startsAt, locale), committeeLabel(d.committee), d.item, d.decision]),
          }
        : { kind: 'paragraph', text: t('decisions.noMinutesDecision') },
      { kind: 'paragraph', text: t('decisions.approvedOnly') },
    ],
  }

  const indicatorSection: ReportSection = {
    id: 'indicateurs',
    title: t('indicators.title'),
    blocks: data.indicators.length
      ? [
          {
            kind: 'paragraph',
            text: t('indicators.lead', { min: MIN_COMMUNES_BEHIND_A_NUMBER, date: longDate(data.generatedAt, locale) }),
          },
          {
            kind: 'table',
            caption: t('indicators.caption'),
            columns: (['indicator', 'definition', 'median', 'communes', 'trend'] as const).map((c) => t(`indicators.columns.${c}`)),
            rows: data.indicators.map((indicator) => [
              indicator.label,
              indicator.definition,
              indicatorValue(indicator.median, indicator.unit, locale),
              count(indicator.communes),
              trendWords(indicator, t, locale),
            ]),
          },
        ]
      : [{ kind: 'paragraph', text: t('indicators.none') }],
  }

  const totals = data.eventTotals
  const eventSection: ReportSection = {
    id: 'evenements',
    title: t('events.title'),
    blocks: data.events.length
      ? [
          {
            kind: 'paragraph',
            text: t('events.summary', {
              count: totals.events,
              registered: count(totals.registered),
              attended: count(totals.attended),
              communes: count(totals.communes),
              min: MIN_COMMUNES_BEHIND_A_NUMBER,
            }),
          },
          {
            kind: 'table',
            caption: t('events.caption'),
            columns: (['date', 'event', 'type', 'registered', 'attended', 'communes'] as const).map((c) => t(`events.columns.${c}`)),
            numeric: [3, 4, 5],
            rows: data.events.map((event) => [
              numericDate(event.startsAt, locale),
              event.title,
              eventTypes[event.type as keyof typeof eventTypes] ?? event.type,
              count(event.registered),
              event.attendanceMarked ? count(event.attended) : t('events.notMarked'),
              count(event.communes),
            ]),
          },
        ]
      : [{ kind: 'paragraph', text: t('events.none') }],
  }

  return {
    locale,
    title: t('title'),
    subtitle: t('subtitle', { period: periodWords(data.period, locale) }),
    generated: t('generated', { date: longDate(data.generatedAt, locale) }),
    sections: [measureSection, decisionSection, indicatorSection, eventSection],
  }
}
