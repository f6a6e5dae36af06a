import type { UiLocale } from '@/i18n/locales'
import { translatorFor } from '@/i18n/translator'

import type { IndicatorDefinition } from './types'

export type IndicatorWords = { label: string; definition: string }

/** An indicator's label and definition in one language (`indicators.registry.<key>`), or the words it carries. */
export function indicatorWords(indicator: Pick<IndicatorDefinition, 'key' | 'label' | 'definition'>, locale: UiLocale): IndicatorWords {
  const t = translatorFor(locale, 'indicators.registry')
  return {
    label: indicator.label ?? t(`${indicator.key}.label`),
    definition: indicator.definition ?? t(`${indicator.key}.definition`),
  }
}
