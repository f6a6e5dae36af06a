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

/** The last Sunday of a month (0-based) of a year, at 01:00 UTC: when the EU changes clocks. */
const lastSundayAt1Utc = (year: number, month: number) => {
  const lastDay = new Date(Date.UTC(year, month + 1, 0, 1))
  return lastDay.getTime() - lastDay.getUTCDay() * 24 * 3600_000
}

/**
 * The wall-clock time in Zurich of an instant, as `YYYY-MM-DDTHH:mm:ss` (no offset). Computed from the EU rule
 * (summer time from the last Sunday of March to the last Sunday of October, 01:00 UTC) rather than with Intl,
 * which is about ten times slower and runs twice per event of a 1,000-event feed. The rule holds since 1996;
 * `tests/unit/calendar/zurich.unit.spec.ts` compares both over decades.
 */
export function zurichWallTime(instant: Date): string {
  const time = instant.getTime()
  const year = instant.getUTCFullYear()
  const summer = time >= lastSundayAt1Utc(year, 2) && time < lastSundayAt1Utc(year, 9)
  return new Date(time + (summer ? 2 : 1) * 3600_000).toISOString().slice(0, 19)
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
