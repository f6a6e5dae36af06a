import { perCommuneFromContracts } from './contractFigures'
import type { IndicatorDefinition } from './types'

/** Contracts whose last day to give notice falls within the next six months. */
export const noticeDeadlinesSoon: IndicatorDefinition = {
  key: 'notice-deadlines-soon',
  label: 'Résiliations possibles d’ici 6 mois',
  definition:
    'Nombre de contrats de la commune dont le dernier jour pour résilier (échéance moins préavis) tombe entre aujourd’hui et dans 6 mois : le moment de décider de les garder, de les renégocier ou de les résilier. Sans objet si la commune n’a enregistré aucun contrat. Source : contrats de la commune dans Relais (Contrats).',
  unit: 'count',
  higherIsBetter: false,
  detailHref: (commune) => `/ma-commune?commune=${commune}#contrats`,
  compute: ({ payload, today }) => perCommuneFromContracts(payload, today, (f) => f.noticeSoon),
}
