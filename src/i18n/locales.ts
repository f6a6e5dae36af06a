/**
 * The languages Relais speaks. French is the language of the sources and the fallback of every content field; German
 * serves the Upper Valais and any German-speaking region. `qps` is a pseudo-language for tests only: every message is
 * French wrapped in ⟦ ⟧, so a string missing from the catalogue shows on a page (tests/e2e/i18n-pseudo.e2e.spec.ts).
 */
export const locales = ['fr', 'de'] as const
export type Locale = (typeof locales)[number]
/** A request's language: a real one, or the pseudo-language when the server runs with RELAIS_PSEUDO_LOCALE=1. */
export type UiLocale = Locale | typeof pseudoLocale

export const defaultLocale: Locale = 'fr'
export const pseudoLocale = 'qps'

/** The cookie that keeps a person's language between visits (set at login and when they choose it). */
export const LOCALE_COOKIE = 'relais-locale'

/** Dates and numbers follow Swiss conventions of each language. The pseudo-language formats as German. */
export const intlLocale = (locale: UiLocale): string => (locale === 'fr' ? 'fr-CH' : 'de-CH')

export const isLocale = (value: unknown): value is Locale => typeof value === 'string' && (locales as readonly string[]).includes(value)

/** The pseudo-language exists only on a server started for the tests that look for untranslated text. */
export const pseudoLocaleEnabled = (): boolean => process.env.RELAIS_PSEUDO_LOCALE === '1'

export const isUiLocale = (value: unknown): value is UiLocale => isLocale(value) || (value === pseudoLocale && pseudoLocaleEnabled())

/** The language content is read in: the pseudo-language reads French content (it has no content of its own). */
export const contentLocale = (locale: UiLocale): Locale => (locale === pseudoLocale ? defaultLocale : locale)

/** The instance's default language before its settings exist (a new database): RELAIS_DEFAULT_LANGUAGE, else French. */
export const configuredDefaultLocale = (): Locale => {
  const value = process.env.RELAIS_DEFAULT_LANGUAGE
  return isLocale(value) ? value : defaultLocale
}
