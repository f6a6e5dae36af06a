import type { Payload } from 'payload'

import { asUser } from '@/auth/asUser'
import { loadLanguageSettings } from '@/i18n/languageSettings'
import { isLocale, type Locale } from '@/i18n/locales'
import { translatorFor } from '@/i18n/translator'
import type { User } from '@/payload-types'
import { badInput, done, type Result } from '@/result'

/**
 * « Langue » of /compte: the person's own language, saved to their account (`users.locale`: e-mails, and the cookie
 * set at each login) among the languages the instance offers. Only their own account: the service takes no id, and
 * the field's access rule refuses anyone else but staff (collections/Users). The answer is in the chosen language,
 * as the page that shows it next.
 */
export async function chooseLanguage(payload: Payload, user: User, value: unknown): Promise<Result<{ locale: Locale }>> {
  const settings = await loadLanguageSettings(payload)
  if (!isLocale(value) || !settings.offered.includes(value)) return badInput('account.language.unknown')
  await payload.update({ collection: 'users', id: user.id, data: { locale: value }, ...asUser(user), depth: 0 })
  return done(translatorFor(value, 'account')('language.saved'), { locale: value })
}

/** The language a visitor asks for on an anonymous page (login, password, account request), if the instance offers it. */
export async function offeredLocale(payload: Payload, value: unknown): Promise<Locale | null> {
  const settings = await loadLanguageSettings(payload)
  return isLocale(value) && settings.offered.includes(value) ? value : null
}
