import { zurichDay } from '@/fields/day'

/** A span of Zurich calendar days, both ends included, as YYYY-MM-DD. */
export type DaySpan = { from: string; to: string }

/** The day `months` calendar months after `day` (before, when negative), kept within the month (31 → 30, 28/29). */
export function addMonths(day: string, months: number): string {
  const [year, month, date] = day.slice(0, 10).split('-').map(Number) as [number, number, number]
  const first = new Date(Date.UTC(year, month - 1 + months, 1))
  const lastDay = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate()
  first.setUTCDate(Math.min(date, lastDay))
  return first.toISOString().slice(0, 10)
}

/** The twelve months up to `today`: from the same day a year earlier to today, both included (Zurich days). */
export function lastTwelveMonths(today: Date): DaySpan {
  const to = zurichDay(today)
  return { from: addMonths(to, -12), to }
}

/** The next six months from `today`: today to the same day six months later, both included. */
export function nextSixMonths(today: Date): DaySpan {
  const from = zurichDay(today)
  return { from, to: addMonths(from, 6) }
}

/** Whether a stored date (a day at noon UTC, or an instant) falls on a Zurich day of the span. */
export const within = (value: string | null | undefined, span: DaySpan): boolean => {
  if (!value) return false
  const day = zurichDay(value)
  return day >= span.from && day <= span.to
}

const dayBefore = (day: string) => new Date(Date.parse(`${day}T00:00:00.000Z`) - 86_400_000).toISOString().slice(0, 10)

/**
 * A `where` condition that keeps a date field to the span, with a margin for Zurich's offset from UTC (a Zurich
 * day starts the evening before in UTC): `within` then decides exactly.
 */
export const roughlyWithin = (span: DaySpan) => ({
  greater_than_equal: `${dayBefore(span.from)}T00:00:00.000Z`,
  less_than_equal: `${span.to}T23:59:59.999Z`,
})
