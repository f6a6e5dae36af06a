/** Every date in Relais is shown and exchanged in the region's time zone. */
export const timeZone = 'Europe/Zurich'

/**
 * Europe/Zurich as an iCalendar VTIMEZONE: CET/CEST with the EU rules in force since 1996 (last Sunday of March
 * and of October). Calendars need it to place TZID times, and keep them right across daylight-saving changes.
 */
export const zurichVTimezone = [
  'BEGIN:VTIMEZONE',
  'TZID:Europe/Zurich',
  'X-LIC-LOCATION:Europe/Zurich',
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'TZNAME:CEST',
  'DTSTART:19810329T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'TZNAME:CET',
  'DTSTART:19961027T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
].join('\r\n')

const wallClock = new Intl.DateTimeFormat('en-CA', {
  timeZone,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
})

/** The wall-clock time in Zurich of an instant, as `YYYY-MM-DDTHH:mm:ss` (no offset). */
export function zurichWallTime(instant: Date): string {
  const part = Object.fromEntries(wallClock.formatToParts(instant).map((p) => [p.type, p.value]))
  return `${part.year}-${part.month}-${part.day}T${part.hour}:${part.minute}:${part.second}`
}

/** The instant of a Zurich wall-clock date and time (`2027-03-25`, `14:00`), or null if they are not valid. */
export function zurichInstant(day: string, time: string): Date | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day) || !/^\d{2}:\d{2}$/.test(time)) return null
  const wall = `${day}T${time}:00`
  const asUtc = new Date(`${wall}Z`)
  if (Number.isNaN(asUtc.getTime()) || asUtc.toISOString().slice(0, 16) !== wall.slice(0, 16)) return null
  // Zurich's offset (1 or 2 hours) read at the guess, then again at the corrected instant in case a DST change lies between.
  const offsetAt = (instant: number) => new Date(`${zurichWallTime(new Date(instant))}Z`).getTime() - instant
  const first = asUtc.getTime() - offsetAt(asUtc.getTime())
  return new Date(asUtc.getTime() - offsetAt(first))
}
