import { defaultLocale, intlLocale, type UiLocale } from '@/i18n/locales'
import { translatorFor } from '@/i18n/translator'

import type { IndicatorUnit } from './types'

/** An indicator's value in words: « 75 % », « 3 », « Oui »; « Sans objet » when it does not apply (in `locale`). */
export function indicatorValue(unit: IndicatorUnit, value: number | null, locale: UiLocale = defaultLocale): string {
  const t = translatorFor(locale, 'indicators.value')
  if (value === null) return t('notApplicable')
  if (unit === 'yesno') return value > 0 ? t('yes') : t('no')
  const number = value.toLocaleString(intlLocale(locale), { maximumFractionDigits: 1 })
  return unit === 'percent' ? `${number} %` : number
}
