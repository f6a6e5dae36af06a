import { match } from '@formatjs/intl-localematcher'
import Negotiator from 'negotiator'

import type { LanguageSettings } from './languageSettings'
import { isLocale, isUiLocale, type UiLocale } from './locales'

/**
 * A request's language, in order: the language the person chose (the cookie set at login from their account and when
 * they change it), then, on a first visit to an instance that offers both, the browser's language, then the
 * instance's default. A chosen language the instance no longer offers falls back to its default.
 */
export function resolveLocale(settings: LanguageSettings, chosen: string | undefined, acceptLanguage: string | null): UiLocale {
  if (isUiLocale(chosen) && (!isLocale(chosen) || settings.offered.includes(chosen))) return chosen
  if (settings.offered.length > 1 && acceptLanguage) {
    const asked = new Negotiator({ headers: { 'accept-language': acceptLanguage } }).languages()
    try {
      const best = match(asked, [...settings.offered], settings.defaultLocale)
      if (isLocale(best)) return best
    } catch {
      // A malformed Accept-Language header (RangeError from Intl) is simply ignored.
    }
  }
  return settings.defaultLocale
}
