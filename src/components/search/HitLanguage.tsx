import { getTranslations } from '@/i18n/getTranslations'
import { contentLocale, type Locale } from '@/i18n/locales'
import { requestLocale } from '@/i18n/request'

/**
 * A search result's language, when it is not the reader's (« Auf Französisch » beside a guide that exists only in
 * French on a German page). Nothing when the result is in the reader's language.
 */
export async function HitLanguage({ locale }: { locale: Locale }) {
  if (locale === contentLocale(await requestLocale())) return null
  const t = await getTranslations('search')
  return (
    <span className="badge" data-testid="hit-language">
      {t(`inLanguage.${locale}`)}
    </span>
  )
}
