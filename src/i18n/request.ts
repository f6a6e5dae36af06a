import { cookies, headers } from 'next/headers'
import { getRequestConfig } from 'next-intl/server'
import { getPayload } from 'payload'
import { cache } from 'react'

import config from '@payload-config'

import { messagesFor } from './catalogue'
import { loadLanguageSettings } from './languageSettings'
import { configuredDefaultLocale, intlLocale, LOCALE_COOKIE, locales, type UiLocale } from './locales'
import { onMessageError } from './messageError'
import { resolveLocale } from './resolveLocale'
import { missingMessage } from './translator'

/** This request's language (src/i18n/resolveLocale.ts), computed once per render. */
export const requestLocale = cache(async (): Promise<UiLocale> => {
  // The request first: outside one (a job, the seed inside Payload's start) this throws at once, before getPayload,
  // which would wait for the very start that is running (callers then use the default: src/i18n/server.ts).
  const [cookieStore, headerList] = await Promise.all([cookies(), headers()])
  const payload = await getPayload({ config })
  // The database may be away: the page then says so (error.tsx) in the instance's configured language, not fails.
  const settings = await loadLanguageSettings(payload).catch(() => ({ defaultLocale: configuredDefaultLocale(), offered: locales }))
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
