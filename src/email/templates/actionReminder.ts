import { publicUrl } from '@/config/runtime'
import { longDate } from '@/format/dates'
import { defaultLocale, type Locale } from '@/i18n/locales'
import { translatorFor } from '@/i18n/translator'

import { emailHtml, emailText, greeting } from './layout'

export type OverdueAction = { title: string; dueDate: string; committee: string }

export const actionReminderSubject = (count: number, locale: Locale = defaultLocale) =>
  translatorFor(locale, 'email.actionReminder')('subject', { count })

const content = (name: string, actions: OverdueAction[], locale: Locale) => {
  const t = translatorFor(locale, 'email.actionReminder')
  return {
    title: actionReminderSubject(actions.length, locale),
    paragraphs: [
      greeting(locale, name),
      t('intro', { count: actions.length }),
      ...actions.map((a) => t('item', { title: a.title, date: longDate(a.dueDate, locale), committee: a.committee })),
      t('next'),
    ],
    action: { label: t('action'), url: `${publicUrl()}/seances/actions` },
  }
}

export const actionReminderHtml = (name: string, actions: OverdueAction[], locale: Locale = defaultLocale) =>
  emailHtml(content(name, actions, locale), locale)

export const actionReminderText = (name: string, actions: OverdueAction[], locale: Locale = defaultLocale) =>
  emailText(content(name, actions, locale), locale)
