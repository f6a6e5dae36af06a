/**
 * The access-matrix operations of events, registrations, event mailings, the personal calendar feeds and search over
 * events (docs/access.md). The meetings feed row reads the convened meeting of ./meetings: run with its domain.
 */
import { calendarToken } from '@/events/feeds'
import { found, type MatrixDomain, type Operations, payload, people, readById, tookEffect, unique } from '@tests/helpers/matrix'

import { meetingOf } from './meetings'

const eventOf = { published: 0, draft: 0, registering: 0 }
let registrationOfA: number

const eventTimes = { startsAt: '2027-05-06T07:00:00.000Z', endsAt: '2027-05-06T09:00:00.000Z' }

/** A published (or draft) event, written as the system. */
async function fixtureEvent(title = `Événement ${unique()}`, status: 'published' | 'draft' = 'published') {
  const event = await payload.create({
    collection: 'events',
    data: { title, type: 'atelier', summary: `Atelier ${title}.`, ...eventTimes, _status: status },
    draft: status === 'draft',
  })
  return event.id
}

const registrationsOf = async (event: number, user: number) =>
  (
    await payload.find({
      collection: 'registrations',
      where: { and: [{ event: { equals: event } }, { user: { equals: user } }] },
      depth: 0,
    })
  ).docs

async function fixtures() {
  eventOf.published = await fixtureEvent('Atelier Tarentelle')
  eventOf.draft = await fixtureEvent('Atelier Bergamasque', 'draft')
  eventOf.registering = await fixtureEvent()
  registrationOfA = (
    await payload.create({
      collection: 'registrations',
      data: { event: eventOf.published, user: people['member A'].id, status: 'confirmed', userName: 'Anne Membre', communeName: 'Sion' },
    })
  ).id
}

export const eventsOperations: Operations = {
  'events | read a published event': async ({ as }) => readById(as, 'events', eventOf.published),
  'events | read a draft event': async ({ as }) => readById(as, 'events', eventOf.draft),
  'events | preview a draft event (its page with ?apercu=1)': async ({ as }) => {
    const { status, json } = await as.request('GET', `/agenda/${eventOf.draft}?apercu=1`)
    return tookEffect(status, status === 200 && String(json?.raw ?? '').includes('Atelier Bergamasque'))
  },
  'events | create': async ({ as }) => {
    const title = `Événement ${unique()}`
    const { status } = await as.request('POST', '/api/events', {
      title,
      type: 'atelier',
      summary: 'Essai.',
      ...eventTimes,
      _status: 'published',
    })
    return tookEffect(status, (await payload.count({ collection: 'events', where: { title: { equals: title } } })).totalDocs === 1)
  },
  'events | update': async ({ as }) => {
    const summary = `Résumé ${unique()}`
    const { status } = await as.request('PATCH', `/api/events/${eventOf.published}`, { summary, _status: 'published' })
    return tookEffect(status, (await payload.findByID({ collection: 'events', id: eventOf.published, draft: false })).summary === summary)
  },
  'events | delete': async ({ as }) => {
    const id = await fixtureEvent()
    const { status } = await as.request('DELETE', `/api/events/${id}`)
    return tookEffect(status, (await payload.count({ collection: 'events', where: { id: { equals: id } } })).totalDocs === 0)
  },
  'registrations | register for a published event': async ({ as, actor }) => {
    const { status } = await as.request('POST', `/api/events/${eventOf.registering}/registration`)
    return tookEffect(
      status,
      Boolean(actor) && (await registrationsOf(eventOf.registering, actor!.id)).some((r) => r.status === 'confirmed'),
    )
  },
  'registrations | cancel own registration': async ({ as, actor }) => {
    const event = await fixtureEvent()
    if (actor) await payload.create({ collection: 'registrations', data: { event, user: actor.id, status: 'confirmed' } })
    const { status } = await as.request('DELETE', `/api/events/${event}/registration`)
    return tookEffect(status, Boolean(actor) && (await registrationsOf(event, actor!.id))[0]?.status === 'cancelled')
  },
  "registrations | read member A's registration": async ({ as }) => readById(as, 'registrations', registrationOfA),
  'registrations | create over the API (past the capacity checks)': async ({ as }) => {
    const event = await fixtureEvent()
    const { status } = await as.request('POST', '/api/registrations', { event, user: people['member B'].id, status: 'confirmed' })
    return tookEffect(status, (await registrationsOf(event, people['member B'].id)).length === 1)
  },
  'registrations | mark attendance': async ({ as }) => {
    const attended = !(await payload.findByID({ collection: 'registrations', id: registrationOfA })).attended
    const { status } = await as.request('PATCH', `/api/registrations/${registrationOfA}`, { attended })
    return tookEffect(status, (await payload.findByID({ collection: 'registrations', id: registrationOfA })).attended === attended)
  },
  "registrations | export an event's registrations (CSV)": async ({ as }) => {
    const { status, json } = await as.request('GET', `/agenda/${eventOf.published}/inscriptions.csv`)
    return tookEffect(status, status === 200 && String(json?.raw).includes('Anne Membre'))
  },
  'event-mailings | read': async ({ as }) => {
    const { status, json } = await as.request('GET', '/api/event-mailings')
    return tookEffect(status, status === 200 && json.totalDocs >= 0)
  },
  'event-mailings | create over the API': async ({ as }) => {
    const event = await fixtureEvent()
    const { status } = await as.request('POST', '/api/event-mailings', { event, kind: 'announcement' })
    return tookEffect(status, (await payload.count({ collection: 'event-mailings', where: { event: { equals: event } } })).totalDocs === 1)
  },
  "feeds | read the events feed with one's own link": async ({ as, actor }) => {
    const token = actor
      ? await calendarToken(payload, await payload.findByID({ collection: 'users', id: actor.id }))
      : 'anonymous-has-no-link-at-all-xx'
    const { status, json } = await as.request('GET', `/flux/${token}/evenements.ics`)
    return tookEffect(status, status === 200 && String(json?.raw).includes(`UID:evenement-${eventOf.published}@relais`))
  },
  'feeds | read the events feed with a wrong or revoked link': async ({ as, actor }) => {
    const user = actor ? await payload.findByID({ collection: 'users', id: actor.id }) : null
    const old = user ? await calendarToken(payload, user) : 'AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA'
    if (user) await calendarToken(payload, user, { renew: true })
    const { status, json } = await as.request('GET', `/flux/${old}/evenements.ics`)
    return tookEffect(status, status === 200 && String(json?.raw).includes('BEGIN:VCALENDAR'))
  },
  "feeds | see COTEC meetings in one's meetings feed": async ({ as, actor }) => {
    const token = actor
      ? await calendarToken(payload, await payload.findByID({ collection: 'users', id: actor.id }))
      : 'anonymous-has-no-link-at-all-xx'
    const { status, json } = await as.request('GET', `/flux/${token}/seances.ics`)
    return tookEffect(status, String(json?.raw).includes(`UID:seance-${meetingOf.convened}@relais`))
  },
  'search | find a published event': (ctx) => found(ctx, 'Tarentelle', `/agenda/${eventOf.published}`),
  'search | find a draft event': (ctx) => found(ctx, 'Bergamasque', `/agenda/${eventOf.draft}`, { only: true }),
}

export const events: MatrixDomain = { operations: eventsOperations, fixtures }
