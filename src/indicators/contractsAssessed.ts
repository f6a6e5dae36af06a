import { percent } from './communes'
import { perCommuneFromContracts } from './contractFigures'
import type { IndicatorDefinition } from './types'

/** The share of the commune's contracts checked against every point of the contract checklist. */
export const contractsAssessed: IndicatorDefinition = {
  key: 'contracts-assessed',
  label: 'Contrats vérifiés',
  definition:
    'Part des contrats informatiques enregistrés par la commune dont chaque point de la checklist des contrats a reçu une réponse (« sans objet » compris), au jour de la consultation. Sans objet si la commune n’a enregistré aucun contrat. Source : contrats de la commune dans Relais (Contrats).',
  unit: 'percent',
  higherIsBetter: true,
  detailHref: (commune) => `/ma-commune?commune=${commune}#contrats`,
  compute: ({ payload, today }) => perCommuneFromContracts(payload, today, (f) => percent(f.assessed, f.contracts)),
}
