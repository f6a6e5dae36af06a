import { publicUrl } from '@/config/runtime'
import { defaultLocale, type Locale } from '@/i18n/locales'
import { translatorFor } from '@/i18n/translator'

import { emailMessage, greeting } from './layout'

type Message = { subject: string; html: string; text: string }

const tr = (locale: Locale) => translatorFor(locale, 'email.accounts')

export const confirmRequestEmail = (name: string, token: string, locale: Locale = defaultLocale): Message => {
  const t = tr(locale)
  return emailMessage(
    t('confirm.subject'),
    {
      title: t('confirm.title'),
      paragraphs: [greeting(locale, name), t('confirm.body'), t('confirm.ignore')],
      action: { label: t('confirm.action'), url: `${publicUrl()}/demande-de-compte/confirmer?token=${token}` },
    },
    locale,
  )
}

export const existingAccountEmail = (locale: Locale = defaultLocale): Message => {
  const t = tr(locale)
  return emailMessage(
    t('existing.subject'),
    {
      title: t('existing.title'),
      paragraphs: [t('existing.body'), t('existing.help')],
      action: { label: t('existing.action'), url: `${publicUrl()}/mot-de-passe-oublie` },
    },
    locale,
  )
}

export const newRequestEmail = (request: { name: string; function: string; commune: string }, locale: Locale = defaultLocale): Message => {
  const t = tr(locale)
  return emailMessage(
    t('newRequest.subject', { name: request.name, commune: request.commune }),
    {
      title: t('newRequest.title'),
      paragraphs: [t('newRequest.body', { ...request }), t('newRequest.check')],
      action: { label: t('newRequest.action'), url: `${publicUrl()}/ma-commune/demandes` },
    },
    locale,
  )
}

export const approvedEmail = (name: string, token: string, locale: Locale = defaultLocale): Message => {
  const t = tr(locale)
  return emailMessage(
    t('approved.subject'),
    {
      title: t('approved.title'),
      paragraphs: [greeting(locale, name), t('approved.body')],
      action: { label: t('approved.action'), url: `${publicUrl()}/reinitialiser-mot-de-passe?token=${token}` },
    },
    locale,
  )
}

export const rejectedEmail = (name: string, reason: string, locale: Locale = defaultLocale): Message => {
  const t = tr(locale)
  return emailMessage(
    t('rejected.subject'),
    {
      title: t('rejected.title'),
      paragraphs: [greeting(locale, name), t('rejected.reason', { reason }), t('rejected.help', { signature: t('signature') })],
    },
    locale,
  )
}

export const inactivityWarningEmail = (name: string, days: number, locale: Locale = defaultLocale): Message => {
  const t = tr(locale)
  return emailMessage(
    t('inactivityWarning.subject', { days }),
    {
      title: t('inactivityWarning.title'),
      paragraphs: [greeting(locale, name), t('inactivityWarning.body', { days }), t('inactivityWarning.keep')],
      action: { label: t('inactivityWarning.action'), url: `${publicUrl()}/connexion` },
    },
    locale,
  )
}

export const disabledForInactivityEmail = (
  person: { name: string; email: string },
  months: number,
  locale: Locale = defaultLocale,
): Message => {
  const t = tr(locale)
  return emailMessage(
    t('disabled.subject', { name: person.name }),
    {
      title: t('disabled.title'),
      paragraphs: [t('disabled.body', { name: person.name, email: person.email, months }), t('disabled.help')],
      action: { label: t('disabled.action'), url: `${publicUrl()}/ma-commune/comptes` },
    },
    locale,
  )
}
