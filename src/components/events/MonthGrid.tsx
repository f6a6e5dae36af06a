import { zurichInstant, zurichWallTime } from '@/calendar/zurich'
import { clockTime } from '@/format/dates'
import type { Event } from '@/payload-types'

const weekdays = ['lun.', 'mar.', 'mer.', 'jeu.', 'ven.', 'sam.', 'dim.']

/** The first instant of a month (`2027-03`) in Zurich, and of the next one. */
export function monthBounds(month: string): { from: Date; to: Date } | null {
  if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(month)) return null
  const [year, m] = month.split('-').map(Number) as [number, number]
  const next = m === 12 ? `${year + 1}-01` : `${year}-${String(m + 1).padStart(2, '0')}`
  return { from: zurichInstant(`${month}-01`, '00:00')!, to: zurichInstant(`${next}-01`, '00:00')! }
}

export const shiftMonth = (month: string, by: number) => {
  const [year, m] = month.split('-').map(Number) as [number, number]
  const index = year * 12 + (m - 1) + by
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`
}

/** A month as weeks (Monday first), each event on the day it starts, in Zurich time. */
export function MonthGrid({ month, events, label }: { month: string; events: Event[]; label: string }) {
  const [year, m] = month.split('-').map(Number) as [number, number]
  const days = new Date(Date.UTC(year, m, 0)).getUTCDate()
  const offset = (new Date(Date.UTC(year, m - 1, 1)).getUTCDay() + 6) % 7
  const cells: (number | null)[] = [...Array(offset).fill(null), ...Array.from({ length: days }, (_, i) => i + 1)]
  while (cells.length % 7) cells.push(null)
  const weeks = Array.from({ length: cells.length / 7 }, (_, i) => cells.slice(i * 7, i * 7 + 7))
  const on = (day: number) =>
    events.filter((e) => zurichWallTime(new Date(e.startsAt)).slice(0, 10) === `${month}-${String(day).padStart(2, '0')}`)
  return (
    <table className="month" aria-label={label}>
      <thead>
        <tr>
          {weekdays.map((d) => (
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
              <td key={d} className={day ? undefined : 'month__empty'}>
                {day && <span className="month__day">{day}</span>}
                {day &&
                  on(day).map((event) => (
                    <a
                      key={event.id}
                      href={`/agenda/${event.id}`}
                      className={event.cancelled ? 'month__event month__event--cancelled' : 'month__event'}
                    >
                      {clockTime(event.startsAt)} {event.title}
                    </a>
                  ))}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  )
}
