import type { Payload } from 'payload'

import { allAsUser } from '@/auth/asUser'
import { contentViewer } from '@/cache/people'
import { sharedRead } from '@/cache/shared'
import type { User } from '@/payload-types'

/**
 * Every published guide's title, address and checklist, by title, read as `user` (access rules apply); the same for
 * every member, so kept in the shared cache (src/cache/shared.ts).
 */
export const publishedChecklists = (payload: Payload, user: User) =>
  sharedRead(payload, ['guides'], contentViewer(user), () =>
    payload.find({
      collection: 'guides',
      ...allAsUser(user),
      where: { _status: { equals: 'published' } },
      sort: 'title',
      select: { title: true, slug: true, checklist: true },
    }),
  )
