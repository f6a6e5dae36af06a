/**
 * The .ics files Relais writes (src/calendar/ics.ts, src/events/calendar.ts), read back by two independent
 * parsers (ical.js and node-ical, tests/helpers/ical.ts) after RFC 5545's byte rules (CRLF, 75 octets): instants in Europe/Zurich on both sides of a daylight-saving change, UID and SEQUENCE,
 * cancellation, attendees, and feeds assembled from kept VEVENT blocks.
 */
import { afterEach, describe, expect, it, vi } from 'vitest'

import { type CalendarEvent, calendarFile, calendarFromBlocks, veventBlock } from '@/calendar/ics'
import { eventCalendarEvent, eventUid } from '@/events/calendar'
import type { Event } from '@/payload-types'
import { checkCalendarBytes, parseCalendar } from '@tests/helpers/ical'

const winter: CalendarEvent = {
  uid: 'seance-7@relais',
  sequence: 2,
  start: new Date('2027-01-14T13:00:00.000Z'),
  end: new Date('2027-01-14T14:30:00.000Z'),
  summary: 'COTEC, séance de janvier',
  description: 'Ordre du jour : sauvegardes; phishing, etc.',
  location: 'Sion',
}
const summer: CalendarEvent = {
  ...winter,
  uid: 'seance-8@relais',
  sequence: 0,
  start: new Date('2027-06-10T07:00:00.000Z'),
  end: new Date('2027-06-10T09:00:00.000Z'),
}
const lines = (text: string) => text.split('\r\n')

describe('calendarFile', () => {
  it('writes Zurich wall-clock times with a TZID that a parser turns back into the same instants', () => {
    const text = calendarFile({ name: 'Séances', method: 'PUBLISH', events: [winter, summer] })
    expect(lines(text)).toContain('DTSTART;TZID=Europe/Zurich:20270114T140000')
    expect(lines(text)).toContain('DTSTART;TZID=Europe/Zurich:20270610T090000')
    const { method, events } = parseCalendar(text)
    expect(method).toBe('PUBLISH')
    expect(events.map((e) => [e.uid, e.sequence, e.start.toISOString(), e.end.toISOString(), e.tzid])).toEqual([
      ['seance-7@relais', 2, '2027-01-14T13:00:00.000Z', '2027-01-14T14:30:00.000Z', 'Europe/Zurich'],
      ['seance-8@relais', 0, '2027-06-10T07:00:00.000Z', '2027-06-10T09:00:00.000Z', 'Europe/Zurich'],
    ])
    expect(events[0]!.summary).toBe('COTEC, séance de janvier')
    expect(events[0]!.description).toBe('Ordre du jour : sauvegardes; phishing, etc.')
    expect(events[0]!.status).toBe('CONFIRMED')
  })

  it('carries one VTIMEZONE before the events, and stamps DTSTAMP in UTC', () => {
    const text = calendarFile({ name: 'Séances', method: 'PUBLISH', events: [winter, summer] })
    expect(text.match(/BEGIN:VTIMEZONE/g)).toHaveLength(1)
    expect(text.indexOf('BEGIN:VTIMEZONE')).toBeLessThan(text.indexOf('BEGIN:VEVENT'))
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true)
    for (const stamp of lines(text).filter((line) => line.startsWith('DTSTAMP'))) expect(stamp).toMatch(/^DTSTAMP:\d{8}T\d{6}Z$/)
  })

  it('marks a cancellation, and asks attendees to answer an invitation only', () => {
    const attendees = [{ name: 'Anne Membre', email: 'anne@test.local' }]
    const organizer = { name: 'Relais', email: 'relais@test.local' }
    const cancel = calendarFile({ name: 'x', method: 'CANCEL', events: [{ ...winter, cancelled: true, organizer, attendees }] })
    expect(parseCalendar(cancel)).toMatchObject({ method: 'CANCEL', events: [{ status: 'CANCELLED' }] })
    const request = calendarFile({ name: 'x', method: 'REQUEST', events: [{ ...winter, organizer, attendees }] })
    expect(request.replace(/\r\n /g, '')).toMatch(/ATTENDEE;[^\r\n]*RSVP=TRUE[^\r\n]*:MAILTO:anne@test\.local/)
    expect(request).toMatch(/ORGANIZER;CN="?Relais"?:mailto:relais@test\.local/i)
    const publish = calendarFile({ name: 'x', method: 'PUBLISH', events: [{ ...winter, organizer, attendees }] })
    expect(publish.replace(/\r\n /g, '')).not.toContain('RSVP=TRUE')
  })

  it('follows RFC 5545 to the byte: CRLF only, a CRLF after END:VCALENDAR, no line over 75 octets', () => {
    const long: CalendarEvent = {
      ...winter,
      summary: 'Séance extraordinaire du comité de pilotage : sécurité, données, éléments à décider — été 2027',
      description: 'Première ligne très détaillée, avec des accents éèàçô et des guillemets « », répétée. '.repeat(6) + '\r\nFin.',
      location: 'Salle du Grand Conseil, Hôtel de Ville, Rue du Grand-Pont 12, 1950 Sion · https://meet.example/très-long',
    }
    const files = [
      calendarFile({ name: 'Séances du comité de pilotage de l’Antenne Région Valais romand', method: 'PUBLISH', events: [long, summer] }),
      calendarFile({ name: 'Vide', method: 'PUBLISH', events: [] }),
      calendarFromBlocks('Relais — événements', [veventBlock(long), veventBlock(summer)]),
      calendarFromBlocks('Relais — événements', []),
    ]
    for (const text of files) {
      expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true)
      expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/)
      for (const line of text.slice(0, -2).split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75)
      checkCalendarBytes(text)
    }
    expect(parseCalendar(files[0]!).events[0]!.summary).toBe(long.summary)
    expect(parseCalendar(files[2]!).events[0]!.description).toBe(long.description!.replace('\r\n', '\n'))
  })

  it('names an ORGANIZER on every event, Relais by default, as RFC 5546 asks of every method', () => {
    vi.stubEnv('SMTP_FROM', 'relais@arvr.test')
    const { events } = parseCalendar(calendarFile({ name: 'x', method: 'PUBLISH', events: [winter] }))
    expect(events[0]!.organizer).toBe('mailto:relais@arvr.test')
    vi.unstubAllEnvs()
  })

  it('refuses a REQUEST or CANCEL without the attendees it invites or removes', () => {
    expect(() => calendarFile({ name: 'x', method: 'CANCEL', events: [{ ...winter, cancelled: true }] })).toThrow(/attendees/)
    expect(() => calendarFile({ name: 'x', method: 'REQUEST', events: [winter] })).toThrow(/attendees/)
  })

  it('invites a person who registered as having accepted: no answer asked', () => {
    const text = calendarFile({
      name: 'x',
      method: 'REQUEST',
      events: [{ ...winter, attendees: [{ name: 'Anne Membre', email: 'anne@test.local', accepted: true }] }],
    }).replace(/\r\n /g, '')
    expect(text).toMatch(/ATTENDEE;[^\r\n]*PARTSTAT=ACCEPTED[^\r\n]*:MAILTO:anne@test\.local/)
    expect(text).not.toContain('RSVP=TRUE')
  })

  it('writes a calendar without events that still has its time zone', () => {
    const text = calendarFile({ name: 'Vide', method: 'PUBLISH', events: [] })
    expect(parseCalendar(text).events).toEqual([])
    expect(text).toContain('BEGIN:VTIMEZONE')
  })
})

describe('feeds from kept blocks', () => {
  it('assemble the same events as one calendarFile', () => {
    const blocks = [veventBlock(winter), veventBlock(summer)]
    for (const block of blocks) {
      expect(block.startsWith('BEGIN:VEVENT')).toBe(true)
      expect(block.endsWith('END:VEVENT\r\n')).toBe(true)
    }
    const fromBlocks = parseCalendar(calendarFromBlocks('Séances', blocks))
    const direct = parseCalendar(calendarFile({ name: 'Séances', method: 'PUBLISH', events: [winter, summer] }))
    expect(fromBlocks).toEqual(direct)
  })
})

describe('an event as calendars see it', () => {
  afterEach(() => vi.unstubAllEnvs())

  const event = {
    id: 42,
    title: 'Atelier cybersécurité',
    summary: 'Les bons réflexes.',
    startsAt: '2027-05-06T07:00:00.000Z',
    endsAt: '2027-05-06T09:00:00.000Z',
    place: 'Martigny',
    onlineUrl: 'https://meet.example/atelier',
    calendarSequence: 3,
    cancelled: false,
  } as Event

  it('keeps one UID for its whole life and links back to its page', () => {
    vi.stubEnv('PUBLIC_URL', 'https://relais.example.ch/')
    expect(eventUid(event)).toBe('evenement-42@relais')
    expect(eventCalendarEvent(event)).toEqual({
      uid: 'evenement-42@relais',
      sequence: 3,
      start: new Date('2027-05-06T07:00:00.000Z'),
      end: new Date('2027-05-06T09:00:00.000Z'),
      summary: 'Atelier cybersécurité',
      description: 'Les bons réflexes.\n\nDétails et inscription : https://relais.example.ch/agenda/42',
      location: 'Martigny · https://meet.example/atelier',
      url: 'https://relais.example.ch/agenda/42',
      cancelled: false,
    })
  })

  it('writes what Relais adds in the language of the calendar’s owner', () => {
    vi.stubEnv('PUBLIC_URL', 'https://relais.example.ch/')
    expect(eventCalendarEvent(event, 'de').description).toBe(
      'Les bons réflexes.\n\nDetails und Anmeldung: https://relais.example.ch/agenda/42',
    )
    expect(eventCalendarEvent(event, 'de').summary).toBe('Atelier cybersécurité')
  })

  it('has no location without a place or link, SEQUENCE 0 before any publication, and carries a cancellation', () => {
    const bare = eventCalendarEvent({ ...event, place: null, onlineUrl: null, calendarSequence: null, cancelled: true } as Event)
    expect(bare).toMatchObject({ location: null, sequence: 0, cancelled: true })
  })
})
