import type { Payload } from 'payload'

import { allAsUser, asUser } from '@/auth/asUser'
import { contentLocale } from '@/i18n/locales'
import { translatorFor } from '@/i18n/translator'
import { committeeLabel, isCommitteeSlug } from '@/meetings/vocabulary'
import type { User } from '@/payload-types'
import { watchKindLabels } from '@/watch/kinds'

import { defaultsOf, type Followed, followState, isFollowing, ownFollows } from './follow'
import { currentLocale } from './language'
import { type DigestFrequency, everyKey, type FollowTarget, type NotificationKind } from './vocabulary'

/** The follow button of a page: whether the person follows the item, and whether by default (their role). */
export const loadFollowButton = (payload: Payload, user: User, item: Followed) => followState(payload, user, item)

export type FollowLine = Followed & { label: string; href: string | null; byDefault: boolean; following: boolean }

/** Where a followed item is read. */
async function hrefs(payload: Payload, user: User, lines: Followed[]) {
  const locale = contentLocale(await currentLocale())
  const t = translatorFor(locale, 'follow.service')
  const ids = (target: FollowTarget) => lines.filter((l) => l.target === target && /^\d+$/.test(l.key)).map((l) => Number(l.key))
  const [guides, measures] = await Promise.all([
    ids('guide').length
      ? payload.find({ collection: 'guides', ...allAsUser(user), where: { id: { in: ids('guide') } }, select: { slug: true, title: true } })
      : null,
    ids('measure').length
      ? payload.find({
          collection: 'measures',
          ...allAsUser(user),
          where: { id: { in: ids('measure') } },
          select: { number: true, title: true },
        })
      : null,
  ])
  const guideOf = new Map((guides?.docs ?? []).map((g) => [String(g.id), g]))
  const measureOf = new Map((measures?.docs ?? []).map((m) => [String(m.id), m]))
  return (line: Followed): { href: string | null; label?: string } => {
    if (line.target === 'guide' && line.key === everyKey) return { href: '/guides', label: t('allGuides') }
    if (line.target === 'guide') {
      const guide = guideOf.get(line.key)
      return guide ? { href: `/guides/${guide.slug}`, label: guide.title } : { href: null }
    }
    if (line.target === 'measure') {
      const measure = measureOf.get(line.key)
      return measure
        ? { href: `/mesures/${measure.number}`, label: t('measure', { number: measure.number, title: measure.title }) }
        : { href: null }
    }
    if (line.target === 'committee' && isCommitteeSlug(line.key))
      return { href: `/seances?comite=${line.key}`, label: t('committee', { committee: committeeLabel(line.key, locale) }) }
    if (line.target === 'product') return { href: `/qui-utilise-quoi/produit/${line.key}` }
    return { href: null }
  }
}

export type NotificationSettings = {
  frequency: DigestFrequency
  muted: NotificationKind[]
  lines: FollowLine[]
  watch: { kind: string; label: string; following: boolean }[]
}

/** /compte/notifications: the digest's settings (the person's own fields, read as them) and what they follow. */
export async function loadNotificationSettings(payload: Payload, user: User): Promise<NotificationSettings> {
  const [self, rows] = await Promise.all([
    payload.findByID({ collection: 'users', id: user.id, ...asUser(user), depth: 0 }),
    ownFollows(payload, user),
  ])
  const items: Followed[] = [
    ...defaultsOf(user),
    ...rows.filter((row) => row.target !== 'watch-kind').map((row) => ({ target: row.target, key: row.key })),
  ].filter((item, i, all) => all.findIndex((other) => other.target === item.target && other.key === item.key) === i)
  const linkOf = await hrefs(payload, user, items)
  const lines = items.map((item) => {
    const row = rows.find((r) => r.target === item.target && r.key === item.key)
    const link = linkOf(item)
    const byDefault =
      defaultsOf(user).some((d) => d.target === item.target && d.key === item.key) ||
      (item.target === 'guide' && item.key !== everyKey && Boolean(user.communeReferent && user.commune))
    return { ...item, label: link.label ?? row?.label ?? item.key, href: link.href, byDefault, following: isFollowing(user, rows, item) }
  })
  return {
    frequency: (self.digestFrequency ?? 'weekly') as DigestFrequency,
    muted: (self.mutedNotifications ?? []) as NotificationKind[],
    lines,
    watch: Object.entries(watchKindLabels(await currentLocale())).map(([kind, label]) => ({
      kind,
      label,
      following: isFollowing(user, rows, { target: 'watch-kind', key: kind }),
    })),
  }
}
