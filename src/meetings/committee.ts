import type { PayloadRequest } from 'payload'

import { type AccessUser, isStaff } from '@/access/roles'
import { idOf } from '@/fields/idOf'
import type { Committee, User } from '@/payload-types'

import type { CommitteeRole } from './vocabulary'

type Membership = NonNullable<Committee['memberships']>[number]

const today = () => new Date().toISOString().slice(0, 10)

/** Memberships whose term covers today. */
export const currentMemberships = (committee: Committee): Membership[] =>
  (committee.memberships ?? []).filter((m) => m.from.slice(0, 10) <= today() && (!m.until || m.until.slice(0, 10) >= today()))

/** The committee's current function of a user, if any. */
export const functionOf = (committee: Committee, user: AccessUser): CommitteeRole | null =>
  (user && currentMemberships(committee).find((m) => idOf(m.user) === user.id)?.role) || null

/** Convening, closing and cancelling are for the committee's presidency and secretariat (and staff). */
export const leadsCommittee = (user: AccessUser, committee: Committee) =>
  isStaff(user) || ['presidence', 'secretariat'].includes(functionOf(committee, user) ?? '')

/** Who is convened: the current members whose account is active, with their e-mail. */
export async function convenedMembers(req: PayloadRequest, committee: Committee): Promise<User[]> {
  const ids = currentMemberships(committee).map((m) => idOf(m.user) as number)
  if (!ids.length) return []
  const { docs } = await req.payload.find({
    collection: 'users',
    where: { and: [{ id: { in: ids } }, { disabled: { not_equals: true } }] },
    depth: 0,
    limit: 0,
    pagination: false,
    req,
  })
  return docs
}

export const committeeOf = (req: PayloadRequest, id: unknown) =>
  req.payload.findByID({ collection: 'committees', id: idOf(id) as number, depth: 0, req }) as Promise<Committee>
