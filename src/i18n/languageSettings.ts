import type { Payload } from 'payload'

import { sharedRead } from '@/cache/shared'

import { configuredDefaultLocale, isLocale, type Locale, locales } from './locales'

export type LanguageSettings = { defaultLocale: Locale; offered: readonly Locale[] }

/**
 * The instance's languages (site settings): its default one, and whether people may use the other. Not private (the
 * login page needs it), so it is read without access rules and shared by everyone in the cache.
 */
export const loadLanguageSettings = (payload: Payload): Promise<LanguageSettings> =>
  sharedRead(payload, ['site-settings'], 'languages', async () => {
    const settings = await payload.findGlobal({ slug: 'site-settings', depth: 0 })
    // Settings never saved yet: the language the instance was started with (RELAIS_DEFAULT_LANGUAGE), else French.
    const main = isLocale(settings.defaultLocale) ? settings.defaultLocale : configuredDefaultLocale()
    return { defaultLocale: main, offered: settings.offerBothLanguages === false ? [main] : locales }
  })
