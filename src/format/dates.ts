import { createTranslator } from 'next-intl'

import { timeZone } from '@/calendar/zurich'
import { defaultLocale, intlLocale, pseudoLocale, type UiLocale } from '@/i18n/locales'
import { pseudoMessages } from '@/i18n/pseudo'
// Imported, not read from the folder: the admin's client components format dates too (no file system there).
import germanWords from '@messages/de/format.json'
import frenchWords from '@messages/fr/format.json'

/**
 * Every date Relais shows is formatted here, one function per format, in Zurich time, in the reader's language (Swiss
 * French or Swiss German). The last argument is the language (`await requestLocale()` on a page, the recipient's in an
 * e-mail); French when omitted. The words around numbers (« à », « il y a ») are in the `format` catalogue.
 */
const options = {
  day: { day: 'numeric', month: 'long', year: 'numeric', timeZone },
  weekday: { weekday: 'long', timeZone },
  time: { hour: '2-digit', minute: '2-digit', timeZone },
  numeric: { day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZone },
  date: { day: '2-digit', month: '2-digit', year: 'numeric', timeZone },
  hourParts: { timeZone, day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' },
  // A month key (YYYY-MM) is read at noon UTC on the 15th: no time zone moves it to another month.
  month: { month: 'long', year: 'numeric', timeZone: 'UTC' },
} satisfies Record<string, Intl.DateTimeFormatOptions>

type Format = keyof typeof options
const formatters = new Map<string, Intl.DateTimeFormat>()

function formatter(format: Format, locale: UiLocale): Intl.DateTimeFormat {
  const key = `${format}:${intlLocale(locale)}`
  let found = formatters.get(key)
  if (!found) formatters.set(key, (found = new Intl.DateTimeFormat(intlLocale(locale), options[format])))
  return found
}

/** The pseudo-language marks formatted values too, so the untranslated-text test tells them from stray French. */
const mark = (locale: UiLocale, text: string) => (locale === pseudoLocale ? `⟦${text}⟧` : text)

const catalogues = { fr: frenchWords, de: germanWords, [pseudoLocale]: pseudoMessages(frenchWords) }
const words = (locale: UiLocale) =>
  createTranslator({ locale: intlLocale(locale), messages: { format: catalogues[locale] }, namespace: 'format' })

/** "12 mars 2027" / "12. März 2027", in Zurich time. */
export const longDate = (date: string | Date, locale: UiLocale = defaultLocale) =>
  mark(locale, formatter('day', locale).format(new Date(date)))

/** "12.03.2027", in Zurich time (dates in documents such as the templates' Word files). */
export const numericDate = (date: string | Date, locale: UiLocale = defaultLocale) =>
  mark(locale, formatter('date', locale).format(new Date(date)))

/** "14:00", in Zurich time. */
export const clockTime = (date: string | Date, locale: UiLocale = defaultLocale) =>
  mark(locale, formatter('time', locale).format(new Date(date)))

/** "12 mars 2027 à 14:00" / "12. März 2027 um 14:00", in Zurich time. */
export const dateAtTime = (date: string | Date, locale: UiLocale = defaultLocale) =>
  words(locale)('dateAtTime', {
    date: formatter('day', locale).format(new Date(date)),
    time: formatter('time', locale).format(new Date(date)),
  })

/** "jeudi 12 mars 2027 à 14:00", in Zurich time. */
export const longDateTime = (date: string | Date, locale: UiLocale = defaultLocale) =>
  words(locale)('weekdayDateAtTime', {
    weekday: formatter('weekday', locale).format(new Date(date)),
    date: formatter('day', locale).format(new Date(date)),
    time: formatter('time', locale).format(new Date(date)),
  })

/** "12.03.2027 14:00", in Zurich time (tables such as the audit journal). */
export const numericDateTime = (date: string | Date, locale: UiLocale = defaultLocale) =>
  mark(locale, formatter('numeric', locale).format(new Date(date)))

/** "30 novembre 2026 à 14 h 30" / "30. November 2026 um 14.30 Uhr", in Zurich time (the sessions list). */
export function dateAtHour(date: string | Date, locale: UiLocale = defaultLocale): string {
  const p = Object.fromEntries(
    formatter('hourParts', locale)
      .formatToParts(new Date(date))
      .map((x) => [x.type, x.value]),
  )
  return words(locale)('dateAtHour', { day: p.day, month: p.month, year: p.year, hour: Number(p.hour), minute: p.minute })
}

/** « il y a 12 minutes », « il y a 3 heures », then « le 30 novembre 2026 à 14 h 30 » (the sessions list). */
export function sinceWords(date: string | Date, now = Date.now(), locale: UiLocale = defaultLocale): string {
  const minutes = Math.floor((now - new Date(date).getTime()) / 60_000)
  const t = words(locale)
  if (minutes < 1) return t('lessThanAMinuteAgo')
  if (minutes < 60) return t('minutesAgo', { count: minutes })
  const hours = Math.floor(minutes / 60)
  if (hours < 24) return t('hoursAgo', { count: hours })
  return t('onDate', { date: dateAtHour(date, locale) })
}

/** "mars 2027" / "März 2027", from a month key "2027-03". */
export const monthYear = (month: string, locale: UiLocale = defaultLocale) =>
  mark(locale, formatter('month', locale).format(new Date(`${month}-15T12:00:00Z`)))

/** "1 h 30", "45 min". */
export function duration(minutes: number, locale: UiLocale = defaultLocale): string {
  const hours = Math.floor(minutes / 60)
  const rest = minutes % 60
  const t = words(locale)
  if (!hours) return t('minutes', { minutes: rest })
  return rest ? t('hoursMinutes', { hours, minutes: String(rest).padStart(2, '0') }) : t('hours', { hours })
}
