import type { Payload } from 'payload'

import { allAsUser } from '@/auth/asUser'
import type { User } from '@/payload-types'

/** Every question in its order, read as the user. */
export const loadFaqs = async (payload: Payload, user: User) =>
  (await payload.find({ collection: 'faqs', ...allAsUser(user), sort: 'order' })).docs
