import { zurichInstant, zurichWallTime } from '@/calendar/zurich'
import { longDate } from '@/format/dates'
import { defaultLocale, type UiLocale } from '@/i18n/locales'
import { translatorFor } from '@/i18n/translator'

/**
 * The period of the Comité's report: two Zurich days, both included (`du`, `au` in the address, `AAAA-MM-JJ`). By
 * default the last twelve months up to today, the span between two annual reviews. Pure: the clock is a parameter.
 */
export type ReportPeriod = {
  /** First day, `2025-12-01`. */
  from: string
  /** Last day, included, `2026-11-30`. */
  to: string
  /** The first instant of `from` in Zurich. */
  start: Date
  /** The first instant after `to` in Zurich (exclusive). */
  end: Date
}

/** A longer period makes a report nobody reads, and reads years of history at once. */
export const MAX_REPORT_YEARS = 5

const DAY = /^\d{4}-\d{2}-\d{2}$/

/** Today in Zurich, `2026-11-30`. */
export const zurichToday = (now: Date) => zurichWallTime(now).slice(0, 10)

/** A day moved by whole days, months or years (the day of the month is kept, or the month's last). */
export function shiftDay(day: string, { days = 0, months = 0, years = 0 }: { days?: number; months?: number; years?: number }) {
  const [y, m, d] = day.split('-').map(Number)
  const monthIndex = (y + years) * 12 + (m - 1) + months
  const year = Math.floor(monthIndex / 12)
  const month = monthIndex - year * 12
  const lastOfMonth = new Date(Date.UTC(year, month + 1, 0)).getUTCDate()
  const date = new Date(Date.UTC(year, month, Math.min(d, lastOfMonth)) + days * 86_400_000)
  return date.toISOString().slice(0, 10)
}

/** The default period: the twelve months that end today (`2025-12-01` → `2026-11-30`). */
export const defaultPeriodDays = (now: Date) => {
  const to = zurichToday(now)
  return { from: shiftDay(to, { years: -1, days: 1 }), to }
}

/** « du 1er décembre 2025 au 30 novembre 2026 » */
export const periodWords = (period: Pick<ReportPeriod, 'start' | 'end'>, locale: UiLocale = defaultLocale) =>
  translatorFor(locale, 'report.period')('words', {
    from: longDate(period.start, locale),
    to: longDate(new Date(period.end.getTime() - 1), locale),
  })

/** The file name of the PDF: `rapport-comite-2025-12-01-au-2026-11-30` (in the reader's language). */
export const reportFileName = (period: Pick<ReportPeriod, 'from' | 'to'>, locale: UiLocale = defaultLocale) =>
  translatorFor(locale, 'report.period')('fileName', { from: period.from, to: period.to })

/** The page's and the PDF's address for a period. */
export const reportQuery = (period: Pick<ReportPeriod, 'from' | 'to'>) => `?du=${period.from}&au=${period.to}`

const validDay = (day: string) => DAY.test(day) && zurichInstant(day, '00:00') !== null

/**
 * The period asked for, or what is wrong with it in `locale` (French by default). Missing days take the default's; a period must start
 * on or before its end, end today at the latest (the report tells what happened) and span five years at most.
 */
export function readPeriod(
  du: string | null | undefined,
  au: string | null | undefined,
  now: Date,
  locale: UiLocale = defaultLocale,
): { period: ReportPeriod; problem?: undefined } | { period?: undefined; problem: string } {
  const t = translatorFor(locale, 'report.period')
  const fallback = defaultPeriodDays(now)
  const from = (du ?? '').trim() || fallback.from
  const to = (au ?? '').trim() || fallback.to
  if (!validDay(from)) return { problem: t('badStart') }
  if (!validDay(to)) return { problem: t('badEnd') }
  const today = zurichToday(now)
  if (to > today) return { problem: t('future', { today: longDate(now, locale) }) }
  if (to < from) return { problem: t('reversed') }
  if (from < shiftDay(to, { years: -MAX_REPORT_YEARS, days: 1 })) return { problem: t('tooLong', { years: MAX_REPORT_YEARS }) }
  const start = zurichInstant(from, '00:00')!
  const end = zurichInstant(shiftDay(to, { days: 1 }), '00:00')!
  return { period: { from, to, start, end } }
}
