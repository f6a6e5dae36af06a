import type { Payload } from 'payload'

import { allAsUser, asUser } from '@/auth/asUser'
import { asReadable, contentViewer, readableNames } from '@/cache/people'
import { sharedRead } from '@/cache/shared'
import type { Measure, PriorityChange, User } from '@/payload-types'

/**
 * A measure by its number, with its owner's name, read as the user. The measure is kept in the shared cache; the
 * owner's name is read for each request as the person (who may or may not read that account).
 */
export async function loadMeasure(payload: Payload, user: User, number: number): Promise<Measure | undefined> {
  const measure = await sharedRead(
    payload,
    ['measures'],
    `${contentViewer(user)}|${number}`,
    async () =>
      (await payload.find({ collection: 'measures', ...asUser(user), where: { number: { equals: number } }, limit: 1, depth: 0 })).docs[0],
  )
  if (!measure) return measure
  const names = await readableNames(payload, user, [measure.owner])
  return { ...measure, owner: asReadable(names, measure.owner) as Measure['owner'] }
}

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
