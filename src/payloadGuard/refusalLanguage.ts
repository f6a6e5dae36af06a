import type { LanguageSettings } from '@/i18n/languageSettings'
import { configuredDefaultLocale, defaultLocale, LOCALE_COOKIE, locales, type UiLocale } from '@/i18n/locales'
import { resolveLocale } from '@/i18n/resolveLocale'
import { type Translate, translatorFor } from '@/i18n/translator'

/**
 * The language of a guard's refusal: the language of the request it refuses, read off the request itself (its
 * `relais-locale` cookie, then its Accept-Language), as src/i18n/resolveLocale.ts decides for pages. The guards run
 * where Next's request scope (`requestLocale()`) is not always there: in the proxy, in Payload hooks, in a route
 * handler called by a test. Nothing here reads Payload, so the proxy may import it (src/payloadGuard/apiRefusals.ts
 * adds the instance's settings for the API).
 */
export function refusalLocale(headers: Headers, settings?: LanguageSettings): UiLocale {
  // Without the site settings: the instance's configured default, both languages offered.
  const languages = settings ?? { defaultLocale: configuredDefaultLocale(), offered: locales }
  return resolveLocale(languages, chosenLocale(headers), headers.get('accept-language'))
}

/** The value of the language cookie, as the browser sends it (`name=value; name=value`). */
export function chosenLocale(headers: Headers): string | undefined {
  for (const part of (headers.get('cookie') ?? '').split(';')) {
    const [name, ...value] = part.split('=')
    if (name?.trim() === LOCALE_COOKIE) return value.join('=').trim()
  }
  return undefined
}

const translators = new Map<UiLocale, Translate>()

/** The guard's messages (messages/<lang>/guard.json) in `locale`; French when none is given (checks called alone). */
export function refusalsIn(locale: UiLocale = defaultLocale): Translate {
  let t = translators.get(locale)
  if (!t) translators.set(locale, (t = translatorFor(locale, 'guard')))
  return t
}
