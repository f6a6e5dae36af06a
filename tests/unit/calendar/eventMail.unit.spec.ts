/**
 * The .ics attached to event e-mails (src/events/send.ts), read back by both parsers of tests/helpers/ical.ts:
 * the registration’s REQUEST and the unregistration’s CANCEL share the event's UID, name Relais as ORGANIZER and
 * the person as ATTENDEE (RFC 5546 §3.2.2, §3.2.5), and the CANCEL's SEQUENCE exceeds the REQUEST's.
 */
import type { Payload } from 'payload'
import { afterEach, describe, expect, it, vi } from 'vitest'

import { sendEventMail } from '@/events/send'
import type { Event } from '@/payload-types'
import { parseCalendar } from '@tests/helpers/ical'

const event = {
  id: 42,
  title: 'Atelier cybersécurité',
  summary: 'Les bons réflexes.',
  startsAt: '2027-05-06T07:00:00.000Z',
  endsAt: '2027-05-06T09:00:00.000Z',
  place: 'Martigny',
  calendarSequence: 3,
  cancelled: false,
} as Event
const anne = { name: 'Anne Membre', email: 'anne@test.local' }
const message = { subject: 'Sujet', html: '<p>x</p>' }

async function attachment(method: 'PUBLISH' | 'REQUEST' | 'CANCEL', of: Event = event, personalSequence = 0) {
  const sendEmail = vi.fn().mockResolvedValue(undefined)
  await sendEventMail({ sendEmail } as unknown as Payload, anne, message, of, method, personalSequence)
  const [mail] = sendEmail.mock.calls[0]!
  expect(mail.to).toBe(anne.email)
  const [file] = mail.attachments
  expect(file.contentType).toBe(`text/calendar; charset=utf-8; method=${method}`)
  return { text: file.content as string, ...parseCalendar(file.content) }
}

describe('event e-mails carry calendars every client accepts', () => {
  afterEach(() => vi.unstubAllEnvs())

  it('invites a registrant with a REQUEST, already accepted, from Relais', async () => {
    vi.stubEnv('SMTP_FROM', 'relais@arvr.test')
    const { method, events, text } = await attachment('REQUEST')
    expect(method).toBe('REQUEST')
    expect(events[0]).toMatchObject({ uid: 'evenement-42@relais', sequence: 3, organizer: 'mailto:relais@arvr.test', status: 'CONFIRMED' })
    expect(events[0]!.attendees).toEqual(['mailto:anne@test.local'])
    expect(text.replace(/\r\n /g, '')).toMatch(/PARTSTAT=ACCEPTED/)
  })

  it('removes it on unregistration with a CANCEL of the same UID, a higher SEQUENCE, organizer and attendee', async () => {
    vi.stubEnv('SMTP_FROM', 'relais@arvr.test')
    const request = (await attachment('REQUEST')).events[0]!
    // The unregistration raised the registration's own SEQUENCE by one (src/events/registration.ts).
    const { method, events } = await attachment('CANCEL', event, 1)
    expect(method).toBe('CANCEL')
    expect(events[0]).toMatchObject({ uid: request.uid, status: 'CANCELLED', organizer: 'mailto:relais@arvr.test' })
    expect(events[0]!.attendees).toEqual(['mailto:anne@test.local'])
    expect(events[0]!.sequence).toBeGreaterThan(request.sequence)
  })

  it('adds the registration’s own SEQUENCE to the event’s', async () => {
    const { events } = await attachment('REQUEST', event, 2)
    expect(events[0]!.sequence).toBe(5)
  })

  it('cancels a cancelled event at the SEQUENCE its cancellation raised', async () => {
    const { events } = await attachment('CANCEL', { ...event, cancelled: true, calendarSequence: 4 })
    expect(events[0]).toMatchObject({ sequence: 4, status: 'CANCELLED' })
  })

  it('announces with a PUBLISH that names its organizer and no attendee', async () => {
    const { method, events } = await attachment('PUBLISH')
    expect(method).toBe('PUBLISH')
    expect(events[0]).toMatchObject({ organizer: 'mailto:relais@localhost', attendees: [] })
  })
})
