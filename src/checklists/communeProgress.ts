import type { Payload } from 'payload'

import { allAsUser } from '@/auth/asUser'
import type { User } from '@/payload-types'

import type { ChecklistState } from './vocabulary'

export type ItemProgress = { state: ChecklistState; updatedAt: string; updatedBy: string | null }

/** The answers of the user's commune for one guide, read as that user (access rules apply). */
export async function communeProgress(payload: Payload, user: User, guideId: number): Promise<Map<string, ItemProgress>> {
  const own = typeof user.commune === 'object' ? user.commune?.id : user.commune
  const { docs } = await payload.find({
    collection: 'checklist-progress',
    // Access rules already limit members to their commune; the filter keeps coordinators to theirs on this page.
    where: { and: [{ guide: { equals: guideId } }, { commune: { equals: own } }] },
    ...allAsUser(user),
    depth: 1,
    select: { itemKey: true, state: true, updatedAt: true, updatedBy: true },
    populate: { users: { name: true } },
  })
  return new Map(
    docs.map((doc) => [
      doc.itemKey,
      {
        state: doc.state,
        updatedAt: doc.updatedAt,
        updatedBy: typeof doc.updatedBy === 'object' && doc.updatedBy ? doc.updatedBy.name : null,
      },
    ]),
  )
}
