import ICAL from 'ical.js'
import type { ParsedMail } from 'mailparser'

export type ParsedEvent = {
  uid: string
  sequence: number
  start: Date
  end: Date
  summary: string
  description: string
  status: string | null
  tzid: string | null
}

/**
 * Reads a calendar with ical.js (Mozilla's parser, independent of the generator we use): the events' instants are
 * computed from their TZID and the VTIMEZONE the file carries.
 */
export function parseCalendar(text: string): { method: string | null; events: ParsedEvent[] } {
  const calendar = new ICAL.Component(ICAL.parse(text))
  for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(new ICAL.Timezone(zone))
  const events = calendar.getAllSubcomponents('vevent').map((component) => {
    const event = new ICAL.Event(component)
    return {
      uid: event.uid,
      sequence: event.sequence,
      start: event.startDate.toJSDate(),
      end: event.endDate.toJSDate(),
      summary: event.summary,
      description: event.description ?? '',
      status: (component.getFirstPropertyValue('status') as string | null) ?? null,
      tzid: component.getFirstProperty('dtstart')?.getParameter('tzid') as string | null,
    }
  })
  return { method: (calendar.getFirstPropertyValue('method') as string | null) ?? null, events }
}

/** The calendar attached to an e-mail (nodemailer's icalEvent: a text/calendar part). */
export function calendarOf(mail: ParsedMail): string {
  const part = mail.attachments.find((a) => a.contentType.startsWith('text/calendar') || a.filename?.endsWith('.ics'))
  if (!part) throw new Error(`no calendar in "${mail.subject}"`)
  return part.content.toString('utf8')
}
