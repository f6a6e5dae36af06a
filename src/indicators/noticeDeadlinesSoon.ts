import { perCommuneFromContracts } from './contractFigures'
import type { IndicatorDefinition } from './types'

/** Contracts whose last day to give notice falls within the next six months. */
export const noticeDeadlinesSoon: IndicatorDefinition = {
  key: 'notice-deadlines-soon',
  unit: 'count',
  higherIsBetter: false,
  detailHref: (commune) => `/ma-commune?commune=${commune}#contrats`,
  compute: ({ payload, today }) => perCommuneFromContracts(payload, today, (f) => f.noticeSoon),
}
