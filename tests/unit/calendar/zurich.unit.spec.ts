/** Zurich time without Intl (fast, for feeds) agrees with Intl's time zone data, hour by hour across DST changes. */
import { describe, expect, it } from 'vitest'

import { zurichInstant, zurichWallTime } from '@/calendar/zurich'

const intl = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Zurich',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
})
const intlWallTime = (date: Date) => {
  const p = Object.fromEntries(intl.formatToParts(date).map((part) => [part.type, part.value]))
  return `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}:${p.second}`
}

describe('Zurich wall-clock time', () => {
  it('matches Intl every 30 minutes around each spring and autumn change from 1996 to 2040', () => {
    for (let year = 1996; year <= 2040; year++) {
      for (const month of [2, 9]) {
        const start = Date.UTC(year, month, 20)
        for (let t = start; t < start + 14 * 24 * 3600_000; t += 30 * 60_000)
          expect(zurichWallTime(new Date(t)), new Date(t).toISOString()).toBe(intlWallTime(new Date(t)))
      }
    }
  })

  it('turns Zurich dates and times back into instants on both sides of a change', () => {
    expect(zurichInstant('2027-03-27', '10:00')!.toISOString()).toBe('2027-03-27T09:00:00.000Z')
    expect(zurichInstant('2027-03-29', '10:00')!.toISOString()).toBe('2027-03-29T08:00:00.000Z')
    expect(zurichInstant('2027-10-30', '10:00')!.toISOString()).toBe('2027-10-30T08:00:00.000Z')
    expect(zurichInstant('2027-11-01', '10:00')!.toISOString()).toBe('2027-11-01T09:00:00.000Z')
    expect(zurichInstant('2027-02-30', '10:00')).toBeNull()
    expect(zurichInstant('2027-03-27', '25:00')).toBeNull()
  })
})
