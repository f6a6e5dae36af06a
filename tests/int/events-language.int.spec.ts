/**
 * The registration e-mail and its .ics in the RECIPIENT's language (issue 26): over real SMTP and PostgreSQL, a
 * French member's confirmation is French, a German-speaking member's (users.locale = 'de') German — subject, HTML,
 * plain text and the texts Relais writes into the calendar file — whatever the language of the request that
 * registered them. The event's own title stays as its editor wrote it.
 */
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Event, User } from '@/payload-types'
import { calendarOf, parseCalendar } from '@tests/helpers/ical'
import { bootPayload } from '@tests/helpers/payload'
import { createPeople, type People } from '@tests/helpers/people'
import { type Mailbox, startSmtpCatcher } from '@tests/helpers/smtp'

let payload: Payload
let people: People
let mailbox: Mailbox
let event: Event
// Imported once Payload booted: the service's module graph reads the database settings when loaded.
let register: typeof import('@/events/registration').register
let unregister: typeof import('@/events/registration').unregister

const userDoc = (id: number) => payload.findByID({ collection: 'users', id, depth: 0 }) as Promise<User>
const mailTo = (email: string, subject: string) => mailbox.waitFor((m) => JSON.stringify(m.to).includes(email) && m.subject === subject)

beforeAll(async () => {
  mailbox = await startSmtpCatcher()
  ;({ payload } = await bootPayload(mailbox.env))
  ;({ register, unregister } = await import('@/events/registration'))
  people = await createPeople(payload, 'evlang')
  await payload.update({ collection: 'users', id: people['member B'].id, data: { locale: 'de' } })
  event = await payload.create({
    collection: 'events',
    data: {
      title: 'Atelier cybersécurité',
      type: 'atelier',
      summary: 'Les bons réflexes.',
      place: 'Sion',
      startsAt: '2027-05-06T07:00:00.000Z',
      endsAt: '2027-05-06T09:00:00.000Z',
      _status: 'published',
    },
  })
})
afterAll(async () => {
  await mailbox?.stop()
})

describe('the registration e-mail and its calendar file', () => {
  it('is French for a French member', async () => {
    const member = await userDoc(people['member A'].id)
    expect((await register(payload, member, event.id)).ok).toBe(true)
    const mail = await mailTo(member.email, 'Inscription confirmée : Atelier cybersécurité')
    expect(mail.html).toContain('<html lang="fr">')
    expect(mail.html).toContain(`Bonjour ${member.name},`)
    expect(mail.html).toMatch(/Quand : .*6 mai 2027 à 09:00\./)
    expect(mail.text).toContain('Votre inscription à « Atelier cybersécurité » est confirmée.')
    const ics = calendarOf(mail)
    expect(ics).toContain('PRODID:-//Relais//Intranet//FR')
    const [entry] = parseCalendar(ics).events
    expect(entry).toMatchObject({ summary: 'Atelier cybersécurité' })
    expect(entry!.description).toContain('Détails et inscription : ')
  })

  it('is German for a German-speaking member, from the same request language', async () => {
    const member = await userDoc(people['member B'].id)
    expect(member.locale).toBe('de')
    expect((await register(payload, member, event.id)).ok).toBe(true)
    const mail = await mailTo(member.email, 'Anmeldung bestätigt: Atelier cybersécurité')
    expect(mail.html).toContain('<html lang="de">')
    expect(mail.html).toContain(`Guten Tag ${member.name}`)
    expect(mail.html).toContain('Ihre Anmeldung für «Atelier cybersécurité» ist bestätigt.')
    expect(mail.html).toMatch(/Wann: .*6\. Mai 2027/)
    expect(mail.html).not.toMatch(/Bonjour|Quand|inscription/)
    expect(mail.text).toContain('Die beigefügte Einladung (.ics) trägt den Anlass in Ihren Kalender ein.')
    const ics = calendarOf(mail)
    expect(ics).toContain('PRODID:-//Relais//Intranet//DE')
    const calendar = parseCalendar(ics)
    expect(calendar.method).toBe('REQUEST')
    expect(calendar.events[0]).toMatchObject({ uid: `evenement-${event.id}@relais`, summary: 'Atelier cybersécurité' })
    expect(calendar.events[0]!.description).toContain('Details und Anmeldung: ')
    expect(calendar.events[0]!.description).not.toContain('Détails')

    // Unregistering: the CANCEL and its e-mail in German too.
    expect((await unregister(payload, member, event.id)).ok).toBe(true)
    const cancel = await mailTo(member.email, 'Abmeldung: Atelier cybersécurité')
    expect(parseCalendar(calendarOf(cancel)).method).toBe('CANCEL')
    expect(cancel.html).toContain('wird aus Ihrem Kalender entfernt')
  })
})
