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

/** Where a measure stands; `continue` is for ongoing work that never "ends" (priority C measures, watch). */
export const measureStatuses = {
  'a-lancer': 'À lancer',
  'en-cours': 'En cours',
  realisee: 'Réalisée',
  continue: 'Continue',
  suspendue: 'Suspendue',
} as const
export type MeasureStatus = keyof typeof measureStatuses

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
