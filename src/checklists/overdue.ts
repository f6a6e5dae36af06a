import type { Payload } from 'payload'

import { zurichDay } from '@/fields/day'

import { recurringDues } from './due'
import { readRecurringAnswers } from './recurringAnswers'

/**
 * How many recurring actions each commune has overdue on `today` (answered « fait », and due again since): for the
 * commune cockpit (issue 25). An aggregate read as the system; callers decide who sees which commune. Communes
 * with none are absent from the map.
 */
export async function overdueRecurringByCommune(payload: Payload, today: Date | string): Promise<Map<number, number>> {
  const day = typeof today === 'string' ? today.slice(0, 10) : zurichDay(today)
  const { guides, answers } = await readRecurringAnswers(payload)
  const counts = new Map<number, number>()
  for (const due of recurringDues(guides, answers, day)) {
    if (due.state === 'overdue') counts.set(due.commune, (counts.get(due.commune) ?? 0) + 1)
  }
  return counts
}
