import { publicUrl } from '@/config/runtime'
import { longDateTime } from '@/format/dates'
import { defaultLocale, type Locale } from '@/i18n/locales'
import { translatorFor } from '@/i18n/translator'
import type { Event } from '@/payload-types'

import { emailMessage, greeting } from './layout'
import { whereWords } from './meetingInvitation'

const tr = (locale: Locale) => translatorFor(locale, 'email.events')

const when = (event: Event, locale: Locale) => tr(locale)('when', { when: longDateTime(event.startsAt, locale) })
const where = (event: Event, locale: Locale) => tr(locale)('where', { where: whereWords(event.place, event.onlineUrl, locale) })
const link = (event: Event, locale: Locale) => ({ label: tr(locale)('view'), url: `${publicUrl()}/agenda/${event.id}` })

export type EventMessage = { subject: string; html: string; text?: string; locale?: Locale }

/** The e-mails of registration, in the recipient's language: confirmation, waiting list, promotion, cancellation by the person. */
export function registrationMessage(
  kind: 'confirmed' | 'waitlisted' | 'promoted' | 'unregistered',
  name: string,
  event: Event,
  locale: Locale = defaultLocale,
): EventMessage {
  const t = tr(locale)
  const subject = t(`${kind}.subject`, { title: event.title })
  const details = kind === 'unregistered' || kind === 'waitlisted' ? [] : [when(event, locale), where(event, locale), t('attached')]
  const paragraphs = [greeting(locale, name), t(`${kind}.intro`, { title: event.title }), ...details]
  return { ...emailMessage(subject, { title: subject, paragraphs, action: link(event, locale) }, locale), locale }
}

export function announcementMessage(name: string, event: Event, locale: Locale = defaultLocale): EventMessage {
  const t = tr(locale)
  const subject = t('announcement.subject', { title: event.title })
  const places = event.capacity ? t('announcement.places', { capacity: event.capacity }) : t('announcement.online')
  const paragraphs = [greeting(locale, name), event.summary, when(event, locale), where(event, locale), places]
  return {
    ...emailMessage(subject, { title: subject, paragraphs, action: { ...link(event, locale), label: t('announcement.action') } }, locale),
    locale,
  }
}

export function eventCancelledMessage(name: string, event: Event, locale: Locale = defaultLocale): EventMessage {
  const t = tr(locale)
  const subject = t('cancelled.subject', { title: event.title })
  const paragraphs = [greeting(locale, name), t('cancelled.body', { title: event.title, when: longDateTime(event.startsAt, locale) })]
  return { ...emailMessage(subject, { title: subject, paragraphs, action: link(event, locale) }, locale), locale }
}
