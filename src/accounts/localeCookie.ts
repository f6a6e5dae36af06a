import { cookies } from 'next/headers'

import { publicUrl } from '@/config/runtime'
import { LOCALE_COOKIE, type Locale } from '@/i18n/locales'

const ONE_YEAR = 365 * 24 * 60 * 60

/**
 * The person's language on this browser (src/i18n/request.ts reads it first): set when they choose it (/compte, the
 * switcher of the anonymous pages) and at login from their account. Not secret (the page shows it), so readable by
 * scripts; Secure wherever the site is served over HTTPS, as the session cookie.
 */
export async function setLocaleCookie(locale: Locale): Promise<void> {
  const store = await cookies()
  const options = { httpOnly: false, sameSite: 'lax' as const, secure: publicUrl().startsWith('https://'), path: '/', maxAge: ONE_YEAR }
  store.set(LOCALE_COOKIE, locale, options)
  // The admin panel (Payload) reads its language from its own cookie: the same choice, so that /admin speaks it too.
  store.set(ADMIN_LANGUAGE_COOKIE, locale, options)
}

/** Payload's cookie for the admin's language (`<cookiePrefix>-lng`, the prefix left at its default). */
const ADMIN_LANGUAGE_COOKIE = 'payload-lng'
