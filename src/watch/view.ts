import type { Payload, Where } from 'payload'

import { asUser } from '@/auth/asUser'
import { contentViewer } from '@/cache/people'
import { sharedRead } from '@/cache/shared'
import { inLocale, readingLocale, type Shown, withLanguage } from '@/content/language'
import type { Locale } from '@/i18n/locales'
import { productKey } from '@/inventory/products'
import type { Guide, User, WatchItem } from '@/payload-types'

import { type WatchKind } from './kinds'

/** Items per page of /veille. */
export const watchPageSize = 20

export type WatchFilters = { kind: WatchKind | null; measure: number | null; page: number }

export type WatchCard = Shown<Pick<WatchItem, 'id' | 'title' | 'slug' | 'kind' | 'summary' | 'publishedAt' | 'measureNumbers'>>

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

/**
 * /veille: the published items of a kind and/or a measure, newest first, a page at a time (shared cache), in the
 * reader's language (`lang`).
 */
export const loadWatchList = async (payload: Payload, user: User, filters: WatchFilters, given?: Locale): Promise<WatchList> => {
  const locale = await readingLocale(given)
  return sharedRead(
    payload,
    ['watch-items'],
    `${contentViewer(user)}|${locale}|${filters.kind}|${filters.measure}|${filters.page}`,
    async () => {
      const result = await payload.find({
        collection: 'watch-items',
        ...asUser(user),
        ...inLocale(locale),
        draft: false,
        depth: 0,
        where: publishedWhere(filters),
        sort: ['-publishedAt', '-id'],
        limit: watchPageSize,
        page: filters.page,
        select: cardFields,
      })
      const items = await withLanguage(payload, user, 'watch-items', result.docs as Omit<WatchCard, 'lang'>[], 'title', locale)
      return { items, page: result.page ?? 1, totalPages: result.totalPages, total: result.totalDocs }
    },
  )
}

/** A measure's page: its latest published watch items, in the reader's language (`lang`). */
export const loadWatchOfMeasure = async (payload: Payload, user: User, measure: number, limit = 10, given?: Locale) => {
  const locale = await readingLocale(given)
  return sharedRead(payload, ['watch-items'], `${contentViewer(user)}|${locale}|measure ${measure}|${limit}`, async () => {
    const result = await payload.find({
      collection: 'watch-items',
      ...asUser(user),
      ...inLocale(locale),
      draft: false,
      depth: 0,
      where: publishedWhere({ measure }),
      sort: ['-publishedAt', '-id'],
      limit,
      select: cardFields,
    })
    const items = await withLanguage(payload, user, 'watch-items', result.docs as Omit<WatchCard, 'lang'>[], 'title', locale)
    return { items, total: result.totalDocs }
  })
}

export type WatchItemView = Shown<WatchItem> & {
  /** The linked guides this person may read (published ones for members). */
  linkedGuides: Pick<Guide, 'id' | 'title' | 'slug'>[]
  linkedProducts: { name: string; key: string; href: string }[]
}

/**
 * /veille/<slug>: one published item with its guides (read as the person) and products (shared cache), in the
 * reader's language (`lang`: French where it has no German).
 */
export const loadWatchItem = async (payload: Payload, user: User, slug: string, given?: Locale): Promise<WatchItemView | null> => {
  const locale = await readingLocale(given)
  return sharedRead(payload, ['watch-items', 'guides'], `${contentViewer(user)}|${locale}|${slug}`, async () => {
    const { docs } = await payload.find({
      collection: 'watch-items',
      ...asUser(user),
      ...inLocale(locale),
      draft: false,
      depth: 1,
      where: { and: [{ slug: { equals: slug } }, { _status: { equals: 'published' } }] },
      limit: 1,
      populate: { guides: { title: true, slug: true } },
    })
    const found = docs[0]
    if (!found) return null
    const item = (await withLanguage(payload, user, 'watch-items', [found], 'title', locale))[0]!
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
}

/** The todo box's lines: one action per line, empty lines dropped. */
export const todoLines = (todo: string | null | undefined) =>
  (todo ?? '')
    .split('\n')
    .map((line) => line.replace(/^[-•*]\s*/, '').trim())
    .filter(Boolean)
