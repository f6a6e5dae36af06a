import { timeZone } from '@/calendar/zurich'

/** Every date Relais shows is formatted here, one function per format, in Zurich time (French of Switzerland). */
const formats = {
  day: new Intl.DateTimeFormat('fr-CH', { day: 'numeric', month: 'long', year: 'numeric', timeZone }),
  weekday: new Intl.DateTimeFormat('fr-CH', { weekday: 'long', timeZone }),
  time: new Intl.DateTimeFormat('fr-CH', { hour: '2-digit', minute: '2-digit', timeZone }),
  numeric: new Intl.DateTimeFormat('fr-CH', {
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone,
  }),
  date: new Intl.DateTimeFormat('fr-CH', { day: '2-digit', month: '2-digit', year: 'numeric', timeZone }),
  hourParts: new Intl.DateTimeFormat('fr-CH', {
    timeZone,
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }),
  // A month key (YYYY-MM) is read at noon UTC on the 15th: no time zone moves it to another month.
  month: new Intl.DateTimeFormat('fr-CH', { month: 'long', year: 'numeric', timeZone: 'UTC' }),
}

/** "12 mars 2027", in Zurich time. */
export const longDate = (date: string | Date) => formats.day.format(new Date(date))

/** "12.03.2027", in Zurich time (dates in documents such as the templates' Word files). */
export const numericDate = (date: string | Date) => formats.date.format(new Date(date))

/** "12 mars 2027 à 14:00", in Zurich time. */
export const dateAtTime = (date: string | Date) => `${longDate(date)} à ${clockTime(date)}`

/** "jeudi 12 mars 2027 à 14:00", in Zurich time. */
export const longDateTime = (date: string | Date) => `${formats.weekday.format(new Date(date))} ${dateAtTime(date)}`

/** "14:00", in Zurich time. */
export const clockTime = (date: string | Date) => formats.time.format(new Date(date))

/** "12.03.2027 14:00", in Zurich time (tables such as the audit journal). */
export const numericDateTime = (date: string | Date) => formats.numeric.format(new Date(date))

/** "30 novembre 2026 à 14 h 30", in Zurich time: the words of EXPERIENCE.md for the sessions list. */
export function dateAtHour(date: string | Date): string {
  const p = Object.fromEntries(formats.hourParts.formatToParts(new Date(date)).map((x) => [x.type, x.value]))
  return `${p.day} ${p.month} ${p.year} à ${Number(p.hour)} h ${p.minute}`
}

/** « il y a 12 minutes », « il y a 3 heures », then « le 30 novembre 2026 à 14 h 30 » (the sessions list). */
export function sinceWords(date: string | Date, now = Date.now()): string {
  const minutes = Math.floor((now - new Date(date).getTime()) / 60_000)
  if (minutes < 1) return 'il y a moins d’une minute'
  if (minutes < 60) return `il y a ${minutes} minute${minutes === 1 ? '' : 's'}`
  const hours = Math.floor(minutes / 60)
  if (hours < 24) return `il y a ${hours} heure${hours === 1 ? '' : 's'}`
  return `le ${dateAtHour(date)}`
}

/** "mars 2027", from a month key "2027-03". */
export const monthYear = (month: string) => formats.month.format(new Date(`${month}-15T12:00:00Z`))

/** "1 h 30", "45 min". */
export function duration(minutes: number): string {
  const hours = Math.floor(minutes / 60)
  const rest = minutes % 60
  if (!hours) return `${rest} min`
  return rest ? `${hours} h ${String(rest).padStart(2, '0')}` : `${hours} h`
}
