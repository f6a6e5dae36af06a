import type { Payload } from 'payload'

import { zurichDay } from '@/fields/day'

import { recurringDues } from './due'

/**
 * How many recurring actions each commune has overdue on `today` (answered « fait », and due again since): for the
 * commune cockpit (issue 25). An aggregate read as the system; callers decide who sees which commune. Communes
 * with none are absent from the map.
 */
export async function overdueRecurringByCommune(payload: Payload, today: Date | string): Promise<Map<number, number>> {
  const day = typeof today === 'string' ? today.slice(0, 10) : zurichDay(today)
  const [guides, answers] = await Promise.all([
    payload.find({
      collection: 'guides',
      where: { _status: { equals: 'published' } },
      draft: false,
      depth: 0,
      limit: 0,
      pagination: false,
      select: { title: true, slug: true, checklist: true },
    }),
    payload.find({
      collection: 'checklist-progress',
      where: { and: [{ state: { equals: 'done' } }, { doneOn: { exists: true } }] },
      depth: 0,
      limit: 0,
      pagination: false,
      select: { commune: true, guide: true, itemKey: true, state: true, doneOn: true },
    }),
  ])
  const counts = new Map<number, number>()
  for (const due of recurringDues(guides.docs, answers.docs, day)) {
    if (due.state === 'overdue') counts.set(due.commune, (counts.get(due.commune) ?? 0) + 1)
  }
  return counts
}
