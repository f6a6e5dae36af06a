import { perCommuneFromContracts } from './contractFigures'
import type { IndicatorDefinition } from './types'

/** The open gaps of the commune's contracts: points a contract does not (or not surely) cover. */
export const contractGaps: IndicatorDefinition = {
  key: 'contract-gaps',
  label: 'Lacunes ouvertes des contrats',
  definition:
    'Nombre de points de la checklist des contrats répondus « partiellement », « non » ou « je ne sais pas », tous contrats de la commune confondus, au jour de la consultation : chacun est à régler avec le prestataire. Sans objet si la commune n’a enregistré aucun contrat. Source : contrats de la commune dans Relais (Contrats).',
  unit: 'count',
  higherIsBetter: false,
  detailHref: (commune) => `/ma-commune?commune=${commune}#contrats`,
  compute: ({ payload, today }) => perCommuneFromContracts(payload, today, (f) => f.gaps),
}
