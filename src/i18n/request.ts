import { cookies, headers } from 'next/headers'
import { getRequestConfig } from 'next-intl/server'
import { getPayload } from 'payload'
import { cache } from 'react'

import config from '@payload-config'

import { messagesFor } from './catalogue'
import { loadLanguageSettings } from './languageSettings'
import { intlLocale, LOCALE_COOKIE, type UiLocale } from './locales'
import { onMessageError } from './messageError'
import { resolveLocale } from './resolveLocale'
import { missingMessage } from './translator'

/** This request's language (src/i18n/resolveLocale.ts), computed once per render. */
export const requestLocale = cache(async (): Promise<UiLocale> => {
  const payload = await getPayload({ config })
  const [settings, cookieStore, headerList] = await Promise.all([loadLanguageSettings(payload), cookies(), headers()])
  return resolveLocale(settings, cookieStore.get(LOCALE_COOKIE)?.value, headerList.get('accept-language'))
})

/**
 * next-intl's configuration for every page and server action. There is no language in the address: a link is the
 * same for everyone, and each person reads it in their own language.
 */
export default getRequestConfig(async () => {
  const locale = await requestLocale()
  return {
    // next-intl formats with this locale (de-CH, fr-CH); pages read the Relais language with `requestLocale()`.
    locale: intlLocale(locale),
    messages: messagesFor(locale),
    timeZone: 'Europe/Zurich',
    onError: onMessageError,
    getMessageFallback: missingMessage,
  }
})
