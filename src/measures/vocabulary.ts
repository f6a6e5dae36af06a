/** Labels of the measures and their priority changes, shared by the collections, the pages and the seed. */

/** The four strategic axes (section 5 and ANNEXE III), labels as the source spells them. */
export const measureAxes = {
  'partage-informations': "Partage d'informations",
  'accompagnements-specifiques': 'Accompagnements spécifiques',
  'convergence-actions': 'Convergence des actions',
  'valorisation-donnees': 'Valorisation des données',
} as const
export type MeasureAxis = keyof typeof measureAxes

/**
 * Meaning of the priorities, from the footnote « *Priorités » of ANNEXE III (e.g. « A Quickwins – objectif
 * automne / hiver 2022 »): `label` is the text before the dash, `target` the text after it.
 */
export const measurePriorities = {
  A: { label: 'Quickwins', target: 'objectif automne / hiver 2022' },
  B: { label: 'Moyen terme', target: 'objectif été 2023' },
  C: { label: 'Continu ou long terme', target: 'à définir' },
} as const
export type MeasurePriority = keyof typeof measurePriorities

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
export const measureStatuses = {
  'non-renseigne': 'Non renseigné',
  'a-lancer': 'À lancer',
  'en-cours': 'En cours',
  realisee: 'Réalisée',
  appliquee: 'Déjà appliquée',
  continue: 'Continue',
  suspendue: 'Suspendue',
} as const
export type MeasureStatus = keyof typeof measureStatuses

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
export const deliverableKinds = {
  guide: 'le guide',
  template: 'le modèle',
  'event-series': 'un événement de la série',
  'watch-kind': 'une veille',
} as const
export type DeliverableKind = keyof typeof deliverableKinds

export const priorities = Object.keys(measurePriorities) as MeasurePriority[]

/** The Comité's decision on a proposed priority change. */
export const proposalStatuses = { pending: 'En attente', approved: 'Validée', rejected: 'Refusée' } as const
export type ProposalStatus = keyof typeof proposalStatuses

/** The fields of a measure whose changes its history records, as the timeline names them. */
export const trackedMeasureFields = {
  status: 'État',
  progress: 'Avancement',
  priority: 'Priorité',
  rank: 'Rang',
  owner: 'Responsable',
  targetDate: 'Échéance',
  number: 'Numéro',
  title: 'Intitulé',
  axis: 'Axe',
  partners: 'Partenaires',
  deliverable: 'Livrable',
  justification: 'Justificatif',
} as const

/** Fields whose values are texts too long to show as "before → after" in the timeline. */
export const longMeasureFields: TrackedMeasureField[] = ['title', 'partners', 'deliverable', 'justification']
export type TrackedMeasureField = keyof typeof trackedMeasureFields
