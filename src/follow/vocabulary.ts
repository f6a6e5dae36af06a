import { watchKinds } from '@/watch/kinds'

/** What a member follows: the key says which one (a record's id, a committee's slug, a watch kind, a product key). */
export const followTargets = {
  guide: 'Guide',
  measure: 'Mesure',
  committee: 'Séances d’un comité',
  'watch-kind': 'Veille',
  product: 'Produit (qui utilise quoi)',
} as const
export type FollowTarget = keyof typeof followTargets

/** A row with this key turns off a default for every record of its target (e.g. « every guide » for a référent). */
export const everyKey = '*'

/** The kinds of notifications gathered in the digest; each can be turned off on its own (signed link, account page). */
export const notificationKinds = {
  'guide-action': 'Nouvelles actions dans les guides suivis',
  'guide-revised': 'Guides suivis révisés',
  'measure-change': 'Priorité ou état des mesures suivies',
  minutes: 'Procès-verbaux approuvés des comités suivis',
  'watch-item': 'Nouveaux articles de veille suivis',
} as const
export type NotificationKind = keyof typeof notificationKinds

/** How often the digest leaves. */
export const digestFrequencies = {
  daily: 'Chaque jour (le matin)',
  weekly: 'Chaque semaine (le lundi matin)',
} as const
export type DigestFrequency = keyof typeof digestFrequencies

export const isNotificationKind = (value: unknown): value is NotificationKind =>
  typeof value === 'string' && Object.hasOwn(notificationKinds, value)

export const isFollowTarget = (value: unknown): value is FollowTarget => typeof value === 'string' && Object.hasOwn(followTargets, value)

export const watchKindLabel = (kind: string) => (watchKinds as Record<string, string>)[kind] ?? kind
