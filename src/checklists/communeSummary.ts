import type { Payload } from 'payload'

import { allAsUser } from '@/auth/asUser'
import { zurichDay } from '@/fields/day'
import { idOf } from '@/fields/idOf'
import type { User } from '@/payload-types'

import { completion } from './completion'
import { publishedChecklists } from './publishedChecklists'
import { effectiveState } from './recurrence'
import { checklistToday } from './today'
import type { ChecklistState } from './vocabulary'

export type GuideCompletion = { title: string; slug: string; percent: number; answered: number; items: number }

/** One commune's completion of every published guide's checklist, read as `user` (access rules apply). */
export async function communeChecklistSummary(payload: Payload, user: User, commune: number): Promise<GuideCompletion[]> {
  const read = allAsUser(user)
  const [guides, answers] = await Promise.all([
    publishedChecklists(payload, user),
    payload.find({
      collection: 'checklist-progress',
      ...read,
      where: { commune: { equals: commune } },
      select: { guide: true, itemKey: true, state: true, doneOn: true },
    }),
  ])
  const today = checklistToday()
  return guides.docs.map((guide) => {
    const periods = new Map((guide.checklist ?? []).map((item) => [item.key, item.recurrence]))
    // A recurring action done too long ago counts as to do again (src/checklists/recurrence.ts).
    const states = new Map<string, ChecklistState>(
      answers.docs
        .filter((a) => idOf(a.guide) === guide.id)
        .map((a) => [
          a.itemKey,
          effectiveState({ state: a.state, doneOn: a.doneOn ? zurichDay(a.doneOn) : null }, periods.get(a.itemKey), today),
        ]),
    )
    const keys = (guide.checklist ?? []).map((item) => item.key)
    return {
      title: guide.title,
      slug: guide.slug,
      percent: completion(keys, states),
      answered: keys.filter((k) => states.has(k)).length,
      items: keys.length,
    }
  })
}
