import { timeZone } from '@/calendar/zurich'

const numeric = new Intl.DateTimeFormat('fr-CH', {
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  timeZone,
})

/**
 * "12.03.2027 14:00" in Zurich time, for the admin's client components: `@/format/dates` reads the catalogues from
 * the disk (node:fs), which a browser bundle cannot hold. The Swiss numeric format is the same in both languages.
 */
export const zurichNumeric = (date: string | Date) => numeric.format(new Date(date))
