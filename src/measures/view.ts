import type { Payload } from 'payload'

import { allAsUser, asUser } from '@/auth/asUser'
import type { PriorityChange, User } from '@/payload-types'

/** A measure by its number, with its owner's name, read as the user. */
export const loadMeasure = async (payload: Payload, user: User, number: number) =>
  (
    await payload.find({
      collection: 'measures',
      ...asUser(user),
      where: { number: { equals: number } },
      limit: 1,
      depth: 1,
      populate: { users: { name: true } },
    })
  ).docs[0]

/** How many proposals on a measure await a decision (those the user may read). */
export const countPendingProposals = async (payload: Payload, user: User, measureId: number): Promise<number> =>
  (
    await payload.count({
      collection: 'priority-changes',
      ...asUser(user),
      where: { and: [{ measure: { equals: measureId } }, { status: { equals: 'pending' } }] },
    })
  ).totalDocs

export type ProposalsView = { pending: PriorityChange[]; decided: PriorityChange[] }

/** The proposals page: every pending proposal, oldest first, and the 20 latest decisions, read as the user. */
export async function loadProposals(payload: Payload, user: User): Promise<ProposalsView> {
  const [pending, decided] = await Promise.all([
    payload.find({
      collection: 'priority-changes',
      ...allAsUser(user),
      depth: 1,
      where: { status: { equals: 'pending' } },
      sort: 'createdAt',
      populate: { measures: { number: true, title: true, priority: true, rank: true } },
    }),
    payload.find({
      collection: 'priority-changes',
      ...asUser(user),
      depth: 1,
      limit: 20,
      where: { status: { not_equals: 'pending' } },
      sort: '-decidedAt',
      populate: { measures: { number: true, title: true } },
    }),
  ])
  return { pending: pending.docs, decided: decided.docs }
}
