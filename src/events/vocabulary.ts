import { messageAt } from '@/i18n/labels'
import { defaultLocale, type UiLocale } from '@/i18n/locales'

/** Labels of a vocabulary in one language, from the catalogue (`vocab.events`). */
const labelsIn = <K extends string>(keys: readonly K[], prefix: string, locale: UiLocale = defaultLocale) =>
  Object.fromEntries(keys.map((key) => [key, messageAt(locale, `vocab.events.${prefix}.${key}`)])) as Record<K, string>

export const eventTypeKeys = ['symposium', 'formation', 'webinaire', 'atelier'] as const
export type EventType = (typeof eventTypeKeys)[number]
/** French labels, for code that has no language yet; pages read `vocab.events.types.<key>` in their own. */
export const eventTypes = labelsIn(eventTypeKeys, 'types')
export const eventTypeLabels = (locale: UiLocale) => labelsIn(eventTypeKeys, 'types', locale)

/** Who the announcement e-mail goes to. */
export const announcementAudienceKeys = ['all', 'validators', 'referents', 'committees'] as const
export type AnnouncementAudience = (typeof announcementAudienceKeys)[number]
export const announcementAudiences = labelsIn(announcementAudienceKeys, 'audiences')

export const registrationStatusKeys = ['confirmed', 'waitlisted', 'cancelled'] as const
export type RegistrationStatus = (typeof registrationStatusKeys)[number]
export const registrationStatuses = labelsIn(registrationStatusKeys, 'registrationStatuses')
export const registrationStatusLabels = (locale: UiLocale) => labelsIn(registrationStatusKeys, 'registrationStatuses', locale)
