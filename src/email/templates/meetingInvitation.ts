import { duration, longDate, longDateTime } from '@/format/dates'
import { defaultLocale, type Locale } from '@/i18n/locales'
import { translatorFor } from '@/i18n/translator'

import { emailMessage, greeting } from './layout'

export type InvitationKind = 'convocation' | 'update' | 'cancellation'

export type InvitationContent = {
  kind: InvitationKind
  committee: string
  title: string
  startsAt: string
  durationMinutes: number
  place?: string | null
  onlineUrl?: string | null
  agenda: { title: string; durationMinutes: number; presenter?: string | null; confidential?: boolean | null }[]
  reason?: string | null
  url: string
}

const tr = (locale: Locale) => translatorFor(locale, 'email.meetingInvitation')

export function invitationSubject(c: InvitationContent, locale: Locale = defaultLocale) {
  const t = tr(locale)
  if (c.kind === 'cancellation') return t('subjectCancellation', { committee: c.committee, date: longDate(c.startsAt, locale) })
  return t(c.kind === 'update' ? 'subjectUpdate' : 'subjectConvocation', { committee: c.committee, when: longDateTime(c.startsAt, locale) })
}

/** The agenda as plain lines, for the e-mail and the calendar event's description. */
export const agendaLines = (agenda: InvitationContent['agenda'], locale: Locale = defaultLocale) => {
  const t = tr(locale)
  return agenda.map((item, index) => {
    const values = { number: index + 1, title: item.title, duration: duration(item.durationMinutes, locale) }
    const line = item.presenter ? t('agendaItemPresenter', { ...values, presenter: item.presenter }) : t('agendaItem', values)
    return item.confidential ? t('confidential', { item: line }) : line
  })
}

/** Where a meeting or an event takes place, in words: the place, online, or both. */
export function whereWords(place: string | null | undefined, onlineUrl: string | null | undefined, locale: Locale): string {
  const t = tr(locale)
  const online = onlineUrl ? t('online', { url: onlineUrl }) : null
  if (place && online) return t('or', { first: place, second: online })
  return place || online || t('toBeConfirmed')
}

function invitationContent(name: string, c: InvitationContent, locale: Locale) {
  const t = tr(locale)
  const values = { title: c.title, committee: c.committee }
  const intro = {
    convocation: t('introConvocation', values),
    update: t('introUpdate', values),
    cancellation: t('introCancellation', { ...values, when: longDateTime(c.startsAt, locale) }),
  }[c.kind]
  const details =
    c.kind === 'cancellation'
      ? [c.reason ? t('reason', { reason: c.reason }) : t('removed')]
      : [
          t('when', { when: longDateTime(c.startsAt, locale), duration: duration(c.durationMinutes, locale) }),
          t('where', { where: whereWords(c.place, c.onlineUrl, locale) }),
          t('agenda'),
          ...agendaLines(c.agenda, locale),
          t('attached'),
        ]
  return {
    title: invitationSubject(c, locale),
    paragraphs: [greeting(locale, name), intro, ...details],
    action: { label: t('action'), url: c.url },
  }
}

/** The convocation, its update or its cancellation, in the recipient's language: subject, HTML and plain text. */
export const invitationMessage = (name: string, c: InvitationContent, locale: Locale = defaultLocale) =>
  emailMessage(invitationSubject(c, locale), invitationContent(name, c, locale), locale)

export const invitationHtml = (name: string, c: InvitationContent, locale: Locale = defaultLocale) =>
  invitationMessage(name, c, locale).html
