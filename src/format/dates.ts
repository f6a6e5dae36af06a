import { timeZone } from '../calendar/zurich'

const formats = {
  day: new Intl.DateTimeFormat('fr-CH', { day: 'numeric', month: 'long', year: 'numeric', timeZone }),
  weekday: new Intl.DateTimeFormat('fr-CH', { weekday: 'long', timeZone }),
  time: new Intl.DateTimeFormat('fr-CH', { hour: '2-digit', minute: '2-digit', timeZone }),
}

/** "12 mars 2027", in Zurich time. */
export const longDate = (date: string | Date) => formats.day.format(new Date(date))

/** "jeudi 12 mars 2027 à 14:00", in Zurich time. */
export const longDateTime = (date: string | Date) =>
  `${formats.weekday.format(new Date(date))} ${longDate(date)} à ${clockTime(date)}`

/** "14:00", in Zurich time. */
export const clockTime = (date: string | Date) => formats.time.format(new Date(date))

/** "1 h 30", "45 min". */
export function duration(minutes: number): string {
  const hours = Math.floor(minutes / 60)
  const rest = minutes % 60
  if (!hours) return `${rest} min`
  return rest ? `${hours} h ${String(rest).padStart(2, '0')}` : `${hours} h`
}
