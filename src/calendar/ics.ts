import ical, { ICalAttendeeStatus, ICalCalendarMethod, ICalEventStatus } from 'ical-generator'

import { defaultLocale, type Locale } from '@/i18n/locales'

import { timeZone, zurichVTimezone, zurichWallTime } from './zurich'

export type CalendarEvent = {
  /** Stable across updates: calendars replace the event with the same UID and a higher SEQUENCE. */
  uid: string
  sequence: number
  start: Date
  end: Date
  summary: string
  description?: string
  location?: string | null
  url?: string | null
  cancelled?: boolean
  /** Relais's own address when not given: RFC 5546 requires an ORGANIZER whatever the METHOD. */
  organizer?: { name: string; email: string }
  /** The people invited (REQUEST) or removed (CANCEL): required for those two methods. */
  attendees?: { name: string; email: string; accepted?: boolean }[]
}

/** Relais as the organizer of what it sends: the address its e-mails come from. */
export const relaisOrganizer = () => ({
  name: process.env.SMTP_FROM_NAME ?? 'Relais',
  email: process.env.SMTP_FROM ?? 'relais@localhost',
})

export type CalendarMethod = 'PUBLISH' | 'REQUEST' | 'CANCEL'

const methods = { PUBLISH: ICalCalendarMethod.PUBLISH, REQUEST: ICalCalendarMethod.REQUEST, CANCEL: ICalCalendarMethod.CANCEL }

/**
 * An RFC 5545 calendar (text/calendar) with its events in Europe/Zurich time: CRLF line endings, lines folded at
 * 75 octets, and a CRLF after `END:VCALENDAR` too (ical-generator leaves the last one out, which strict clients
 * refuse). Every event has an ORGANIZER; a REQUEST or CANCEL refuses events without ATTENDEE (RFC 5546 §3.2.2,
 * §3.2.5: without them Outlook does not remove a cancelled event). Times are given to ical-generator as
 * Zurich wall-clock strings with an event TZID; the VTIMEZONE is added here rather than as the calendar's zone,
 * because ical-generator would then also write DTSTAMP as local time without `Z`, which RFC 5545 forbids.
 */
export function calendarFile({
  name,
  method,
  events,
  locale = defaultLocale,
}: {
  name: string
  method: CalendarMethod
  events: CalendarEvent[]
  /** The language of the texts Relais writes in it: the person's whose calendar it is. */
  locale?: Locale
}): string {
  const calendar = ical({
    name,
    prodId: { company: 'Relais', product: 'Intranet', language: locale.toUpperCase() },
    method: methods[method],
  })
  for (const event of events) {
    if ((method === 'REQUEST' || method === 'CANCEL') && !event.attendees?.length)
      throw new Error(`A ${method} needs the attendees it invites or removes (${event.uid}).`)
    const created = calendar.createEvent({
      id: event.uid,
      sequence: event.sequence,
      start: zurichWallTime(event.start),
      end: zurichWallTime(event.end),
      timezone: timeZone,
      summary: event.summary,
      description: event.description,
      location: event.location ?? undefined,
      url: event.url ?? undefined,
      status: event.cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    })
    created.organizer(event.organizer ?? relaisOrganizer())
    // A person who registered has accepted already: no answer is asked of them.
    for (const { accepted, ...attendee } of event.attendees ?? [])
      created.createAttendee({
        ...attendee,
        rsvp: method === 'REQUEST' && !accepted,
        ...(accepted ? { status: ICalAttendeeStatus.ACCEPTED } : {}),
      })
  }
  const text = calendar.toString()
  const end = text.lastIndexOf('END:VCALENDAR')
  const firstEvent = text.indexOf('BEGIN:VEVENT')
  const head = text.slice(0, firstEvent < 0 ? end : firstEvent)
  return `${head}${zurichVTimezone}\r\n${text.slice(head.length)}${text.endsWith('\r\n') ? '' : '\r\n'}`
}

/** One event's VEVENT block (CRLF-terminated), to assemble feeds from blocks kept between requests. */
export function veventBlock(event: CalendarEvent): string {
  const text = calendarFile({ name: '', method: 'PUBLISH', events: [event] })
  return text.slice(text.indexOf('BEGIN:VEVENT'), text.lastIndexOf('END:VCALENDAR'))
}

/** A PUBLISH calendar from VEVENT blocks (see `veventBlock`): the same file `calendarFile` writes. */
export function calendarFromBlocks(name: string, blocks: string[], locale: Locale = defaultLocale): string {
  const empty = calendarFile({ name, method: 'PUBLISH', events: [], locale })
  const end = empty.lastIndexOf('END:VCALENDAR')
  return `${empty.slice(0, end)}${blocks.join('')}${empty.slice(end)}`
}
