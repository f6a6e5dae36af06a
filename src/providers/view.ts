import type { Payload } from 'payload'

import { allAsUser } from '@/auth/asUser'
import type { Provider, User } from '@/payload-types'

/** Every provider record with its aliases, by name, as the user reads them (every member reads providers). */
export const loadProviders = async (payload: Payload, user: User): Promise<Provider[]> =>
  (await payload.find({ collection: 'providers', ...allAsUser(user), sort: 'name' })).docs

/** The providers' names, for the suggestions of the contract form. */
export const loadProviderNames = async (payload: Payload, user: User): Promise<string[]> =>
  (await payload.find({ collection: 'providers', ...allAsUser(user), sort: 'name', select: { name: true } })).docs.map((p) => p.name)
