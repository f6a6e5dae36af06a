import { defaultLocale, type Locale } from '@/i18n/locales'
import { translatorFor } from '@/i18n/translator'

import { emailMessage, greeting } from './layout'
import { resetPasswordUrl } from './resetPassword'

/** To a person whose account staff created: they choose their own password; nobody else ever knew one. */
export const accountCreatedEmail = (name: string, token: string, locale: Locale = defaultLocale) => {
  const t = translatorFor(locale, 'email.accounts.created')
  return emailMessage(
    t('subject'),
    {
      title: t('title'),
      paragraphs: [greeting(locale, name), t('body'), t('expired')],
      action: { label: t('action'), url: resetPasswordUrl(token) },
    },
    locale,
  )
}
