import { defaultLocale, type UiLocale } from '@/i18n/locales'
import { translatorFor } from '@/i18n/translator'

import { type SearchType, searchTypes } from './types'

/** The result types' names in `locale` (« Guides », « Leitfäden »), in the order of `searchTypes` (vocab.search). */
export const searchTypeLabels = (locale: UiLocale = defaultLocale): Record<SearchType, string> => {
  const t = translatorFor(locale, 'vocab.search')
  return Object.fromEntries(searchTypes.map((type) => [type, t(`types.${type}.many`)])) as Record<SearchType, string>
}

/** The name of one result's type in `locale` (« Guide », « Leitfaden »). */
export const typeLabelIn = (type: SearchType, locale: UiLocale = defaultLocale) =>
  translatorFor(locale, 'vocab.search')(`types.${type}.one`)
