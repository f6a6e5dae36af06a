import ICAL from 'ical.js'
import type { ParsedMail } from 'mailparser'
import nodeIcal from 'node-ical'

export type ParsedEvent = {
  uid: string
  sequence: number
  start: Date
  end: Date
  summary: string
  description: string
  status: string | null
  tzid: string | null
  organizer: string | null
  attendees: string[]
}

/**
 * The byte-level rules of RFC 5545 §3.1 that clients differ on: CRLF line endings only, the last line
 * (`END:VCALENDAR`) ended by CRLF too, and no line longer than 75 octets (folded lines included).
 */
export function checkCalendarBytes(text: string): void {
  if (!text.endsWith('END:VCALENDAR\r\n'))
    throw new Error(`calendar does not end with "END:VCALENDAR\\r\\n": ${JSON.stringify(text.slice(-20))}`)
  if (/\r(?!\n)|(?<!\r)\n/.test(text)) throw new Error('calendar has a bare CR or LF: RFC 5545 lines end with CRLF')
  const lines = text.slice(0, -2).split('\r\n')
  lines.forEach((line, i) => {
    if (Buffer.byteLength(line, 'utf8') > 75) throw new Error(`line ${i + 1} has ${Buffer.byteLength(line, 'utf8')} octets (> 75): ${line}`)
    if (!line) throw new Error(`line ${i + 1} is empty`)
  })
}

/** What RFC 5546 (iTIP) requires of each VEVENT for the calendar's METHOD (§3.2.1 PUBLISH, §3.2.2 REQUEST, §3.2.5 CANCEL). */
function checkItip(method: string | null, events: ParsedEvent[], raw: ICAL.Component[]): void {
  if (!method) return
  raw.forEach((component, i) => {
    const event = events[i]!
    const missing = (name: string) => !component.hasProperty(name)
    const required = ['uid', 'dtstamp', 'organizer', ...(method === 'CANCEL' ? ['sequence'] : ['dtstart', 'summary'])]
    for (const name of required) if (missing(name)) throw new Error(`METHOD:${method} event ${event.uid} has no ${name.toUpperCase()}`)
    if ((method === 'REQUEST' || method === 'CANCEL') && event.attendees.length === 0)
      throw new Error(`METHOD:${method} event ${event.uid} has no ATTENDEE`)
  })
}

/** A calendar address with its scheme in lower case (`MAILTO:` and `mailto:` are the same). */
const address = (value: string | null) => (value ? value.replace(/^mailto:/i, 'mailto:') : null)

/**
 * Reads a calendar as two independent parsers do, after checking its bytes: ical.js (Mozilla's) computes the
 * events' instants from their TZID and the VTIMEZONE the file carries, and node-ical must read the same UIDs,
 * SEQUENCEs, instants and summaries. Then the file must carry what iTIP requires of its METHOD.
 */
export function parseCalendar(text: string): { method: string | null; events: ParsedEvent[] } {
  checkCalendarBytes(text)
  const calendar = new ICAL.Component(ICAL.parse(text))
  for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(new ICAL.Timezone(zone))
  const components = calendar.getAllSubcomponents('vevent')
  const events = components.map((component) => {
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
      organizer: address(component.getFirstPropertyValue('organizer') as string | null),
      attendees: component.getAllProperties('attendee').map((p) => address(String(p.getFirstValue()))!),
    }
  })
  const method = (calendar.getFirstPropertyValue('method') as string | null) ?? null

  const second = nodeIcal.sync.parseICS(text)
  const secondEvents = Object.values(second).filter((c) => c?.type === 'VEVENT') as nodeIcal.VEvent[]
  const view = (e: { uid: string; sequence: number | string; start: Date; summary: string }) => [
    e.uid,
    Number(e.sequence ?? 0),
    new Date(e.start).toISOString(),
    e.summary,
  ]
  const firstView = JSON.stringify(events.map(view))
  const secondView = JSON.stringify(
    secondEvents.map((e) => view({ uid: e.uid, sequence: e.sequence ?? 0, start: e.start, summary: String(e.summary) })),
  )
  if (firstView !== secondView) throw new Error(`ical.js and node-ical disagree:\n${firstView}\n${secondView}`)
  const secondMethod = (second.vcalendar as { method?: string } | undefined)?.method ?? null
  if (secondMethod !== method) throw new Error(`ical.js reads METHOD ${method}, node-ical ${secondMethod}`)

  checkItip(method, events, components)
  return { method, events }
}

/** The calendar attached to an e-mail (nodemailer's icalEvent: a text/calendar part). */
export function calendarOf(mail: ParsedMail): string {
  const part = mail.attachments.find((a) => a.contentType.startsWith('text/calendar') || a.filename?.endsWith('.ics'))
  if (!part) throw new Error(`no calendar in "${mail.subject}"`)
  return part.content.toString('utf8')
}
