import { percent } from './communes'
import { perCommuneFromContracts } from './contractFigures'
import type { IndicatorDefinition } from './types'

/** The share of the commune's contracts checked against every point of the contract checklist. */
export const contractsAssessed: IndicatorDefinition = {
  key: 'contracts-assessed',
  unit: 'percent',
  higherIsBetter: true,
  detailHref: (commune) => `/ma-commune?commune=${commune}#contrats`,
  compute: ({ payload, today }) => perCommuneFromContracts(payload, today, (f) => percent(f.assessed, f.contracts)),
}
