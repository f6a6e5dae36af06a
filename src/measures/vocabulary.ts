import { defaultLocale, type UiLocale } from '@/i18n/locales'
import { translatorFor } from '@/i18n/translator'

/**
 * The vocabularies of the measures and their priority changes, shared by the collections, the pages and the seed.
 * Their labels are in the catalogues (`vocab.measures`): `measureLabels(locale)`.
 */

/** The four strategic axes (section 5 and ANNEXE III); labels in `vocab.measures.axes` (French as the source spells them). */
export const measureAxisKeys = [
  'partage-informations',
  'accompagnements-specifiques',
  'convergence-actions',
  'valorisation-donnees',
] as const
export type MeasureAxis = (typeof measureAxisKeys)[number]

/**
 * The priorities. Their meaning comes from the footnote « *Priorités » of ANNEXE III (e.g. « A Quickwins – objectif
 * automne / hiver 2022 »): in `vocab.measures.priorities`, `label` is the text before the dash, `target` the text after it.
 */
export const priorities = ['A', 'B', 'C'] as const
export type MeasurePriority = (typeof priorities)[number]

/**
 * The priorities' targets as the last day they allow (YYYY-MM-DD), by one rule: a season is a meteorological
 * season (winter = December to February of the next year, summer = June to August), and a target named by seasons
 * ends on the last day of the last season it names. « automne / hiver 2022 » → the winter 2022–23 ends on
 * 28 February 2023; « été 2023 » → 31 August 2023. C (« à définir ») has no date: only the measure's own does.
 */
export const priorityDeadlines: Record<MeasurePriority, string | null> = { A: '2023-02-28', B: '2023-08-31', C: null }

/**
 * Where a measure stands. `non-renseigne` is where a seeded measure starts: the strategy says nothing of where it
 * stands (rather than an invented « à lancer »). `appliquee` is the strategy's own word for measures 34–38
 * (ANNEXE III, see `seed/measures.ts`). `continue` is for ongoing work that never "ends" (priority C measures, watch).
 */
export const measureStatusKeys = ['non-renseigne', 'a-lancer', 'en-cours', 'realisee', 'appliquee', 'continue', 'suspendue'] as const
export type MeasureStatus = (typeof measureStatusKeys)[number]

/** Statuses that say the measure is done: never late, never moved by a deliverable. */
export const doneStatuses: readonly MeasureStatus[] = ['realisee', 'appliquee']

/**
 * The statuses a published deliverable moves to « en cours » (src/measures/deliverables.ts): only the two that
 * say nothing has started. Every other status is left alone (never backwards, never out of « suspendue »).
 */
export const notStartedStatuses: readonly MeasureStatus[] = ['non-renseigne', 'a-lancer']

/**
 * What a measure's deliverables may link to in Relais: guides and templates (records), an event series (the
 * events of one type: the symposiums, the trainings…) and a kind of watch item. Labels name one of each.
 */
export const deliverableKindKeys = ['guide', 'template', 'event-series', 'watch-kind'] as const
export type DeliverableKind = (typeof deliverableKindKeys)[number]

/** The Comité's decision on a proposed priority change. */
export const proposalStatusKeys = ['pending', 'approved', 'rejected'] as const
export type ProposalStatus = (typeof proposalStatusKeys)[number]

/** The fields of a measure whose changes its history records, as the timeline names them. */
export const trackedMeasureFields = [
  'status',
  'progress',
  'priority',
  'rank',
  'owner',
  'targetDate',
  'number',
  'title',
  'axis',
  'partners',
  'deliverable',
  'justification',
] as const

/** Fields whose values are texts too long to show as "before → after" in the timeline. */
export const longMeasureFields: TrackedMeasureField[] = ['title', 'partners', 'deliverable', 'justification']
export type TrackedMeasureField = (typeof trackedMeasureFields)[number]

const labelsOf = <K extends string>(keys: readonly K[], label: (key: K) => string) =>
  Object.fromEntries(keys.map((key) => [key, label(key)])) as Record<K, string>

/** Every label of the measures' vocabularies in one language (the catalogue `vocab.measures`). */
export function measureLabels(locale: UiLocale) {
  const t = translatorFor(locale, 'vocab.measures')
  return {
    axes: labelsOf(measureAxisKeys, (key) => t(`axes.${key}`)),
    priorities: Object.fromEntries(
      priorities.map((p) => [p, { label: t(`priorities.${p}.label`), target: t(`priorities.${p}.target`) }]),
    ) as Record<MeasurePriority, { label: string; target: string }>,
    statuses: labelsOf(measureStatusKeys, (key) => t(`statuses.${key}`)),
    deliverableKinds: labelsOf(deliverableKindKeys, (key) => t(`deliverableKinds.${key}`)),
    proposalStatuses: labelsOf(proposalStatusKeys, (key) => t(`proposalStatuses.${key}`)),
    fields: labelsOf(trackedMeasureFields, (key) => t(`fields.${key}`)),
  }
}
export type MeasureLabels = ReturnType<typeof measureLabels>

/** The proposals' statuses in the instance's source language, for callers not yet given the reader's language. */
export const proposalStatuses = measureLabels(defaultLocale).proposalStatuses
