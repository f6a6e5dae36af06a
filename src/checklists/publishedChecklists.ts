import type { Payload } from 'payload'

import { allAsUser } from '@/auth/asUser'
import type { User } from '@/payload-types'

/** Every published guide's title, address and checklist, by title, read as `user` (access rules apply). */
export const publishedChecklists = (payload: Payload, user: User) =>
  payload.find({
    collection: 'guides',
    ...allAsUser(user),
    where: { _status: { equals: 'published' } },
    sort: 'title',
    select: { title: true, slug: true, checklist: true },
  })
