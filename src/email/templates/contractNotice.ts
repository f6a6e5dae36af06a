import { publicUrl } from '@/config/runtime'
import { longDate } from '@/format/dates'
import { defaultLocale, type Locale } from '@/i18n/locales'
import { translatorFor } from '@/i18n/translator'

import { emailHtml, greeting } from './layout'

export type NoticeReminder = {
  id: number
  provider: string
  service: string
  noticeDeadline: string
  termEndsOn: string
  days: number
  gaps: number
}

export const contractNoticeSubject = ({ service, noticeDeadline }: NoticeReminder, locale: Locale = defaultLocale) =>
  translatorFor(locale, 'email.contractNotice')('subject', { date: longDate(noticeDeadline, locale), service })

export function contractNoticeHtml(commune: string, contract: NoticeReminder, locale: Locale = defaultLocale) {
  const t = translatorFor(locale, 'email.contractNotice')
  return emailHtml(
    {
      title: t('title'),
      paragraphs: [
        greeting(locale),
        t('body', {
          service: contract.service,
          commune,
          provider: contract.provider,
          termEndsOn: longDate(contract.termEndsOn, locale),
          deadline: longDate(contract.noticeDeadline, locale),
          days: contract.days,
        }),
        contract.gaps ? t('gaps', { gaps: contract.gaps }) : t('noGaps'),
        t('why'),
      ],
      action: { label: t('action'), url: `${publicUrl()}/contrats/${contract.id}` },
    },
    locale,
  )
}
