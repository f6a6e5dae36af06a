/** Labels of the committees and their meetings, agenda items and action items (catalogue: `vocab.meetings`). */
import { messageAt } from '@/i18n/labels'
import { defaultLocale, type Locale } from '@/i18n/locales'

const labelsIn = <K extends string>(keys: readonly K[], prefix: string, locale: Locale = defaultLocale) =>
  Object.fromEntries(keys.map((key) => [key, messageAt(locale, `vocab.meetings.${prefix}.${key}`)])) as Record<K, string>

/**
 * The two committees, keyed by the role their members hold (`copil`, `cotec`), with the name pages, e-mails and
 * search give them (French here; `committeeLabel(slug, locale)` in another language). The key order is the stored
 * one (the select options of the collections).
 */
export const committeeKeys = ['copil', 'cotec'] as const
export const committees = labelsIn(committeeKeys, 'committees')
export type CommitteeSlug = (typeof committeeKeys)[number]

/** The order in which pages list the committees (and a user's committees come). */
export const committeeSlugs: readonly CommitteeSlug[] = ['cotec', 'copil']

export const isCommitteeSlug = (slug: string | null | undefined): slug is CommitteeSlug => committeeSlugs.includes(slug as CommitteeSlug)

/** How pages, e-mails and search name a committee from its role slug. */
export const committeeLabel = (slug: string | null | undefined, locale: Locale = defaultLocale) =>
  messageAt(locale, `vocab.meetings.committees.${slug === 'copil' ? 'copil' : 'cotec'}`)

/** A member's function in a committee. */
export const committeeRoleKeys = ['presidence', 'membre', 'secretariat'] as const
export type CommitteeRole = (typeof committeeRoleKeys)[number]
export const committeeRoles = labelsIn(committeeRoleKeys, 'roles')
export const committeeRoleLabels = (locale: Locale) => labelsIn(committeeRoleKeys, 'roles', locale)

/** A meeting's life: planned (draft) → convened → held (minutes written) → minutes approved; or cancelled. */
export const meetingStatusKeys = ['planned', 'convened', 'held', 'approved', 'cancelled'] as const
export type MeetingStatus = (typeof meetingStatusKeys)[number]
export const meetingStatuses = labelsIn(meetingStatusKeys, 'statuses')
export const meetingStatusLabels = (locale: Locale) => labelsIn(meetingStatusKeys, 'statuses', locale)

/** Once approved or cancelled a meeting is part of the record: nothing in it changes any more. */
export const isClosed = (status: string | null | undefined) => status === 'approved' || status === 'cancelled'

export const actionStatusKeys = ['open', 'done', 'dropped'] as const
export type ActionStatus = (typeof actionStatusKeys)[number]
export const actionStatuses = labelsIn(actionStatusKeys, 'actionStatuses')
export const actionStatusLabels = (locale: Locale) => labelsIn(actionStatusKeys, 'actionStatuses', locale)
