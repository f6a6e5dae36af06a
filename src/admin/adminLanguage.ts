import type { I18nClient } from '@payloadcms/translations'

import { defaultLocale, isLocale, type Locale } from '@/i18n/locales'

/** The admin panel's language (Payload's `i18n`, given to our server components): French or German, else French. */
export const adminLanguage = (i18n: Pick<I18nClient, 'language'> | undefined | null): Locale =>
  isLocale(i18n?.language) ? i18n.language : defaultLocale
