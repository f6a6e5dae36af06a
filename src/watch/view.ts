import type { Payload, Where } from 'payload'

import { asUser } from '@/auth/asUser'
import { contentViewer } from '@/cache/people'
import { sharedRead } from '@/cache/shared'
import { productKey } from '@/inventory/products'
import type { Guide, User, WatchItem } from '@/payload-types'

import { type WatchKind } from './kinds'

/** Items per page of /veille. */
export const watchPageSize = 20

export type WatchFilters = { kind: WatchKind | null; measure: number | null; page: number }

export type WatchCard = Pick<WatchItem, 'id' | 'title' | 'slug' | 'kind' | 'summary' | 'publishedAt' | 'measureNumbers'>

export type WatchList = { items: WatchCard[]; page: number; totalPages: number; total: number }

const cardFields = { title: true, slug: true, kind: true, summary: true, publishedAt: true, measureNumbers: true } as const

/**
 * Published only, for everyone: a COTEC member's own proposals (which their read rule lets them open) and the
 * coordination's drafts stay in the admin, never in the pages' lists. Newest first.
 */
const publishedWhere = (filters: Partial<WatchFilters>): Where => ({
  and: [
    { _status: { equals: 'published' } },
    ...(filters.kind ? [{ kind: { equals: filters.kind } }] : []),
    ...(filters.measure ? [{ measureNumbers: { equals: filters.measure } }] : []),
  ],
})

/** /veille: the published items of a kind and/or a measure, newest first, a page at a time (shared cache). */
export const loadWatchList = (payload: Payload, user: User, filters: WatchFilters): Promise<WatchList> =>
  sharedRead(payload, ['watch-items'], `${contentViewer(user)}|${filters.kind}|${filters.measure}|${filters.page}`, async () => {
    const result = await payload.find({
      collection: 'watch-items',
      ...asUser(user),
      draft: false,
      depth: 0,
      where: publishedWhere(filters),
      sort: ['-publishedAt', '-id'],
      limit: watchPageSize,
      page: filters.page,
      select: cardFields,
    })
    return { items: result.docs as WatchCard[], page: result.page ?? 1, totalPages: result.totalPages, total: result.totalDocs }
  })

/** A measure's page: its latest published watch items. */
export const loadWatchOfMeasure = (payload: Payload, user: User, measure: number, limit = 10) =>
  sharedRead(payload, ['watch-items'], `${contentViewer(user)}|measure ${measure}|${limit}`, async () => {
    const result = await payload.find({
      collection: 'watch-items',
      ...asUser(user),
      draft: false,
      depth: 0,
      where: publishedWhere({ measure }),
      sort: ['-publishedAt', '-id'],
      limit,
      select: cardFields,
    })
    return { items: result.docs as WatchCard[], total: result.totalDocs }
  })

export type WatchItemView = WatchItem & {
  /** The linked guides this person may read (published ones for members). */
  linkedGuides: Pick<Guide, 'id' | 'title' | 'slug'>[]
  linkedProducts: { name: string; key: string; href: string }[]
}

/** /veille/<slug>: one published item with its guides (read as the person) and products (shared cache). */
export const loadWatchItem = (payload: Payload, user: User, slug: string): Promise<WatchItemView | null> =>
  sharedRead(payload, ['watch-items', 'guides'], `${contentViewer(user)}|${slug}`, async () => {
    const { docs } = await payload.find({
      collection: 'watch-items',
      ...asUser(user),
      draft: false,
      depth: 1,
      where: { and: [{ slug: { equals: slug } }, { _status: { equals: 'published' } }] },
      limit: 1,
      populate: { guides: { title: true, slug: true } },
    })
    const item = docs[0]
    if (!item) return null
    return {
      ...item,
      linkedGuides: (item.guides ?? []).filter((guide): guide is Guide => typeof guide === 'object' && guide !== null),
      linkedProducts: (item.products ?? []).map((name) => ({
        name,
        key: productKey(name),
        href: `/qui-utilise-quoi/produit/${productKey(name)}`,
      })),
    }
  })

/** The todo box's lines: one action per line, empty lines dropped. */
export const todoLines = (todo: string | null | undefined) =>
  (todo ?? '')
    .split('\n')
    .map((line) => line.replace(/^[-•*]\s*/, '').trim())
    .filter(Boolean)
