import type { Payload } from 'payload'

import { allAsUser, asUser } from '@/auth/asUser'
import type { User } from '@/payload-types'

import { posterOf } from './poster'

/** The guides list (fields of the cards only), optionally for one audience, read as the user. */
export const loadGuides = async (payload: Payload, user: User, audience: string | null) =>
  (
    await payload.find({
      collection: 'guides',
      where: audience ? { audiences: { contains: audience } } : undefined,
      ...allAsUser(user),
      sort: 'title',
      select: { title: true, slug: true, theme: true, summary: true, audiences: true, _status: true },
    })
  ).docs

/**
 * A guide by its slug, read as the user, its related documents trimmed to what the page shows. `draft`: its latest
 * draft (the editors' preview, src/preview/preview.ts); the access rules still apply, members only ever get what is published.
 */
export const loadGuide = async (payload: Payload, user: User, slug: string, { draft = false } = {}) =>
  (
    await payload.find({
      collection: 'guides',
      where: { slug: { equals: slug } },
      ...asUser(user),
      draft,
      limit: 1,
      depth: 1,
      populate: { users: { name: true }, media: { alt: true, filename: true, url: true } },
    })
  ).docs[0]

/** The guides linked to a measure (title, slug, and whether it has a poster to print), for the measure's page. */
export const loadGuidesOfMeasure = async (payload: Payload, user: User, measureNumber: number) =>
  (
    await payload.find({
      collection: 'guides',
      ...allAsUser(user),
      where: { measureNumbers: { equals: measureNumber } },
      sort: 'title',
      select: { title: true, slug: true, body: true },
    })
  ).docs.map(({ body, ...guide }) => ({ ...guide, hasPoster: posterOf({ title: guide.title, body }) !== null }))
