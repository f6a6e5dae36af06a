import type { Payload } from 'payload'

import { allAsUser } from '@/auth/asUser'
import { zurichDay } from '@/fields/day'
import type { User } from '@/payload-types'

import type { ChecklistState } from './vocabulary'

export type ItemProgress = {
  state: ChecklistState
  updatedAt: string
  updatedBy: string | null
  /** The day the action was done (« fait »), YYYY-MM-DD. */
  doneOn: string | null
  /** Its proof, a file of the commune: its name and address. */
  proof: { name: string; url: string } | null
}

/** The answers of the user's commune for one guide, read as that user (access rules apply). */
export async function communeProgress(payload: Payload, user: User, guideId: number): Promise<Map<string, ItemProgress>> {
  const own = typeof user.commune === 'object' ? user.commune?.id : user.commune
  const { docs } = await payload.find({
    collection: 'checklist-progress',
    // Access rules already limit members to their commune; the filter keeps coordinators to theirs on this page.
    where: { and: [{ guide: { equals: guideId } }, { commune: { equals: own } }] },
    ...allAsUser(user),
    depth: 1,
    select: { itemKey: true, state: true, updatedAt: true, updatedBy: true, doneOn: true, proof: true },
    populate: { users: { name: true }, media: { filename: true } },
  })
  return new Map(
    docs.map((doc) => [
      doc.itemKey,
      {
        state: doc.state,
        updatedAt: doc.updatedAt,
        updatedBy: typeof doc.updatedBy === 'object' && doc.updatedBy ? doc.updatedBy.name : null,
        doneOn: doc.doneOn ? zurichDay(doc.doneOn) : null,
        proof:
          typeof doc.proof === 'object' && doc.proof?.filename
            ? { name: doc.proof.filename, url: `/api/media/file/${encodeURIComponent(doc.proof.filename)}` }
            : null,
      },
    ]),
  )
}
