import { publicUrl } from '@/config/runtime'
import { longDate } from '@/format/dates'
import { defaultLocale, type Locale } from '@/i18n/locales'
import { translatorFor } from '@/i18n/translator'

import { emailHtml, greeting } from './layout'

export type AlertMessage = { id: number; title: string; whatToCheck: string; severity: string; expiresOn: string }

// German adjectives used as a severity keep their case; French ones read lower-case inside a sentence.
const inSentence = (severity: string, locale: Locale) => (locale === 'fr' ? severity.toLowerCase() : severity)

export const regionalAlertSubject = ({ title, severity }: AlertMessage, locale: Locale = defaultLocale) =>
  translatorFor(locale, 'email.regionalAlert')('subject', { severity: inSentence(severity, locale), title })

/** The alert as every commune's référents and secretaries receive it: what to check, and where to mark it checked. */
export function regionalAlertHtml(alert: AlertMessage, locale: Locale = defaultLocale) {
  const t = translatorFor(locale, 'email.regionalAlert')
  return emailHtml(
    {
      title: t('title', { title: alert.title }),
      paragraphs: [
        greeting(locale),
        t('intro', { severity: inSentence(alert.severity, locale) }),
        ...alert.whatToCheck.split(/\n{2,}/),
        t('next', { date: longDate(alert.expiresOn, locale) }),
        t('why'),
      ],
      action: { label: t('action'), url: `${publicUrl()}/alertes/${alert.id}` },
    },
    locale,
  )
}
