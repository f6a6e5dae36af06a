import type { Payload } from 'payload'

import { allAsUser } from '@/auth/asUser'
import type { User } from '@/payload-types'

import { complianceCalendar, recurringDues } from './due'
import { publishedChecklists } from './publishedChecklists'

/**
 * A commune's compliance calendar (`/ma-commune`): its recurring actions overdue, then those falling due in the
 * next 12 months by month, read as `user` (the commune's members and staff only: access rules apply).
 */
export async function loadComplianceCalendar(payload: Payload, user: User, commune: number, today: string) {
  const [guides, answers] = await Promise.all([
    publishedChecklists(payload, user),
    payload.find({
      collection: 'checklist-progress',
      ...allAsUser(user),
      where: { and: [{ commune: { equals: commune } }, { state: { equals: 'done' } }, { doneOn: { exists: true } }] },
      select: { commune: true, guide: true, itemKey: true, state: true, doneOn: true },
    }),
  ])
  return complianceCalendar(recurringDues(guides.docs, answers.docs, today), today)
}
