/**
 * The last day to give notice: the end of the term minus the notice period, in calendar months (a notice of
 * 3 months on a term ending 31 May falls on 28 or 29 February). Both as YYYY-MM-DD.
 */
export function noticeDeadline(termEndsOn: string, noticeMonths: number): string {
  const [year, month, day] = termEndsOn.slice(0, 10).split('-').map(Number) as [number, number, number]
  const first = new Date(Date.UTC(year, month - 1 - noticeMonths, 1))
  const lastDay = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate()
  first.setUTCDate(Math.min(day, lastDay))
  return first.toISOString().slice(0, 10)
}

/** Whole days from `today` to `day` (both YYYY-MM-DD); negative once it has passed. */
export const daysUntil = (day: string, today: string) =>
  Math.round((Date.parse(day.slice(0, 10)) - Date.parse(today.slice(0, 10))) / 86_400_000)
