import { publicUrl } from '@/config/runtime'
import { longDate } from '@/format/dates'
import { defaultLocale, type Locale } from '@/i18n/locales'
import { translatorFor } from '@/i18n/translator'

import { emailHtml, greeting } from './layout'

export const guideReviewSubject = (title: string, locale: Locale = defaultLocale) =>
  translatorFor(locale, 'email.guideReview')('subject', { title })

export function guideReviewHtml(
  { title, slug, ownerName, dueDate }: { title: string; slug: string; ownerName: string; dueDate: Date },
  locale: Locale = defaultLocale,
) {
  const t = translatorFor(locale, 'email.guideReview')
  return emailHtml(
    {
      title: t('title'),
      paragraphs: [greeting(locale, ownerName), t('body', { title, date: longDate(dueDate, locale) }), t('next'), t('once')],
      action: { label: t('action'), url: `${publicUrl()}/guides/${slug}` },
    },
    locale,
  )
}
