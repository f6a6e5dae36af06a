import { messageAt } from '@/i18n/labels'
import { defaultLocale, type Locale } from '@/i18n/locales'
import { watchKinds } from '@/watch/kinds'

/** Labels of a vocabulary in one language, from the catalogue (`vocab.follow`). */
const labelsIn = <K extends string>(keys: readonly K[], prefix: string, locale: Locale = defaultLocale) =>
  Object.fromEntries(keys.map((key) => [key, messageAt(locale, `vocab.follow.${prefix}.${key}`)])) as Record<K, string>

/** What a member follows: the key says which one (a record's id, a committee's slug, a watch kind, a product key). */
export const followTargetKeys = ['guide', 'measure', 'committee', 'watch-kind', 'product'] as const
export type FollowTarget = (typeof followTargetKeys)[number]
export const followTargets = labelsIn(followTargetKeys, 'targets')

/** A row with this key turns off a default for every record of its target (e.g. « every guide » for a référent). */
export const everyKey = '*'

/** The kinds of notifications gathered in the digest; each can be turned off on its own (signed link, account page). */
export const notificationKindKeys = ['guide-action', 'guide-revised', 'measure-change', 'minutes', 'watch-item'] as const
export type NotificationKind = (typeof notificationKindKeys)[number]
export const notificationKinds = labelsIn(notificationKindKeys, 'kinds')
export const notificationKindLabels = (locale: Locale) => labelsIn(notificationKindKeys, 'kinds', locale)

/** How often the digest leaves. */
export const digestFrequencyKeys = ['daily', 'weekly'] as const
export type DigestFrequency = (typeof digestFrequencyKeys)[number]
export const digestFrequencies = labelsIn(digestFrequencyKeys, 'frequencies')
export const digestFrequencyLabels = (locale: Locale) => labelsIn(digestFrequencyKeys, 'frequencies', locale)

export const isNotificationKind = (value: unknown): value is NotificationKind =>
  typeof value === 'string' && Object.hasOwn(notificationKinds, value)

export const isFollowTarget = (value: unknown): value is FollowTarget => typeof value === 'string' && Object.hasOwn(followTargets, value)

export const watchKindLabel = (kind: string) => (watchKinds as Record<string, string>)[kind] ?? kind
