import { eventTypes } from '@/events/vocabulary'
import { longDate, monthYear, numericDate } from '@/format/dates'
import { MIN_COMMUNES_BEHIND_A_NUMBER } from '@/indicators/anonymity'
import type { IndicatorUnit } from '@/indicators/types'
import { overview } from '@/measures/list'
import { longMeasureFields, measureAxes, measurePriorities, measureStatuses, trackedMeasureFields } from '@/measures/vocabulary'
import { committeeLabel } from '@/meetings/vocabulary'
import type { Measure } from '@/payload-types'

import type { FieldChange, ReportData, ReportIndicator } from './load'
import { periodWords } from './period'

/**
 * The Comité's report as text, once: the page (`/mesures/rapport`) and the PDF (`/mesures/rapport.pdf`) lay out
 * these sections and blocks, each its own way, and never word anything themselves. Pure.
 */
export type ReportTable = { kind: 'table'; caption: string; columns: string[]; rows: string[][]; numeric?: number[] }
export type ReportBlock = { kind: 'paragraph'; text: string } | { kind: 'heading'; text: string } | ReportTable
export type ReportSection = { id: string; title: string; blocks: ReportBlock[] }
export type ReportDocument = { title: string; subtitle: string; generated: string; sections: ReportSection[] }

export const REPORT_TITLE = 'Rapport d’avancement au Comité'

const fewer = `moins de ${MIN_COMMUNES_BEHIND_A_NUMBER} communes`
const plural = (count: number, one: string, many = `${one}s`) => `${count} ${count > 1 ? many : one}`
const statusLabel = (status: string) => measureStatuses[status as keyof typeof measureStatuses] ?? status

/** « État : de « À lancer » à « En cours » », « Avancement : de 0 % à 40 % », « Livrable modifié » (words: the PDF's font has no arrow). */
export function changeWords({ field, from, to }: FieldChange): string {
  const label = trackedMeasureFields[field as keyof typeof trackedMeasureFields] ?? field
  if (longMeasureFields.includes(field as never) || field === 'owner') return `${label} modifié`
  const value = (v: string) => (!v ? '–' : field === 'status' ? `« ${statusLabel(v)} »` : field === 'progress' ? `${v} %` : v)
  return `${label} : de ${value(from)} à ${value(to)}`
}

/** An indicator's value as its unit reads. */
export function indicatorValue(value: number | null, unit: IndicatorUnit): string {
  if (value === null) return `non publié (${fewer})`
  if (unit === 'percent') return `${Math.round(value)} %`
  if (unit === 'yesno') return value >= 1 ? 'oui' : value <= 0 ? 'non' : 'moitié des communes'
  return new Intl.NumberFormat('fr-CH', { maximumFractionDigits: 1 }).format(value)
}

function trendWords(indicator: ReportIndicator): string {
  const known = indicator.trend.filter((point) => point.median !== null)
  if (known.length === 0) return 'pas encore d’historique'
  const first = known[0]
  const last = known[known.length - 1]
  if (first === last) return `${indicatorValue(first.median, indicator.unit)} (${monthYear(first.month)})`
  return `de ${indicatorValue(first.median, indicator.unit)} (${monthYear(first.month)}) à ${indicatorValue(last.median, indicator.unit)} (${monthYear(last.month)})`
}

const count = (value: number | null) => (value === null ? fewer : String(value))

export function reportDocument(data: ReportData): ReportDocument {
  const { measures } = data
  const changed = measures.filter((m) => m.changes.length > 0)
  const byStatus = Object.entries(measureStatuses)
    .map(([status, label]) => ({ label, count: measures.filter((m) => m.status === status).length }))
    .filter((s) => s.count > 0)
  const average = measures.length ? Math.round(measures.reduce((sum, m) => sum + m.progress, 0) / measures.length) : 0
  const updates = measures.reduce((sum, m) => sum + m.updates, 0)

  const measureSection: ReportSection = {
    id: 'mesures',
    title: 'Mesures par axe et priorité',
    blocks: [
      {
        kind: 'paragraph',
        text:
          `${plural(measures.length, 'mesure')} : ${byStatus.map((s) => `${s.count} « ${s.label} »`).join(', ') || 'aucune'}. ` +
          `Avancement moyen : ${average} %. Pendant la période, ${plural(changed.length, 'mesure a changé', 'mesures ont changé')} ` +
          `(${plural(updates, 'mise à jour', 'mises à jour')}).`,
      },
      {
        kind: 'table',
        // The same figures as the overview of /mesures.
        caption: 'Vue d’ensemble : nombre de mesures et avancement moyen',
        columns: ['Axe', ...Object.keys(measurePriorities).map((p) => `Priorité ${p}`)],
        rows: overview(measures as unknown as Measure[]).map((row) => [
          row.label,
          ...row.cells.map((cell) => (cell.count ? `${plural(cell.count, 'mesure')}, ${cell.progress} %` : '–')),
        ]),
      },
      ...Object.entries(measureAxes).flatMap(([axis, label]): ReportBlock[] => {
        const inAxis = measures
          .filter((m) => m.axis === axis)
          .sort((a, b) => a.priority.localeCompare(b.priority) || a.rank - b.rank || a.number - b.number)
        if (inAxis.length === 0) return []
        return [
          { kind: 'heading', text: label },
          {
            kind: 'table',
            caption: `Mesures de l’axe « ${label} »`,
            columns: ['N°', 'Mesure', 'Priorité', 'État', 'Avancement', 'Changements de la période'],
            numeric: [0, 4],
            rows: inAxis.map((m) => [
              String(m.number),
              m.title,
              m.priority,
              statusLabel(m.status),
              `${m.progress} %`,
              m.changes.length ? m.changes.map(changeWords).join(' ; ') : '–',
            ]),
          },
        ]
      }),
    ],
  }

  const meetingCounts = Object.entries(
    data.meetings.reduce<Record<string, number>>((acc, m) => ({ ...acc, [m.committee]: (acc[m.committee] ?? 0) + 1 }), {}),
  ).map(([committee, n]) => `${committeeLabel(committee)} : ${n}`)
  const decisionSection: ReportSection = {
    id: 'decisions',
    title: 'Décisions de la période',
    blocks: [
      {
        kind: 'paragraph',
        text: data.meetings.length
          ? `${plural(data.meetings.length, 'séance tenue', 'séances tenues')} (${meetingCounts.join(', ')}).`
          : 'Aucune séance tenue pendant la période.',
      },
      { kind: 'heading', text: 'Priorités des mesures' },
      data.priorityDecisions.length
        ? {
            kind: 'table',
            caption: 'Propositions de priorité décidées',
            columns: ['Date', 'Mesure', 'Changement proposé', 'Décision', 'Séance, commentaire'],
            rows: data.priorityDecisions.map((d) => [
              numericDate(d.decidedAt),
              d.measureNumber === null ? d.measureTitle : `${d.measureNumber}. ${d.measureTitle}`,
              [d.toPriority && `priorité de ${d.fromPriority} à ${d.toPriority}`, d.toRank && `rang de ${d.fromRank} à ${d.toRank}`]
                .filter(Boolean)
                .join(', '),
              d.outcome === 'approved' ? 'Validée' : 'Refusée',
              [d.meeting, d.comment].filter(Boolean).join(' – ') || '–',
            ]),
          }
        : { kind: 'paragraph', text: 'Aucune proposition de priorité décidée pendant la période.' },
      { kind: 'heading', text: 'Décisions des séances' },
      data.committeeDecisions.length
        ? {
            kind: 'table',
            caption: 'Décisions inscrites aux procès-verbaux approuvés',
            columns: ['Date', 'Comité', 'Point', 'Décision'],
            rows: data.committeeDecisions.map((d) => [numericDate(d.startsAt), committeeLabel(d.committee), d.item, d.decision]),
          }
        : { kind: 'paragraph', text: 'Aucune décision dans les procès-verbaux approuvés des séances de la période.' },
      {
        kind: 'paragraph',
        text: 'Seuls les procès-verbaux approuvés sont repris, sans leurs points confidentiels : les décisions d’une séance dont le procès-verbal attend son approbation figureront dans le rapport suivant.',
      },
    ],
  }

  const indicatorSection: ReportSection = {
    id: 'indicateurs',
    title: 'Indicateurs régionaux',
    blocks: data.indicators.length
      ? [
          {
            kind: 'paragraph',
            text: `Médiane des communes, jamais le chiffre d’une commune ; une valeur n’est publiée que si au moins ${MIN_COMMUNES_BEHIND_A_NUMBER} communes ont une valeur. Valeur actuelle au ${longDate(data.generatedAt)} ; évolution d’après les relevés mensuels de la période.`,
          },
          {
            kind: 'table',
            caption: 'Indicateurs régionaux : médiane et évolution',
            columns: ['Indicateur', 'Définition', 'Médiane régionale', 'Communes', 'Évolution sur la période'],
            rows: data.indicators.map((indicator) => [
              indicator.label,
              indicator.definition,
              indicatorValue(indicator.median, indicator.unit),
              count(indicator.communes),
              trendWords(indicator),
            ]),
          },
        ]
      : [{ kind: 'paragraph', text: 'Aucun indicateur régional n’est encore défini.' }],
  }

  const totals = data.eventTotals
  const eventSection: ReportSection = {
    id: 'evenements',
    title: 'Événements et participation',
    blocks: data.events.length
      ? [
          {
            kind: 'paragraph',
            text:
              `${plural(totals.events, 'événement tenu', 'événements tenus')} ; inscriptions : ${count(totals.registered)} ; ` +
              `présences : ${count(totals.attended)} ; communes représentées : ${count(totals.communes)}. ` +
              `Un chiffre derrière lequel se trouvent moins de ${MIN_COMMUNES_BEHIND_A_NUMBER} communes n’est pas publié.`,
          },
          {
            kind: 'table',
            caption: 'Événements tenus pendant la période',
            columns: ['Date', 'Événement', 'Type', 'Inscrit·es', 'Présent·es', 'Communes'],
            numeric: [3, 4, 5],
            rows: data.events.map((event) => [
              numericDate(event.startsAt),
              event.title,
              eventTypes[event.type as keyof typeof eventTypes] ?? event.type,
              count(event.registered),
              event.attendanceMarked ? count(event.attended) : 'non saisies',
              count(event.communes),
            ]),
          },
        ]
      : [{ kind: 'paragraph', text: 'Aucun événement tenu pendant la période.' }],
  }

  return {
    title: REPORT_TITLE,
    subtitle: `Période ${periodWords(data.period)}`,
    generated: `Établi le ${longDate(data.generatedAt)} par Relais, à partir des données enregistrées. Chiffres agrégés : aucune commune n’y est nommée.`,
    sections: [measureSection, decisionSection, indicatorSection, eventSection],
  }
}
