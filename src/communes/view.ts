import type { Payload } from 'payload'

import { communeOf } from '@/access/roles'
import { allAsUser, asUser } from '@/auth/asUser'
import type { Commune, User } from '@/payload-types'

/** The region's communes by name (id and name only), read as the user: for pickers and for naming rows. */
export const loadCommuneNames = async (payload: Payload, user: User) =>
  (await payload.find({ collection: 'communes', ...allAsUser(user), sort: 'name', select: { name: true } })).docs

/** One commune read as the user, or null when it does not exist (or may not be read). */
export const loadCommune = async (payload: Payload, user: User, id: number): Promise<Commune | null> =>
  (await payload.findByID({ collection: 'communes', id, ...asUser(user), depth: 0, disableErrors: true })) as Commune | null

/** The user's own commune, or null when they belong to none. */
export async function loadOwnCommune(payload: Payload, user: User): Promise<Commune | null> {
  const id = communeOf(user)
  return id ? loadCommune(payload, user, id) : null
}
