import type { Payload } from 'payload'

import { allAsUser, asUser } from '@/auth/asUser'
import type { User } from '@/payload-types'

/** The templates list (fields of the list only), read as the user. */
export const loadTemplates = async (payload: Payload, user: User) =>
  (
    await payload.find({
      collection: 'templates',
      ...allAsUser(user),
      sort: 'title',
      select: { title: true, slug: true, category: true, description: true },
    })
  ).docs

/** A template by its slug, read as the user; depth 1 populates its file (the page), 0 leaves it an id (the download). */
export const loadTemplate = async (payload: Payload, user: User, slug: string, depth: 0 | 1 = 1) =>
  (await payload.find({ collection: 'templates', where: { slug: { equals: slug } }, ...asUser(user), limit: 1, depth })).docs[0]
