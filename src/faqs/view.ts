import type { Payload } from 'payload'

import { allAsUser } from '@/auth/asUser'
import { contentViewer } from '@/cache/people'
import { sharedRead } from '@/cache/shared'
import type { User } from '@/payload-types'

/** Every question in its order, read as the user (every member reads the same: kept in the shared cache). */
export const loadFaqs = (payload: Payload, user: User) =>
  sharedRead(
    payload,
    ['faqs'],
    contentViewer(user),
    async () => (await payload.find({ collection: 'faqs', ...allAsUser(user), sort: 'order' })).docs,
  )
