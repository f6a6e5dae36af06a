import { perCommuneFromContracts } from './contractFigures'
import type { IndicatorDefinition } from './types'

/** The open gaps of the commune's contracts: points a contract does not (or not surely) cover. */
export const contractGaps: IndicatorDefinition = {
  key: 'contract-gaps',
  unit: 'count',
  higherIsBetter: false,
  detailHref: (commune) => `/ma-commune?commune=${commune}#contrats`,
  compute: ({ payload, today }) => perCommuneFromContracts(payload, today, (f) => f.gaps),
}
