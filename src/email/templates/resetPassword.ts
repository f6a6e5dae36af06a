import { publicUrl } from '@/config/runtime'
import { defaultLocale, type Locale } from '@/i18n/locales'
import { translatorFor } from '@/i18n/translator'

import { emailHtml, greeting } from './layout'

export const resetPasswordSubject = (locale: Locale = defaultLocale) => translatorFor(locale, 'email.resetPassword')('subject')

export const resetPasswordUrl = (token: string) => `${publicUrl()}/reinitialiser-mot-de-passe?token=${encodeURIComponent(token)}`

export function resetPasswordHtml({ token, name }: { token: string; name?: string | null }, locale: Locale = defaultLocale) {
  const t = translatorFor(locale, 'email.resetPassword')
  return emailHtml(
    {
      title: t('title'),
      paragraphs: [greeting(locale, name), t('body'), t('ignore')],
      action: { label: t('action'), url: resetPasswordUrl(token) },
    },
    locale,
  )
}
