import Link from 'next/link'

import { zurichWallTime } from '@/calendar/zurich'
import { clockTime } from '@/format/dates'
import { getTranslations } from '@/i18n/getTranslations'
import { intlLocale, type UiLocale } from '@/i18n/locales'
import { requestLocale } from '@/i18n/request'
import type { Event } from '@/payload-types'

/** Monday to Sunday, abbreviated in the page's language (5 January 2026 is a Monday). */
const weekdays = (locale: UiLocale) =>
  Array.from({ length: 7 }, (_, i) =>
    new Intl.DateTimeFormat(intlLocale(locale), { weekday: 'short', timeZone: 'UTC' }).format(Date.UTC(2026, 0, 5 + i)),
  )

type Props = {
  month: string
  events: Event[]
  label: string
  /** Today in Zurich (`YYYY-MM-DD`): its cell is marked, for the eye and for screen readers (aria-current="date"). */
  today: string
}

/** A month as weeks (Monday first), each event on the day it starts, in Zurich time. */
export async function MonthGrid({ month, events, label, today }: Props) {
  const [t, locale] = await Promise.all([getTranslations('events.month'), requestLocale()])
  const [year, m] = month.split('-').map(Number) as [number, number]
  const days = new Date(Date.UTC(year, m, 0)).getUTCDate()
  const offset = (new Date(Date.UTC(year, m - 1, 1)).getUTCDay() + 6) % 7
  const cells: (number | null)[] = [...Array(offset).fill(null), ...Array.from({ length: days }, (_, i) => i + 1)]
  while (cells.length % 7) cells.push(null)
  const weeks = Array.from({ length: cells.length / 7 }, (_, i) => cells.slice(i * 7, i * 7 + 7))
  const dateOf = (day: number) => `${month}-${String(day).padStart(2, '0')}`
  const on = (day: number) => events.filter((e) => zurichWallTime(new Date(e.startsAt)).slice(0, 10) === dateOf(day))
  const cellClass = (day: number | null) => (day === null ? 'month__empty' : dateOf(day) === today ? 'month__today' : undefined)
  return (
    <table className="month" aria-label={label}>
      <thead>
        <tr>
          {weekdays(locale).map((d) => (
            <th key={d} scope="col">
              {d}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {weeks.map((week, w) => (
          <tr key={w}>
            {week.map((day, d) => (
              <td key={d} className={cellClass(day)} aria-current={day && dateOf(day) === today ? 'date' : undefined}>
                {day && (
                  <span className="month__day">
                    {day}
                    {dateOf(day) === today && <span className="month__today-label"> {t('today')}</span>}
                  </span>
                )}
                {day &&
                  on(day).map((event) => (
                    <Link
                      key={event.id}
                      href={`/agenda/${event.id}`}
                      className={event.cancelled ? 'month__event month__event--cancelled' : 'month__event'}
                    >
                      {clockTime(event.startsAt, locale)} <span lang="fr">{event.title}</span>
                    </Link>
                  ))}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  )
}
