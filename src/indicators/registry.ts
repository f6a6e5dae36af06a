import { alertsChecked } from './alertsChecked'
import { checklistCompletion } from './checklistCompletion'
import { contractGaps } from './contractGaps'
import { contractsAssessed } from './contractsAssessed'
import { decisionsLogged } from './decisionsLogged'
import { incidentsLogged } from './incidentsLogged'
import { noticeDeadlinesSoon } from './noticeDeadlinesSoon'
import { overdueRecurringActions } from './overdueRecurringActions'
import { referentNamed } from './referentNamed'
import { staffTrained } from './staffTrained'
import type { IndicatorDefinition } from './types'

/**
 * Every indicator of the commune cockpit, in the order the cockpit shows them. The map, the regional matrix, the
 * monthly snapshots and the Comité's report all read this list: add an indicator here and it appears everywhere.
 */
export const indicators: IndicatorDefinition[] = [
  referentNamed,
  decisionsLogged,
  checklistCompletion,
  overdueRecurringActions,
  contractsAssessed,
  contractGaps,
  noticeDeadlinesSoon,
  staffTrained,
  incidentsLogged,
  alertsChecked,
]

export function indicatorByKey(key: string): IndicatorDefinition | undefined {
  return indicators.find((indicator) => indicator.key === key)
}
