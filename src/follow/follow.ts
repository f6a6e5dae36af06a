import type { Payload, Where } from 'payload'

import { hasRole } from '@/access/roles'
import { allAsUser } from '@/auth/asUser'
import { contentLocale } from '@/i18n/locales'
import { translatorFor } from '@/i18n/translator'
import { loadProduct } from '@/inventory/whoUsesWhat'
import { committeeLabel, isCommitteeSlug } from '@/meetings/vocabulary'
import type { Follow, User } from '@/payload-types'
import { done, refuse, type Result } from '@/result'
import { watchKindLabels, watchKinds } from '@/watch/kinds'

import { currentLocale, serverTranslator } from './language'
import { everyKey, type FollowTarget } from './vocabulary'

export type Followed = { target: FollowTarget; key: string }

type Who = Pick<User, 'id' | 'roles' | 'commune' | 'communeReferent'>

/**
 * What a person follows without having asked, by role: a commune's référent numérique every guide (so a new guide is
 * followed without anyone writing a row), a committee member their committee's meetings. A `following: false` row
 * turns a default off, for one record or (key `*`) for all of them.
 */
export function followsByDefault(user: Who, { target, key }: Followed): boolean {
  if (target === 'guide') return Boolean(user.communeReferent && user.commune)
  if (target === 'committee') return isCommitteeSlug(key) && hasRole(user as never, key)
  return false
}

/** The defaults a person has, as rows for the account page. */
export function defaultsOf(user: Who): Followed[] {
  return [
    ...(user.communeReferent && user.commune ? [{ target: 'guide' as const, key: everyKey }] : []),
    ...(['cotec', 'copil'] as const).filter((slug) => hasRole(user as never, slug)).map((key) => ({ target: 'committee' as const, key })),
  ]
}

/** Whether the rows and defaults of one person say they follow `item`: the record's row, else the `*` row, else the default. */
export function isFollowing(user: Who, rows: Pick<Follow, 'target' | 'key' | 'following'>[], item: Followed): boolean {
  const own = rows.find((row) => row.target === item.target && row.key === item.key)
  if (own) return own.following !== false
  const every = rows.find((row) => row.target === item.target && row.key === everyKey)
  if (every) return every.following !== false
  return followsByDefault(user, item)
}

const matching = ({ target, key }: Followed): Where => ({ and: [{ target: { equals: target } }, { key: { in: [key, everyKey] } }] })

const rowsOf = async (payload: Payload, userIds: number[], items: Followed[]) => {
  if (!userIds.length || !items.length) return []
  const { docs } = await payload.find({
    collection: 'follows',
    where: {
      and: [{ user: { in: userIds } }, { or: items.map(matching) }],
    },
    depth: 0,
    limit: 0,
    pagination: false,
  })
  return docs
}

/** Every active person who follows at least one of `items` (explicitly or by default), as full accounts. */
export async function followersOf(payload: Payload, items: Followed[]): Promise<User[]> {
  if (!items.length) return []
  const explicit = await payload.find({
    collection: 'follows',
    where: {
      and: [{ following: { equals: true } }, { or: items.map(matching) }],
    },
    depth: 0,
    limit: 0,
    pagination: false,
    select: { user: true },
  })
  const explicitIds = [...new Set(explicit.docs.map((row) => (typeof row.user === 'object' ? row.user.id : row.user)))]
  const byDefault: Where[] = []
  if (items.some((item) => item.target === 'guide'))
    byDefault.push({ and: [{ communeReferent: { equals: true } }, { commune: { exists: true } }] })
  for (const item of items) if (item.target === 'committee' && isCommitteeSlug(item.key)) byDefault.push({ roles: { contains: item.key } })
  const candidates = [...(explicitIds.length ? [{ id: { in: explicitIds } }] : []), ...byDefault]
  if (!candidates.length) return []
  const { docs: users } = await payload.find({
    collection: 'users',
    where: { and: [{ disabled: { not_equals: true } }, { or: candidates }] },
    depth: 0,
    limit: 0,
    pagination: false,
    showHiddenFields: true,
  })
  const rows = await rowsOf(
    payload,
    users.map((user) => user.id),
    items,
  )
  return users.filter((user) => {
    const own = rows.filter((row) => (typeof row.user === 'object' ? row.user.id : row.user) === user.id)
    return items.some((item) => isFollowing(user, own, item))
  })
}

/** The person's own rows (read as them). */
export async function ownFollows(payload: Payload, user: User): Promise<Follow[]> {
  const { docs } = await payload.find({ collection: 'follows', ...allAsUser(user), sort: 'createdAt' })
  return docs
}

/** Whether the person follows one item, and whether it is by default. */
export async function followState(payload: Payload, user: User, item: Followed) {
  const rows = (await ownFollows(payload, user)).filter((row) => row.target === item.target)
  return { following: isFollowing(user, rows, item), byDefault: followsByDefault(user, item) }
}

/**
 * What the person may follow, as they may read it, with its title; `null` when there is no such thing for them
 * (a draft guide for a member, an unknown product…): nobody follows what they cannot read.
 */
export async function followable(payload: Payload, user: User, { target, key }: Followed): Promise<string | null> {
  const locale = await currentLocale()
  const t = translatorFor(locale, 'follow.service')
  if (key === everyKey) return target === 'guide' ? t('allGuides') : null
  const byId = async (collection: 'guides' | 'measures') => {
    if (!/^\d{1,9}$/.test(key)) return null
    const { docs } = await payload.find({ collection, where: { id: { equals: Number(key) } }, ...allAsUser(user), limit: 1 })
    const doc = docs[0] as { title: string; number?: number } | undefined
    if (!doc) return null
    return collection === 'measures' ? t('measure', { number: doc.number ?? '', title: doc.title }) : doc.title
  }
  switch (target) {
    case 'guide':
    case 'measure':
      return byId(target === 'guide' ? 'guides' : 'measures')
    case 'committee':
      return isCommitteeSlug(key) ? t('committee', { committee: committeeLabel(key, contentLocale(locale)) }) : null
    case 'watch-kind':
      return Object.hasOwn(watchKinds, key) ? t('watch', { kind: watchKindLabels(locale)[key as keyof typeof watchKinds] }) : null
    case 'product': {
      if (!/^[a-z0-9-]{1,120}$/.test(key)) return null
      const product = await loadProduct(payload, user, key)
      return product ? t('product', { name: product.name }) : null
    }
  }
}

async function setRow(payload: Payload, user: User, item: Followed, following: boolean, label: string) {
  const { docs } = await payload.find({
    collection: 'follows',
    where: { and: [{ user: { equals: user.id } }, { target: { equals: item.target } }, { key: { equals: item.key } }] },
    depth: 0,
    limit: 1,
  })
  const row = docs[0]
  if (row) await payload.update({ collection: 'follows', id: row.id, data: { following, label } })
  else await payload.create({ collection: 'follows', data: { user: user.id, target: item.target, key: item.key, following, label } })
}

const unknown = async () => refuse(404, (await serverTranslator('follow.service'))('unknown'))

/** The person follows `item` from now on (a row, unless a default already says so and no row turned it off). */
export async function follow(payload: Payload, user: User, item: Followed): Promise<Result> {
  const label = await followable(payload, user, item)
  if (!label) return unknown()
  await setRow(payload, user, item, true, label)
  return done((await serverTranslator('follow.service'))('followed', { label }))
}

/**
 * The person no longer follows `item`. A followed-by-default item (or `*`) keeps a `following: false` row, so that
 * the default stays off; anything else loses its row.
 */
export async function unfollow(payload: Payload, user: User, item: Followed): Promise<Result> {
  const label = await followable(payload, user, item)
  if (!label) return unknown()
  const defaultApplies = item.key === everyKey ? followsByDefault(user, { ...item, key: '0' }) : followsByDefault(user, item)
  const everyOn = item.key !== everyKey && (await followState(payload, user, { target: item.target, key: everyKey })).following
  if (defaultApplies || everyOn) await setRow(payload, user, item, false, label)
  else
    await payload.delete({
      collection: 'follows',
      where: { and: [{ user: { equals: user.id } }, { target: { equals: item.target } }, { key: { equals: item.key } }] },
    })
  return done((await serverTranslator('follow.service'))('unfollowed', { label }))
}
