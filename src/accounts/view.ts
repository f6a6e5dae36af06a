import type { Payload } from 'payload'

import { allAsUser, asUser } from '@/auth/asUser'
import type { AccountRequest, User } from '@/payload-types'

/**
 * The account-request form is public: it reads only the list of the region's communes (names and OFS numbers,
 * public facts), with no user to read as.
 */
export const loadRequestFormCommunes = async (payload: Payload) =>
  (
    await payload.find({
      collection: 'communes',
      limit: 0,
      pagination: false,
      depth: 0,
      sort: 'name',
      select: { name: true, ofsNumber: true },
    })
  ).docs

/** One account request, read as the user (a validator reads only their commune's), or null. */
export const loadRequest = async (payload: Payload, user: User, id: number): Promise<AccountRequest | null> =>
  (await payload.findByID({ collection: 'account-requests', id, ...asUser(user), depth: 0, disableErrors: true })) as AccountRequest | null

/** The accounts of one commune by name, read as the user. */
export const loadCommuneAccounts = async (payload: Payload, user: User, communeId: number) =>
  (await payload.find({ collection: 'users', ...allAsUser(user), where: { commune: { equals: communeId } }, sort: 'name' })).docs
