import { publicUrl } from '@/config/runtime'
import { longDate } from '@/format/dates'
import { defaultLocale, type Locale } from '@/i18n/locales'
import { translatorFor } from '@/i18n/translator'

import { emailHtml, greeting } from './layout'

export type RecurringReminder = { label: string; guide: string; doneOn: string; due: string }

const noon = (day: string) => `${day}T12:00:00Z`

export const recurringActionSubject = (actions: RecurringReminder[], locale: Locale = defaultLocale) => {
  const t = translatorFor(locale, 'email.recurringAction')
  return actions.length === 1
    ? t('subjectOne', { date: longDate(noon(actions[0]!.due), locale), label: actions[0]!.label })
    : t('subjectMany', { count: actions.length })
}

export function recurringActionHtml(commune: string, actions: RecurringReminder[], locale: Locale = defaultLocale) {
  const t = translatorFor(locale, 'email.recurringAction')
  return emailHtml(
    {
      title: t('title', { count: actions.length }),
      paragraphs: [
        greeting(locale),
        t('intro', { count: actions.length, commune }),
        ...actions.map((action) =>
          t('item', {
            label: action.label,
            guide: action.guide,
            doneOn: longDate(noon(action.doneOn), locale),
            due: longDate(noon(action.due), locale),
          }),
        ),
        t('next'),
        t('why'),
      ],
      action: { label: t('action'), url: `${publicUrl()}/ma-commune` },
    },
    locale,
  )
}
