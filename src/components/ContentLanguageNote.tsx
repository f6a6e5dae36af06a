import { getTranslations } from '@/i18n/getTranslations'
import { contentLocale, defaultLocale, type Locale } from '@/i18n/locales'
import { requestLocale } from '@/i18n/request'

/**
 * « Dieser Inhalt ist nur auf Französisch verfügbar »: on a page in another language than French, above content that
 * exists only in French (`lang`, as the loaders give it: one document's language, or those of a list's documents, for
 * which the note says that some of them are in French). Nothing when everything is in the reader's language.
 */
export async function ContentLanguageNote({ lang }: { lang: Locale | undefined | readonly (Locale | undefined)[] }) {
  const reader = contentLocale(await requestLocale())
  const list = Array.isArray(lang)
  const french = (list ? lang : [lang]).filter((shown) => shown === defaultLocale).length
  if (reader === defaultLocale || french === 0) return null
  const t = await getTranslations('content')
  return (
    <p className="message message--info content-language-note" role="note" data-testid="content-language-note">
      {list ? t('someOnlyFrench') : t('onlyFrench')}
    </p>
  )
}
