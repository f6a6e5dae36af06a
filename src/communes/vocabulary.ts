import type { UiLocale } from '@/i18n/locales'
import { translatorFor } from '@/i18n/translator'

/**
 * The eight French-speaking districts of Valais covered by the ARVr, by their OFS number (state of 2024). Their names
 * in each language are in the catalogues (`vocab.communes.districts`).
 */
export const districtNumbers = [2302, 2303, 2305, 2307, 2308, 2310, 2311, 2312] as const

export type DistrictNumber = (typeof districtNumbers)[number]

/** A district's name in one language. */
export const districtName = (district: DistrictNumber, locale: UiLocale): string =>
  translatorFor(locale, 'vocab.communes')(`districts.${district}`)
