import { zurichInstant, zurichWallTime } from '@/calendar/zurich'

/** A month as `YYYY-MM`, as the agenda's `?mois=` parameter writes it (years 1900 to 2999: 9999-12 has no next month). */
export const isMonth = (value: string | undefined): value is string => Boolean(value && /^(19|2\d)\d{2}-(0[1-9]|1[0-2])$/.test(value))

/** The month (Zurich time) an instant falls in, as `YYYY-MM`. */
export const monthOf = (instant: Date) => zurichWallTime(instant).slice(0, 7)

/** The day (Zurich time) an instant falls in, as `YYYY-MM-DD`. */
export const dayOf = (instant: Date) => zurichWallTime(instant).slice(0, 10)

/** The first instant of a month (`2027-03`) in Zurich, and of the next one. */
export function monthBounds(month: string): { from: Date; to: Date } | null {
  if (!isMonth(month)) return null
  return { from: zurichInstant(`${month}-01`, '00:00')!, to: zurichInstant(`${shiftMonth(month, 1)}-01`, '00:00')! }
}

/** The month `by` months before (negative) or after a month. */
export const shiftMonth = (month: string, by: number) => {
  const [year, m] = month.split('-').map(Number) as [number, number]
  const index = year * 12 + (m - 1) + by
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`
}

/**
 * The month the agenda's month view shows: the one asked for (`?mois=`) when it is a month; otherwise the month
 * of the next event, so that the page never opens on an empty month while events lie ahead (an event under way,
 * begun last month, counts for this month); without any event ahead, the current month.
 */
export function openingMonth({ requested, now, next }: { requested?: string; now: Date; next?: { startsAt: string } | null }): string {
  if (isMonth(requested)) return requested
  if (!next) return monthOf(now)
  const start = new Date(next.startsAt)
  return monthOf(start.getTime() > now.getTime() ? start : now)
}
