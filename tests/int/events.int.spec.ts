/**
 * Events over real HTTP, SMTP and PostgreSQL: registrations under concurrency (no overbooking), the waiting list
 * and its promotion, deadlines, the confirmation e-mail and its .ics (read back by ical.js and node-ical, with
 * RFC 5545's byte rules, across the spring daylight-saving change), the unregistration's CANCEL, the announcement sent once, cancellations, and the subscribable feeds with their
 * personal secret.
 */
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { calendarToken } from '@/events/feeds'
import type { Event, User } from '@/payload-types'
import { searchEngine } from '@/search/engine'
import { type Client, client, loginToken } from '@tests/helpers/http'
import { calendarOf, parseCalendar } from '@tests/helpers/ical'
import { bootPayload } from '@tests/helpers/payload'
import { type ActorName, actorNames, createPeople, createUser, PASSWORD, type People, type Person } from '@tests/helpers/people'
import { type RunningServer, startServer } from '@tests/helpers/server'
import { type Mailbox, startSmtpCatcher } from '@tests/helpers/smtp'

let payload: Payload
let people: People
let server: RunningServer
let mailbox: Mailbox
let databaseUrl: string
const as = {} as Record<ActorName, Client>

// 10:00 in Zurich the day before and the day after the 2027 spring change (28 March).
const beforeChange = { startsAt: '2027-03-27T09:00:00.000Z', endsAt: '2027-03-27T11:00:00.000Z' }
const afterChange = { startsAt: '2027-03-29T08:00:00.000Z', endsAt: '2027-03-29T10:00:00.000Z' }

let sequence = 0
async function publish(data: Partial<Event> = {}): Promise<Event> {
  const response = await as.coordinator.request('POST', '/api/events', {
    title: `Formation ${++sequence}`,
    type: 'formation',
    summary: 'Une formation pour les communes.',
    place: 'Sion',
    ...beforeChange,
    _status: 'published',
    ...data,
  })
  expect(response.status, JSON.stringify(response.json)).toBe(201)
  return response.json.doc
}
const registerAs = (who: Client, id: number) => who.request('POST', `/api/events/${id}/registration`)
const leaveAs = (who: Client, id: number) => who.request('DELETE', `/api/events/${id}/registration`)
const statuses = async (id: number) =>
  (
    await payload.find({ collection: 'registrations', where: { event: { equals: id } }, sort: 'registeredAt', limit: 100, depth: 0 })
  ).docs.map((r) => r.status)
const mailsTo = (email: string, subject: RegExp) =>
  mailbox.messages.filter((m) => JSON.stringify(m.to).includes(email) && subject.test(m.subject ?? ''))
const userDoc = (person: Person) => payload.findByID({ collection: 'users', id: person.id, depth: 0 }) as Promise<User>
const feed = async (path: string) => {
  const response = await fetch(`${server.url}${path}`)
  return { status: response.status, type: response.headers.get('content-type'), text: await response.text() }
}

beforeAll(async () => {
  mailbox = await startSmtpCatcher()
  ;({ payload, databaseUrl } = await bootPayload(mailbox.env))
  people = await createPeople(payload, 'events')
  server = await startServer(databaseUrl, mailbox.env)
  for (const name of actorNames) as[name] = client(server.url, await loginToken(server.url, people[name].email, PASSWORD))
})
afterAll(async () => {
  await server?.stop()
  await mailbox?.stop()
})

describe('registration', () => {
  it('more people registering at once than the instance has database connections: every registration goes through', async () => {
    // Four connections, six people, no cache: each request reads its language from the database. Read while holding the
    // event's lock, it waited for a connection that the people waiting for that lock held: every request stuck 10 s,
    // then some failed (500) — as one of ten did in CI with the default pool of ten.
    const small = await startServer(databaseUrl, { ...mailbox.env, DATABASE_POOL_MAX: '4', RELAIS_CACHE: 'off' })
    try {
      const event = await publish({ title: 'Atelier sur une petite instance', capacity: 2 })
      const crowd: Client[] = []
      for (let i = 0; i < 6; i++) {
        const person = await createUser(payload, {
          email: `events.small${i}@test.local`,
          name: `Petite ${i}`,
          roles: ['member'],
          commune: people.communeA.id,
        })
        crowd.push(client(small.url, await loginToken(small.url, person.email, PASSWORD)))
      }
      const answers = await Promise.all(crowd.map((who) => registerAs(who, event.id)))
      expect(answers.map((a) => a.status)).toEqual(Array(6).fill(201))
      expect((await statuses(event.id)).sort()).toEqual(['confirmed', 'confirmed', 'waitlisted', 'waitlisted', 'waitlisted', 'waitlisted'])
    } finally {
      await small.stop()
    }
  })

  it('never overbooks: of ten people registering at once for three places, three are in and seven wait', async () => {
    const event = await publish({ title: 'Atelier très demandé', capacity: 3 })
    const crowd = await Promise.all(
      Array.from({ length: 10 }, async (_, i) => {
        const person = await createUser(payload, {
          email: `events.crowd${i}@test.local`,
          name: `Personne ${i}`,
          roles: ['member'],
          commune: people.communeA.id,
        })
        return client(server.url, await loginToken(server.url, person.email, PASSWORD))
      }),
    )
    const answers = await Promise.all(crowd.map((who) => registerAs(who, event.id)))
    expect(answers.map((a) => a.status)).toEqual(Array(10).fill(201))
    expect(answers.filter((a) => a.json.registration === 'confirmed')).toHaveLength(3)
    expect((await statuses(event.id)).sort()).toEqual([...Array(3).fill('confirmed'), ...Array(7).fill('waitlisted')].sort())

    // A confirmed person leaves: the first in line gets the place, and an e-mail saying so.
    const confirmedIndex = answers.findIndex((a) => a.json.registration === 'confirmed')
    const waiting = (
      await payload.find({
        collection: 'registrations',
        where: { and: [{ event: { equals: event.id } }, { status: { equals: 'waitlisted' } }] },
        sort: ['registeredAt', 'id'],
        depth: 0,
      })
    ).docs
    expect((await leaveAs(crowd[confirmedIndex]!, event.id)).status).toBe(200)
    const promoted = await payload.findByID({ collection: 'registrations', id: waiting[0]!.id, depth: 0 })
    expect(promoted).toMatchObject({ status: 'confirmed', promotedAt: expect.any(String) })
    const notice = await mailbox.waitFor(
      (m) => JSON.stringify(m.to).includes(promoted.userEmail!) && /^Une place s’est libérée/.test(m.subject ?? ''),
    )
    expect(parseCalendar(calendarOf(notice)).events[0]!.uid).toBe(`evenement-${event.id}@relais`)
    expect((await statuses(event.id)).filter((s) => s === 'confirmed')).toHaveLength(3)
    expect((await leaveAs(crowd[confirmedIndex]!, event.id)).status).toBe(404)
  })

  it('confirms by e-mail with an .ics in Zurich time, before and after the daylight-saving change', async () => {
    for (const [times, utc] of [
      [beforeChange, '2027-03-27T09:00:00.000Z'],
      [afterChange, '2027-03-29T08:00:00.000Z'],
    ] as const) {
      const event = await publish({ ...times, title: `Formation du ${times.startsAt.slice(0, 10)}` })
      const answer = await registerAs(as['member A'], event.id)
      expect(answer).toMatchObject({
        status: 201,
        json: { registration: 'confirmed', message: expect.stringContaining('Inscription confirmée') },
      })
      const mail = await mailbox.waitFor(
        (m) => JSON.stringify(m.to).includes(people['member A'].email) && m.subject === `Inscription confirmée : ${event.title}`,
      )
      const calendar = parseCalendar(calendarOf(mail))
      expect(calendar.method).toBe('REQUEST')
      expect(calendar.events[0]).toMatchObject({ uid: `evenement-${event.id}@relais`, tzid: 'Europe/Zurich', summary: event.title })
      expect(calendar.events[0]!.start.toISOString()).toBe(utc)
      expect(mail.html).toContain('à 10:00')
    }
  })

  it('removes the event from the calendar of a person who unregisters: a CANCEL naming organizer and attendee', async () => {
    const event = await publish({ title: 'Atelier quitté' })
    expect((await registerAs(as['member B'], event.id)).status).toBe(201)
    const email = people['member B'].email
    const invitation = parseCalendar(calendarOf(await mailbox.waitFor((m) => m.subject === `Inscription confirmée : ${event.title}`)))
    expect((await leaveAs(as['member B'], event.id)).status).toBe(200)
    const leaving = await mailbox.waitFor((m) => JSON.stringify(m.to).includes(email) && m.subject === `Désinscription : ${event.title}`)
    const part = leaving.attachments.find((a) => a.contentType.startsWith('text/calendar'))!
    expect(part.headers.get('content-type')).toMatchObject({ params: { method: 'CANCEL' } })
    const cancel = parseCalendar(calendarOf(leaving))
    expect(invitation.method).toBe('REQUEST')
    expect(cancel.method).toBe('CANCEL')
    for (const { events } of [invitation, cancel]) {
      expect(events[0]).toMatchObject({ uid: `evenement-${event.id}@relais`, organizer: 'mailto:relais@test.local' })
      expect(events[0]!.attendees).toEqual([`mailto:${email}`])
    }
    expect(cancel.events[0]!.status).toBe('CANCELLED')
    expect(cancel.events[0]!.sequence).toBeGreaterThan(invitation.events[0]!.sequence)
  })

  it('puts the event back in the calendar of a person who registers again: each message of hers has a higher SEQUENCE', async () => {
    const event = await publish({ title: 'Atelier repris' })
    const email = people['member B'].email
    const sequenceOf = async (subject: string, nth: number) => {
      const mine = (m: (typeof mailbox.messages)[number]) => JSON.stringify(m.to).includes(email) && m.subject === subject
      await mailbox.waitFor((m) => mine(m) && mailbox.messages.filter(mine).length >= nth)
      return parseCalendar(calendarOf(mailbox.messages.filter(mine)[nth - 1]!)).events[0]!.sequence
    }
    expect((await registerAs(as['member B'], event.id)).status).toBe(201)
    const first = await sequenceOf(`Inscription confirmée : ${event.title}`, 1)
    expect((await leaveAs(as['member B'], event.id)).status).toBe(200)
    const cancel = await sequenceOf(`Désinscription : ${event.title}`, 1)
    expect((await registerAs(as['member B'], event.id)).status).toBe(201)
    const again = await sequenceOf(`Inscription confirmée : ${event.title}`, 2)
    // A calendar ignores a REQUEST whose SEQUENCE is not above the CANCEL it has already applied.
    expect(cancel).toBeGreaterThan(first)
    expect(again).toBeGreaterThan(cancel)
  })

  it('refuses, in French, a second registration, a passed deadline, a started, cancelled or unpublished event', async () => {
    const event = await publish()
    expect((await registerAs(as['member B'], event.id)).status).toBe(201)
    expect(await registerAs(as['member B'], event.id)).toMatchObject({
      status: 409,
      json: { errors: [{ message: 'Vous êtes déjà inscrit·e.' }] },
    })
    const late = await publish({ registrationDeadline: '2026-01-01T10:00:00.000Z' })
    expect(await registerAs(as['member B'], late.id)).toMatchObject({
      status: 409,
      json: { errors: [{ message: expect.stringContaining('Les inscriptions sont closes depuis le') }] },
    })
    const started = await publish({ startsAt: '2026-01-10T09:00:00.000Z', endsAt: '2026-01-10T10:00:00.000Z' })
    expect((await registerAs(as['member B'], started.id)).status).toBe(409)
    const cancelled = await publish({ cancelled: true })
    expect(await registerAs(as['member B'], cancelled.id)).toMatchObject({
      status: 409,
      json: { errors: [{ message: 'Cet événement est annulé.' }] },
    })
    const draft = (
      await as.coordinator.request('POST', '/api/events', {
        title: 'Brouillon',
        type: 'atelier',
        summary: 'x',
        ...beforeChange,
        _status: 'draft',
      })
    ).json.doc
    expect((await registerAs(as['member B'], draft.id)).status).toBe(404)
    expect((await registerAs(client(server.url, null), event.id)).status).toBe(401)
    expect((await as['member B'].request('POST', '/api/events/abc/registration')).status).toBe(404)
    expect((await as['member B'].request('POST', '/api/registrations', { event: event.id, user: people['member B'].id })).status).toBe(403)
    expect(await statuses(late.id)).toEqual([])
  })

  it('lets coordinators see registrations with the commune, export them and mark attendance; members see only their own', async () => {
    const event = await publish({ title: 'Atelier des présences' })
    await registerAs(as['member A'], event.id)
    await registerAs(as['member B'], event.id)
    const mine = await as['member B'].request('GET', `/api/registrations?where[event][equals]=${event.id}`)
    expect(mine.json.docs.map((r: { userName: string }) => r.userName)).toEqual(['Bruno Membre'])
    const all = await as.coordinator.request('GET', `/api/registrations?where[event][equals]=${event.id}&sort=registeredAt`)
    expect(all.json.docs.map((r: { communeName: string }) => r.communeName)).toEqual(['Sion', 'Martigny'])
    const csv = await fetch(`${server.url}/agenda/${event.id}/inscriptions.csv`, {
      headers: { authorization: `JWT ${await loginToken(server.url, people.coordinator.email, PASSWORD)}` },
    })
    expect(csv.status).toBe(200)
    const lines = (await csv.text())
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n')
    expect(lines[0]).toBe('"Nom";"E-mail";"Commune";"Statut";"Inscrit·e le";"Présent·e"')
    expect(lines[1]).toContain('"Anne Membre";"events.member-a@test.local";"Sion";"Inscrit·e"')
    const forbidden = await fetch(`${server.url}/agenda/${event.id}/inscriptions.csv`, {
      headers: { authorization: `JWT ${await loginToken(server.url, people['member A'].email, PASSWORD)}` },
    })
    expect(forbidden.status).toBe(403)
    const registration = all.json.docs[0].id
    expect((await as['member A'].request('PATCH', `/api/registrations/${registration}`, { attended: true })).status).toBe(403)
    expect((await as.coordinator.request('PATCH', `/api/registrations/${registration}`, { attended: true })).status).toBe(200)
    expect((await payload.findByID({ collection: 'registrations', id: registration, depth: 0 })).attended).toBe(true)
  })
})

describe('announcement and cancellation', () => {
  it('announces a published event once, to the chosen audience', async () => {
    const event = await publish({ title: 'Symposium numérique 2027', type: 'symposium', announce: true, announceTo: 'validators' })
    await payload.jobs.run({ queue: 'mail', limit: 100 })
    const announcements = () => mailbox.messages.filter((m) => m.subject === 'Nouvel événement : Symposium numérique 2027')
    expect(announcements().map((m) => m.to && JSON.stringify(m.to))).toEqual([expect.stringContaining(people['validator A'].email)])
    expect(parseCalendar(calendarOf(announcements()[0]!))).toMatchObject({
      method: 'PUBLISH',
      events: [{ uid: `evenement-${event.id}@relais`, organizer: 'mailto:relais@test.local' }],
    })
    // Republishing does not announce again; neither does a second run.
    expect(
      (await as.coordinator.request('PATCH', `/api/events/${event.id}`, { summary: 'Programme complété.', _status: 'published' })).status,
    ).toBe(200)
    await payload.jobs.run({ queue: 'mail', limit: 100 })
    expect(announcements()).toHaveLength(1)
    const mailings = await payload.find({ collection: 'event-mailings', where: { event: { equals: event.id } }, depth: 0 })
    expect(mailings.docs).toEqual([expect.objectContaining({ kind: 'announcement', recipients: 1 })])
  })

  it('tells registrants when an event is cancelled, with a CANCEL of the same calendar event', async () => {
    const event = await publish({ title: 'Atelier annulé' })
    await registerAs(as['member A'], event.id)
    expect((await as.coordinator.request('PATCH', `/api/events/${event.id}`, { cancelled: true, _status: 'published' })).status).toBe(200)
    await payload.jobs.run({ queue: 'mail', limit: 100 })
    const [notice] = mailsTo(people['member A'].email, /^Annulé : Atelier annulé/)
    const calendar = parseCalendar(calendarOf(notice!))
    expect(calendar.method).toBe('CANCEL')
    expect(calendar.events[0]).toMatchObject({ uid: `evenement-${event.id}@relais`, sequence: 1, status: 'CANCELLED' })
    expect(calendar.events[0]!.attendees.map((a) => a.toLowerCase())).toEqual([`mailto:${people['member A'].email.toLowerCase()}`])
    await payload.jobs.run({ queue: 'mail', limit: 100 })
    expect(mailsTo(people['member A'].email, /^Annulé : Atelier annulé/)).toHaveLength(1)
  })
})

describe('calendar feeds', () => {
  it('serve every published event to a valid personal link, per type too, and refuse any other link', async () => {
    const webinar = await publish({ title: 'Webinaire du flux', type: 'webinaire', ...afterChange })
    await as.coordinator.request('POST', '/api/events', {
      title: 'Brouillon du flux',
      type: 'webinaire',
      summary: 'x',
      ...beforeChange,
      _status: 'draft',
    })
    const token = await calendarToken(payload, await userDoc(people['member B']))
    const all = await feed(`/flux/${token}/evenements.ics`)
    expect(all.status).toBe(200)
    expect(all.type).toBe('text/calendar; charset=utf-8')
    const events = parseCalendar(all.text).events
    expect(events.map((e) => e.summary)).toContain('Webinaire du flux')
    expect(events.map((e) => e.summary)).not.toContain('Brouillon du flux')
    expect(events.find((e) => e.summary === 'Webinaire du flux')!.start.toISOString()).toBe(afterChange.startsAt)
    expect(parseCalendar((await feed(`/flux/${token}/evenements.ics?type=webinaire`)).text).events.map((e) => e.summary)).toEqual([
      'Webinaire du flux',
    ])
    expect((await feed(`/flux/${token}/evenements.ics?type=concert`)).status).toBe(400)

    // A change of time reaches subscribed calendars as the same event with a higher SEQUENCE.
    await as.coordinator.request('PATCH', `/api/events/${webinar.id}`, { ...beforeChange, _status: 'published' })
    const updated = parseCalendar((await feed(`/flux/${token}/evenements.ics?type=webinaire`)).text).events[0]!
    expect(updated).toMatchObject({ uid: `evenement-${webinar.id}@relais`, sequence: 1 })
    expect(updated.start.toISOString()).toBe(beforeChange.startsAt)

    expect((await feed('/flux/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA/evenements.ics')).status).toBe(404)
    expect((await feed('/flux/court/evenements.ics')).status).toBe(404)
    const renewed = await calendarToken(payload, await userDoc(people['member B']), { renew: true })
    expect(renewed).not.toBe(token)
    expect((await feed(`/flux/${token}/evenements.ics`)).status).toBe(404)
    expect((await feed(`/flux/${renewed}/evenements.ics`)).status).toBe(200)
    // The secret is its owner's alone.
    expect((await as['member B'].request('GET', `/api/users/${people['member B'].id}`)).json.calendarToken).toBe(renewed)
    expect((await as.coordinator.request('GET', `/api/users/${people['member B'].id}`)).json.calendarToken).toBeUndefined()
  })

  it('give committee members a private feed of their meetings, confidential items masked', async () => {
    const cotec = (await payload.find({ collection: 'committees', where: { slug: { equals: 'cotec' } }, depth: 0 })).docs[0]!
    const meeting = await payload.create({
      collection: 'meetings',
      data: {
        committee: cotec.id,
        title: 'Séance du flux',
        startsAt: '2027-02-04T13:00:00.000Z',
        durationMinutes: 60,
        place: 'Sion',
        status: 'convened',
      },
      context: { meetingTransition: true },
    })
    await payload.create({
      collection: 'agenda-items',
      data: { meeting: meeting.id, title: 'Point Ornithorynque', durationMinutes: 10, confidential: true },
    })
    await payload.create({ collection: 'agenda-items', data: { meeting: meeting.id, title: 'Point public du flux', durationMinutes: 10 } })
    const cotecFeed = await feed(`/flux/${await calendarToken(payload, await userDoc(people.cotec))}/seances.ics`)
    const [event] = parseCalendar(cotecFeed.text).events
    expect(event).toMatchObject({ uid: `seance-${meeting.id}@relais`, summary: 'COTEC : Séance du flux' })
    expect(event!.description).toContain('Point public du flux')
    expect(event!.description).toContain('Point confidentiel')
    expect(cotecFeed.text).not.toContain('Ornithorynque')
    const memberFeed = await feed(`/flux/${await calendarToken(payload, await userDoc(people['member A']))}/seances.ics`)
    expect(parseCalendar(memberFeed.text).events).toEqual([])
  })
})

describe('pages and search', () => {
  it('offer each published event as an .ics download and in search; drafts nowhere', async () => {
    const event = await publish({ title: 'Atelier Zéphyrine' })
    const draft = (
      await as.coordinator.request('POST', '/api/events', {
        title: 'Atelier Quetzal',
        type: 'atelier',
        summary: 'x',
        ...beforeChange,
        _status: 'draft',
      })
    ).json.doc
    const ics = await as['member A'].request('GET', `/agenda/${event.id}/evenement.ics`)
    expect(ics.status).toBe(200)
    expect(parseCalendar(ics.json.raw).events[0]!.uid).toBe(`evenement-${event.id}@relais`)
    expect((await as['member A'].request('GET', `/agenda/${draft.id}/evenement.ics`)).status).toBe(404)
    expect((await as['member A'].request('GET', `/agenda/${draft.id}`)).status).toBe(404)
    const page = await as['member A'].request('GET', `/agenda/${event.id}`)
    expect(page.json.raw).toContain('Atelier Zéphyrine')
    await payload.jobs.run({ queue: 'search', limit: 1000 })
    const engine = searchEngine(payload)
    expect((await engine.search({ q: 'Zéphyrine', grants: ['members'] })).hits.map((h) => h.url)).toEqual([`/agenda/${event.id}`])
    expect((await engine.search({ q: 'Atelier Quetzal', grants: 'all' })).hits.map((h) => h.url)).not.toContain(`/agenda/${draft.id}`)
  })
})
