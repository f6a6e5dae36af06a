import type { Payload } from 'payload'

/**
 * What recurring dues are computed from (src/checklists/due.ts): the published guides' checklists and every answer
 * « fait » with a done day, read as the system. Shared by the overdue counts and the reminders.
 */
export async function readRecurringAnswers(payload: Payload) {
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
      select: { commune: true, guide: true, itemKey: true, state: true, doneOn: true, remindedFor: true },
    }),
  ])
  return { guides: guides.docs, answers: answers.docs }
}
