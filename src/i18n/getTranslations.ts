import type { getTranslations as nextIntlGetTranslations } from 'next-intl/server'

import { requestLocale } from './request'
import { translatorFor } from './translator'

/** The same translator as next-intl's (both are use-intl's `createTranslator`): `t(key, values)`, `t.rich`, `t.has`. */
type ServerTranslator = Awaited<ReturnType<typeof nextIntlGetTranslations>>

/**
 * The translator of a page, layout or server action, in the request's language:
 *   const t = await getTranslations('measures.page')
 *
 * In place of next-intl's `getTranslations`, which builds its message formatters anew for each request, so every
 * message a page shows was parsed again on every render (5–7 % of a member page's CPU, docs/performance.md). The
 * process keeps one translator per language and namespace (src/i18n/translator.ts), with the catalogues, time zone
 * and error handling of the request configuration (src/i18n/request.ts).
 */
export async function getTranslations(namespace?: string): Promise<ServerTranslator> {
  return translatorFor(await requestLocale(), namespace) as unknown as ServerTranslator
}
