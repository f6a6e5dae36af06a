/**
 * Committees and meetings over real HTTP, SMTP and PostgreSQL: status transitions and their refusals, the
 * convocation e-mails and their .ics (read back by ical.js and node-ical, across a daylight-saving change), updates and
 * cancellations, confidentiality through REST, GraphQL, search, ICS and the page, minutes approval, priority
 * decisions recorded in a meeting, and the weekly reminder of overdue actions.
 */

import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { sendActionReminders } from '@/meetings/reminders'
import type { Committee, Meeting } from '@/payload-types'
import { searchEngine } from '@/search/engine'
import { grantsOf } from '@/search/grants'
import { committees as seedCommittees } from '@seed/content/committees'
import { formIn, postForm } from '@tests/helpers/forms'
import { type Client, client, loginToken } from '@tests/helpers/http'
import { calendarOf, parseCalendar } from '@tests/helpers/ical'
import { bootPayload } from '@tests/helpers/payload'
import { type ActorName, actorNames, createPeople, createUser, PASSWORD, type People, type Person } from '@tests/helpers/people'
import { type RunningServer, startServer } from '@tests/helpers/server'
import { type Mailbox, startSmtpCatcher } from '@tests/helpers/smtp'

let payload: Payload
let people: People
let nina: Person
let server: RunningServer
let mailbox: Mailbox
let cotec: Committee
let copil: Committee
const as = {} as Record<ActorName | 'nina', Client>

// 14:00 in Zurich on both sides of the 2027 spring change (28 March): 13:00 UTC in winter, 12:00 UTC in summer.
const winter = '2027-03-25T13:00:00.000Z'
const summer = '2027-04-01T12:00:00.000Z'

const committeeBySlug = async (slug: string) =>
  (await payload.find({ collection: 'committees', where: { slug: { equals: slug } }, depth: 0 })).docs[0]!
const createMeeting = async (who: ActorName | 'nina', data: Record<string, unknown>) => {
  const response = await as[who].request('POST', '/api/meetings', {
    committee: cotec.id,
    place: 'Sion',
    startsAt: winter,
    durationMinutes: 90,
    ...data,
  })
  expect(response.status, JSON.stringify(response.json)).toBe(201)
  return response.json.doc as Meeting
}
const addItem = async (who: ActorName | 'nina', meeting: number, data: Record<string, unknown>) => {
  const response = await as[who].request('POST', '/api/agenda-items', { meeting, durationMinutes: 20, ...data })
  expect(response.status, JSON.stringify(response.json)).toBe(201)
  return response.json.doc as { id: number }
}
const transition = (who: ActorName | 'nina', id: number, to: string, reason?: string) =>
  as[who].request('POST', `/api/meetings/${id}/transition`, reason ? { to, reason } : { to })
const meetingStatus = async (id: number) => (await payload.findByID({ collection: 'meetings', id, depth: 0 })).status
/** The meeting took place: its date moves to the past (time passing, not a shortcut through the rules). */
const happened = (id: number) => payload.db.updateOne({ collection: 'meetings', id, data: { startsAt: '2026-10-01T12:00:00.000Z' } })
const mailsTo = (email: string, subject: RegExp) =>
  mailbox.messages.filter((m) => JSON.stringify(m.to).includes(email) && subject.test(m.subject ?? ''))
const runSearchJobs = () => payload.jobs.run({ queue: 'search', limit: 1000 })
const page = async (who: ActorName | 'nina', url: string) => {
  const response = await as[who].request('GET', url)
  return { status: response.status, html: String(response.json?.raw ?? JSON.stringify(response.json)) }
}
const graphql = async (who: ActorName, query: string) => (await as[who].request('POST', '/api/graphql', { query })).json

beforeAll(async () => {
  let databaseUrl: string
  mailbox = await startSmtpCatcher()
  ;({ payload, databaseUrl } = await bootPayload(mailbox.env))
  people = await createPeople(payload, 'meetings')
  nina = await createUser(payload, { email: 'meetings.nina@test.local', name: 'Nina Réseau', roles: ['cotec', 'member'] })
  cotec = await committeeBySlug('cotec')
  copil = await committeeBySlug('copil')
  const since = '2026-01-01T00:00:00.000Z'
  await payload.update({
    collection: 'committees',
    id: cotec.id,
    data: {
      memberships: [
        { user: people.cotec.id, role: 'secretariat', from: since },
        { user: nina.id, role: 'membre', from: since },
      ],
    },
  })
  await payload.update({
    collection: 'committees',
    id: copil.id,
    data: { memberships: [{ user: people.copil.id, role: 'presidence', from: since }] },
  })
  server = await startServer(databaseUrl, mailbox.env)
  for (const name of actorNames) as[name] = client(server.url, await loginToken(server.url, people[name].email, PASSWORD))
  as.nina = client(server.url, await loginToken(server.url, nina.email, PASSWORD))
})
afterAll(async () => {
  await server?.stop()
  await mailbox?.stop()
})

describe('committees', () => {
  it('refuses a member who does not hold the committee’s role, in French, and changes nothing', async () => {
    const response = await as.coordinator.request('PATCH', `/api/committees/${cotec.id}`, {
      memberships: [{ user: people['member A'].id, role: 'membre', from: '2026-01-01' }],
    })
    expect(response.status).toBe(400)
    expect(JSON.stringify(response.json)).toContain('n’a pas le rôle « COTEC »')
    expect((await payload.findByID({ collection: 'committees', id: cotec.id, depth: 0 })).memberships).toHaveLength(2)
  })

  it('show their current members, with function, to every member (who cannot open the members’ accounts)', async () => {
    const { status, html } = await page('member B', '/seances')
    expect(status).toBe(200)
    expect(html).toContain('Thierry Cotec — Secrétariat')
    expect(html).toContain('Nina Réseau — Membre')
    expect(html).toContain('Paula Copil — Présidence')
    // Their mission and composition as the strategy states them (the wording is checked in committees-source.unit.spec.ts).
    for (const committee of seedCommittees) {
      expect(html).toContain(committee.mission.replaceAll("'", '&#x27;'))
      if (committee.composition) expect(html).toContain(committee.composition.replaceAll("'", '&#x27;'))
    }
    expect(html).not.toContain('AVRiC')
  })

  it('are edited by staff only', async () => {
    expect((await as.cotec.request('PATCH', `/api/committees/${cotec.id}`, { mission: 'Autre' })).status).toBe(403)
    expect((await as['member A'].request('GET', `/api/committees/${cotec.id}`)).status).toBe(200)
  })
})

describe('a meeting’s life', () => {
  let meeting: Meeting

  it('starts as a draft the committee builds, invisible to other members', async () => {
    meeting = await createMeeting('cotec', { title: 'Séance de printemps' })
    expect(meeting).toMatchObject({ status: 'planned', committeeSlug: 'cotec' })
    expect((await as['member A'].request('GET', `/api/meetings/${meeting.id}`)).status).toBe(404)
    expect((await as.copil.request('GET', `/api/meetings/${meeting.id}`)).status).toBe(404)
    expect((await as.nina.request('GET', `/api/meetings/${meeting.id}`)).status).toBe(200)
    // Only the committee (and staff) create its meetings, and the status is not the client's to set.
    expect((await as.copil.request('POST', '/api/meetings', { committee: cotec.id, startsAt: winter, durationMinutes: 60 })).status).toBe(
      403,
    )
    const forged = await as.cotec.request('PATCH', `/api/meetings/${meeting.id}`, { status: 'approved' })
    expect(forged.status).toBeLessThan(500)
    expect(await meetingStatus(meeting.id)).toBe('planned')
  })

  it('refuses invalid transitions with a French reason', async () => {
    expect(await transition('cotec', meeting.id, 'convened')).toMatchObject({
      status: 409,
      json: { errors: [{ message: expect.stringContaining('L’ordre du jour est vide') }] },
    })
    await addItem('cotec', meeting.id, { title: 'Bilan des sauvegardes', presenter: 'Thierry Cotec' })
    await addItem('cotec', meeting.id, { title: 'Budget 2027', durationMinutes: 30 })
    await addItem('nina', meeting.id, { title: 'Divers', durationMinutes: 10 })
    expect((await transition('cotec', meeting.id, 'held')).status).toBe(409)
    expect(await transition('cotec', meeting.id, 'approved')).toMatchObject({
      status: 409,
      json: { errors: [{ message: expect.stringContaining('séance suivante') }] },
    })
    expect((await transition('cotec', meeting.id, 'tenue')).status).toBe(400)
    // A plain member of the committee prepares, but the presidency and secretariat convene.
    expect((await transition('nina', meeting.id, 'convened')).status).toBe(403)
    expect((await transition('member A', meeting.id, 'convened')).status).toBe(404)
    expect(await meetingStatus(meeting.id)).toBe('planned')
  })

  it('is convened by the secretary: every member gets the agenda and an invitation in Zurich time', async () => {
    const response = await transition('cotec', meeting.id, 'convened')
    expect(response).toMatchObject({
      status: 200,
      json: { message: 'Séance convoquée : 2 membres ont reçu l’ordre du jour et l’invitation.' },
    })
    expect(await meetingStatus(meeting.id)).toBe('convened')
    for (const email of [people.cotec.email, nina.email]) {
      const [mail] = mailsTo(email, /^Convocation : COTEC/)
      expect(mail, email).toBeDefined()
      expect(mail!.html).toContain('1. Bilan des sauvegardes (20 min, Thierry Cotec)')
      expect(mail!.subject).toBe('Convocation : COTEC, jeudi 25 mars 2027 à 14:00')
      const calendar = parseCalendar(calendarOf(mail!))
      expect(calendar.method).toBe('REQUEST')
      expect(calendar.events).toHaveLength(1)
      expect(calendar.events[0]).toMatchObject({
        uid: `seance-${meeting.id}@relais`,
        sequence: 0,
        tzid: 'Europe/Zurich',
        summary: 'COTEC : Séance de printemps',
      })
      expect(calendar.events[0]!.start.toISOString()).toBe(winter)
      expect(calendar.events[0]!.end.toISOString()).toBe('2027-03-25T14:30:00.000Z')
      expect(calendar.events[0]!.description).toContain('3. Divers (10 min)')
    }
    expect(mailsTo(people['member A'].email, /Convocation/)).toHaveLength(0)
    expect((await transition('cotec', meeting.id, 'convened')).status).toBe(409)
    // Once convened, every member sees the meeting and its agenda.
    expect((await as['member A'].request('GET', `/api/meetings/${meeting.id}`)).status).toBe(200)
  })

  it('sends changes as an update of the same event, after the daylight-saving change', async () => {
    expect((await as.cotec.request('POST', `/api/meetings/${meeting.id}/send-update`)).status).toBe(409)
    expect((await as.cotec.request('PATCH', `/api/meetings/${meeting.id}`, { startsAt: summer })).status).toBe(200)
    const response = await as.cotec.request('POST', `/api/meetings/${meeting.id}/send-update`)
    expect(response.status, JSON.stringify(response.json)).toBe(200)
    const [mail] = mailsTo(nina.email, /^Modification : COTEC/)
    expect(mail!.subject).toBe('Modification : COTEC, jeudi 1 avril 2027 à 14:00')
    const { method, events } = parseCalendar(calendarOf(mail!))
    expect(method).toBe('REQUEST')
    expect(events[0]).toMatchObject({ uid: `seance-${meeting.id}@relais`, sequence: 1 })
    expect(events[0]!.start.toISOString()).toBe(summer)
    expect((await as.cotec.request('POST', `/api/meetings/${meeting.id}/send-update`)).status).toBe(409)
  })

  it('closes only after it took place, with a decision (or "pas de décision") on every item', async () => {
    expect(await transition('cotec', meeting.id, 'held')).toMatchObject({
      status: 409,
      json: { errors: [{ message: expect.stringContaining('pas encore eu lieu') }] },
    })
    await happened(meeting.id)
    const refused = await transition('cotec', meeting.id, 'held')
    expect(refused.status).toBe(409)
    expect(refused.json.errors[0].message).toContain('1. Bilan des sauvegardes ; 2. Budget 2027 ; 3. Divers')
    const items = (
      await payload.find({ collection: 'agenda-items', where: { meeting: { equals: meeting.id } }, sort: 'position', depth: 0 })
    ).docs
    await as.cotec.request('PATCH', `/api/agenda-items/${items[0]!.id}`, {
      notes: 'Deux communes sans test de restauration.',
      decision: 'Test de restauration trimestriel recommandé.',
    })
    await as.cotec.request('PATCH', `/api/agenda-items/${items[1]!.id}`, { decision: 'Budget adopté.' })
    expect((await transition('cotec', meeting.id, 'held')).json.errors[0].message).toContain('3. Divers')
    await as.cotec.request('PATCH', `/api/agenda-items/${items[2]!.id}`, { noDecision: true })
    expect(await transition('cotec', meeting.id, 'held')).toMatchObject({ status: 200 })
    expect(await meetingStatus(meeting.id)).toBe('held')
    expect((await transition('cotec', meeting.id, 'cancelled')).status).toBe(409)
  })

  it('cancels a convened meeting: members’ calendars receive a CANCEL of the same event', async () => {
    const other = await createMeeting('cotec', { title: 'Séance extraordinaire', startsAt: summer })
    await addItem('cotec', other.id, { title: 'Point unique' })
    expect((await transition('cotec', other.id, 'convened')).status).toBe(200)
    const response = await transition('cotec', other.id, 'cancelled', 'Quorum non atteint.')
    expect(response).toMatchObject({ status: 200, json: { message: expect.stringContaining('2 membres ont été prévenus') } })
    const [mail] = mailsTo(nina.email, /^Annulation : COTEC/)
    expect(mail!.html).toContain('Quorum non atteint.')
    const { method, events } = parseCalendar(calendarOf(mail!))
    expect(method).toBe('CANCEL')
    expect(events[0]).toMatchObject({ uid: `seance-${other.id}@relais`, sequence: 1, status: 'CANCELLED' })
    // A cancelled meeting is part of the record: it no longer changes.
    expect((await as.cotec.request('PATCH', `/api/meetings/${other.id}`, { place: 'Martigny' })).status).toBe(400)
    expect((await as.cotec.request('POST', '/api/agenda-items', { meeting: other.id, title: 'Ajout', durationMinutes: 5 })).status).toBe(
      400,
    )
  })
})

describe('confidentiality and minutes approval', () => {
  let held: Meeting
  let publicItem: { id: number }
  let secretItem: { id: number }
  let next: Meeting

  beforeAll(async () => {
    held = await createMeeting('cotec', { title: 'Séance d’hiver', startsAt: winter })
    publicItem = await addItem('cotec', held.id, { title: 'Stratégie de sauvegarde régionale' })
    secretItem = await addItem('cotec', held.id, { title: 'Incident Zanzibar chez un prestataire', confidential: true })
    expect((await transition('cotec', held.id, 'convened')).status).toBe(200)
    await as.cotec.request('PATCH', `/api/agenda-items/${publicItem.id}`, {
      notes: 'Discussion Xylophone sur les supports hors ligne.',
      decision: 'Adopté.',
    })
    await as.cotec.request('PATCH', `/api/agenda-items/${secretItem.id}`, { notes: 'Détails Zanzibar.', noDecision: true })
    await happened(held.id)
    expect((await transition('cotec', held.id, 'held')).status).toBe(200)
    await runSearchJobs()
  })

  it('REST: confidential items are the committee’s; draft minutes too', async () => {
    const list = async (who: ActorName | 'nina') =>
      (await as[who].request('GET', `/api/agenda-items?where[meeting][equals]=${held.id}&limit=50`)).json.docs as {
        id: number
        notes?: string
      }[]
    expect((await list('member A')).map((d) => d.id)).toEqual([publicItem.id])
    expect((await list('copil')).map((d) => d.id)).toEqual([publicItem.id])
    expect((await list('nina')).map((d) => d.id).sort()).toEqual([publicItem.id, secretItem.id].sort())
    expect((await list('coordinator')).map((d) => d.id).sort()).toEqual([publicItem.id, secretItem.id].sort())
    expect((await as['member A'].request('GET', `/api/agenda-items/${secretItem.id}`)).status).toBe(404)
    // Held but not approved: the minutes are the committee's draft.
    expect((await list('member A'))[0]!.notes).toBeUndefined()
    expect((await list('nina')).find((d) => d.id === publicItem.id)!.notes).toContain('Xylophone')
    const probe = await as['member A'].request('GET', `/api/agenda-items?where[notes][like]=Xylophone`)
    expect(probe.json.docs ?? []).toHaveLength(0)
    expect(await as['member B'].request('GET', `/api/agenda-items?where[title][like]=Zanzibar`)).toMatchObject({
      status: 200,
      json: { totalDocs: 0 },
    })
  })

  it('GraphQL: the same rows and fields', async () => {
    const query = `{ AgendaItems(where: { meeting: { equals: ${held.id} } }) { docs { id title notes } } }`
    const member = await graphql('member A', query)
    expect(member.data.AgendaItems.docs.map((d: { title: string }) => d.title)).toEqual(['Stratégie de sauvegarde régionale'])
    expect(member.data.AgendaItems.docs[0].notes).toBeNull()
    const committee = await graphql('cotec', query)
    expect(committee.data.AgendaItems.docs.map((d: { title: string }) => d.title)).toContain('Incident Zanzibar chez un prestataire')
  })

  it('search: members find the public item but neither the confidential one nor draft minutes', async () => {
    const engine = searchEngine(payload)
    const user = (id: number) => payload.findByID({ collection: 'users', id, depth: 0 })
    const memberGrants = grantsOf(await user(people['member A'].id))
    expect((await engine.search({ q: 'Zanzibar', grants: memberGrants })).total).toBe(0)
    expect((await engine.search({ q: 'Xylophone', grants: memberGrants })).total).toBe(0)
    expect((await engine.search({ q: 'sauvegarde régionale', grants: memberGrants })).hits.map((h) => h.url)).toContain(
      `/seances/${held.id}#point-${publicItem.id}`,
    )
    const committeeGrants = grantsOf(await user(nina.id))
    expect((await engine.search({ q: 'Zanzibar', grants: committeeGrants })).total).toBeGreaterThan(0)
    const http = await as['member A'].request('GET', '/api/search?q=Zanzibar')
    expect(http).toMatchObject({ status: 200, json: { total: 0 } })
  })

  it('ICS and page: the member’s copy lists only what they may see', async () => {
    const memberIcs = await page('member A', `/seances/${held.id}/calendrier.ics`)
    expect(memberIcs.status).toBe(200)
    const memberEvent = parseCalendar(memberIcs.html).events[0]!
    expect(memberEvent.description).toContain('Stratégie de sauvegarde régionale')
    expect(memberEvent.description).not.toContain('Zanzibar')
    expect(parseCalendar((await page('nina', `/seances/${held.id}/calendrier.ics`)).html).events[0]!.description).toContain('Zanzibar')
    expect((await page('member A', '/seances/999999/calendrier.ics')).status).toBe(404)
    const memberPage = await page('member A', `/seances/${held.id}`)
    expect(memberPage.status).toBe(200)
    expect(memberPage.html).toContain('Stratégie de sauvegarde régionale')
    expect(memberPage.html).not.toContain('Zanzibar')
    expect(memberPage.html).not.toContain('Xylophone')
    expect((await page('nina', `/seances/${held.id}`)).html).toContain('Zanzibar')
  })

  it('the next meeting approves the minutes, which every member then reads, confidential items excepted', async () => {
    next = await createMeeting('cotec', { title: 'Séance de printemps bis', startsAt: summer })
    const approval = await addItem('cotec', next.id, {
      title: 'Approbation du procès-verbal',
      durationMinutes: 5,
      approvesMinutesOf: held.id,
    })
    const foreign = await as.coordinator.request('POST', '/api/agenda-items', {
      meeting: next.id,
      title: 'Autre',
      durationMinutes: 5,
      approvesMinutesOf: next.id,
    })
    expect(foreign.status).toBe(400)
    // Not before the meeting is convened.
    expect((await as.cotec.request('POST', `/api/agenda-items/${approval.id}/approve-minutes`)).status).toBe(409)
    expect((await transition('cotec', next.id, 'convened')).status).toBe(200)
    expect((await as['member A'].request('POST', `/api/agenda-items/${approval.id}/approve-minutes`)).status).toBe(404)
    const approved = await as.nina.request('POST', `/api/agenda-items/${approval.id}/approve-minutes`)
    expect(approved).toMatchObject({ status: 200, json: { message: expect.stringContaining('est approuvé') } })
    expect(await meetingStatus(held.id)).toBe('approved')
    expect((await payload.findByID({ collection: 'agenda-items', id: approval.id, depth: 0 })).decision).toContain('est approuvé')
    expect((await as.nina.request('POST', `/api/agenda-items/${approval.id}/approve-minutes`)).status).toBe(409)

    const items = (await as['member A'].request('GET', `/api/agenda-items?where[meeting][equals]=${held.id}`)).json.docs
    expect(items).toHaveLength(1)
    expect(items[0]).toMatchObject({ notes: 'Discussion Xylophone sur les supports hors ligne.', decision: 'Adopté.' })
    await runSearchJobs()
    const memberGrants = grantsOf(await payload.findByID({ collection: 'users', id: people['member A'].id, depth: 0 }))
    expect((await searchEngine(payload).search({ q: 'Xylophone', grants: memberGrants })).total).toBe(1)
    expect((await searchEngine(payload).search({ q: 'Zanzibar', grants: memberGrants })).total).toBe(0)
    // Approved minutes are frozen.
    expect((await as.cotec.request('PATCH', `/api/agenda-items/${publicItem.id}`, { decision: 'Réécrit.' })).status).toBe(400)
  })
})

describe('a priority proposal decided in a Comité meeting', () => {
  it('closes the loop: the measure changes and the proposal cites the meeting', async () => {
    const measure = (await payload.find({ collection: 'measures', where: { number: { equals: 30 } }, depth: 0 })).docs[0]!
    const proposal = await as.cotec.request('POST', '/api/priority-changes', {
      measure: measure.id,
      toPriority: 'A',
      rationale: 'Les communes en ont besoin cette année.',
    })
    expect(proposal.status).toBe(201)
    const meeting = await createMeeting('copil', { committee: copil.id, title: 'Comité de printemps' })
    const item = await addItem('copil', meeting.id, { title: 'Proposition mesure 30', priorityChange: proposal.json.doc.id })
    expect((await transition('copil', meeting.id, 'convened')).status).toBe(200)
    expect((await as.cotec.request('POST', `/api/agenda-items/${item.id}/proposal-decision`, { decision: 'approved' })).status).toBe(404)
    expect((await as.copil.request('POST', `/api/agenda-items/${item.id}/proposal-decision`, { decision: 'maybe' })).status).toBe(400)
    const decided = await as.copil.request('POST', `/api/agenda-items/${item.id}/proposal-decision`, {
      decision: 'approved',
      comment: 'Validé en séance.',
    })
    expect(decided).toMatchObject({ status: 200, json: { message: 'Proposition validée : la mesure 30 est mise à jour.' } })
    expect((await payload.findByID({ collection: 'measures', id: measure.id, depth: 0 })).priority).toBe('A')
    const stored = await payload.findByID({ collection: 'priority-changes', id: proposal.json.doc.id, depth: 0 })
    expect(stored).toMatchObject({ status: 'approved', meeting: 'Comité, séance du 25 mars 2027, point 1' })
    expect((await payload.findByID({ collection: 'agenda-items', id: item.id, depth: 0 })).decision).toBe(
      `Proposition validée : mesure 30, priorité ${stored.fromPriority} → A.`,
    )
    expect((await as.copil.request('POST', `/api/agenda-items/${item.id}/proposal-decision`, { decision: 'approved' })).status).toBe(409)
  })
})

describe('action items', () => {
  it('are the committee’s and their owner’s; an owner outside the committee may only close theirs', async () => {
    const created = await as.cotec.request('POST', '/api/action-items', {
      title: 'Inventaire des contrats',
      committee: cotec.id,
      owner: people['member A'].id,
      dueDate: '2027-01-15',
    })
    expect(created.status).toBe(201)
    expect(created.json.doc).toMatchObject({ ownerName: 'Anne Membre', committeeSlug: 'cotec', status: 'open' })
    const id = created.json.doc.id
    expect((await as['member B'].request('GET', `/api/action-items/${id}`)).status).toBe(404)
    expect((await as['member A'].request('GET', `/api/action-items/${id}`)).status).toBe(200)
    expect((await as['member A'].request('PATCH', `/api/action-items/${id}`, { title: 'Autre chose' })).status).toBe(403)
    expect((await as['member A'].request('PATCH', `/api/action-items/${id}`, { status: 'done' })).status).toBe(200)
    expect(await payload.findByID({ collection: 'action-items', id, depth: 0 })).toMatchObject({
      title: 'Inventaire des contrats',
      status: 'done',
      doneAt: expect.any(String),
    })
    expect(
      (await as.copil.request('POST', '/api/action-items', { title: 'X', committee: cotec.id, owner: nina.id, dueDate: '2027-01-15' }))
        .status,
    ).toBe(403)
  })

  it('overdue owners are reminded once a week, one e-mail listing all their overdue actions', async () => {
    for (const title of ['Relancer le prestataire', 'Envoyer le questionnaire'])
      await payload.create({
        collection: 'action-items',
        data: { title, committee: cotec.id, owner: nina.id, dueDate: '2026-11-01', status: 'open' },
      })
    await payload.create({
      collection: 'action-items',
      data: { title: 'Pas encore due', committee: cotec.id, owner: people.cotec.id, dueDate: '2027-06-01', status: 'open' },
    })
    const monday = new Date('2026-11-23T06:30:00Z')
    expect(await sendActionReminders(payload, monday)).toEqual({ owners: 1, actions: 2 })
    const reminders = () => mailsTo(nina.email, /actions? en retard/)
    expect(reminders()).toHaveLength(1)
    expect(reminders()[0]!.subject).toBe('Relais : 2 actions en retard')
    expect(reminders()[0]!.html).toContain('Relancer le prestataire')
    expect(await sendActionReminders(payload, new Date('2026-11-25T06:30:00Z'))).toEqual({ owners: 0, actions: 0 })
    expect(reminders()).toHaveLength(1)
    expect(await sendActionReminders(payload, new Date('2026-11-30T06:30:00Z'))).toEqual({ owners: 1, actions: 2 })
    expect(reminders()).toHaveLength(2)
    expect(mailsTo(people.cotec.email, /en retard/)).toHaveLength(0)
  })
})

describe('bad input', () => {
  it('is refused in French with a 4xx and changes nothing', async () => {
    const meeting = await createMeeting('cotec', { title: 'Séance test' })
    expect((await as.cotec.request('POST', `/api/meetings/${meeting.id}/transition`, '[1,2]')).status).toBe(400)
    expect(
      (await as.cotec.request('POST', `/api/meetings/${meeting.id}/transition`, { to: 'convened', force: true })).json.errors[0].message,
    ).toBe('Champ inconnu : « force ».')
    expect((await as.cotec.request('POST', '/api/meetings/abc/transition', { to: 'convened' })).status).toBe(404)
    expect((await as.cotec.request('POST', '/api/meetings/99999999999/transition', { to: 'convened' })).status).toBe(404)
    expect((await client(server.url, null).request('POST', `/api/meetings/${meeting.id}/transition`, { to: 'convened' })).status).toBe(401)
    const badLink = await as.cotec.request('PATCH', `/api/meetings/${meeting.id}`, { onlineUrl: 'javascript:alert(1)' })
    expect(badLink.status).toBe(400)
    expect(JSON.stringify(badLink.json)).toContain('https://')
    const badDocument = await as.cotec.request('POST', '/api/agenda-items', {
      meeting: meeting.id,
      title: 'Doc',
      durationMinutes: 5,
      documents: [{ title: 'x', url: 'file:///etc/passwd' }],
    })
    expect(badDocument.status).toBe(400)
    expect((await as.cotec.request('PATCH', `/api/meetings/${meeting.id}`, { committee: copil.id })).status).toBe(400)
    expect(await payload.findByID({ collection: 'meetings', id: meeting.id, depth: 0 })).toMatchObject({
      onlineUrl: null,
      committeeSlug: 'cotec',
      status: 'planned',
    })
  })
})

describe('the meeting page offers the steps its status and date allow, and confirms the ones that cannot be undone', () => {
  /** What the secretary's page offers: the steps' buttons and the minutes' forms, by their French names. */
  const offered = async (id: number) => {
    const { html } = await page('cotec', `/seances/${id}`)
    return {
      convene: html.includes('>Convoquer le comité<'),
      close: html.includes('>Clore la séance (tenue)<'),
      cancel: html.includes('>Annuler la séance<'),
      minutes: html.includes('aria-label="Procès-verbal du point 1"'),
      actions: html.includes('aria-label="Ajouter une action"'),
    }
  }
  const session = async () => `payload-token=${await loginToken(server.url, people.cotec.email, PASSWORD)}`
  /** Sends the page's form as a browser without JavaScript does. */
  const send = async (id: number, label: string, fields: Record<string, string>) => {
    const cookie = await session()
    const html = await (await fetch(`${server.url}/seances/${id}`, { headers: { cookie, 'sec-fetch-site': 'none' } })).text()
    return postForm(`${server.url}/seances/${id}`, formIn(html, `aria-label="${label}"`), fields, cookie)
  }
  const none = { convene: false, close: false, cancel: false, minutes: false, actions: false }

  it('planned and ahead: convene or cancel; convened and weeks away: cancel only; begun: minutes and close; then nothing', async () => {
    const meeting = await createMeeting('cotec', { title: 'Séance des étapes', startsAt: summer })
    await addItem('cotec', meeting.id, { title: 'Point des étapes' })
    expect(await offered(meeting.id)).toEqual({ ...none, convene: true, cancel: true })
    expect((await transition('cotec', meeting.id, 'convened')).status).toBe(200)
    expect(await offered(meeting.id)).toEqual({ ...none, cancel: true })
    // What the page hides, the server refuses too.
    expect((await transition('cotec', meeting.id, 'held')).status).toBe(409)
    await happened(meeting.id)
    expect(await offered(meeting.id)).toEqual({ ...none, close: true, cancel: true, minutes: true, actions: true })
    const [item] = (await payload.find({ collection: 'agenda-items', where: { meeting: { equals: meeting.id } }, depth: 0 })).docs
    await as.cotec.request('PATCH', `/api/agenda-items/${item!.id}`, { noDecision: true })

    // Closing asks for the box to be ticked; without it nothing changes.
    const unconfirmed = await send(meeting.id, 'Clore la séance', {})
    expect(unconfirmed.html).toContain('Cochez la case de confirmation : cette étape ne peut pas être annulée.')
    expect(await meetingStatus(meeting.id)).toBe('convened')
    const confirmed = await send(meeting.id, 'Clore la séance', { confirm: 'on' })
    expect(confirmed.status).toBe(303)
    expect(confirmed.location).toMatch(new RegExp(`/seances/${meeting.id}\\?fait=held$`))
    expect(await meetingStatus(meeting.id)).toBe('held')
    expect(await offered(meeting.id)).toEqual({ ...none, minutes: true, actions: true })
    expect((await transition('cotec', meeting.id, 'cancelled')).status).toBe(409)
  })

  it('cancelling asks for the box to be ticked too; a cancelled meeting offers nothing', async () => {
    const meeting = await createMeeting('cotec', { title: 'Séance à annuler', startsAt: summer })
    expect((await send(meeting.id, 'Annuler la séance', { reason: 'Report.' })).html).toContain('Cochez la case de confirmation')
    expect(await meetingStatus(meeting.id)).toBe('planned')
    expect((await send(meeting.id, 'Annuler la séance', { reason: 'Report.', confirm: 'on' })).status).toBe(303)
    expect(await meetingStatus(meeting.id)).toBe('cancelled')
    expect(await offered(meeting.id)).toEqual(none)
  })

  it('a member outside the committee sees no step at all', async () => {
    const meeting = await createMeeting('cotec', { title: 'Séance vue d’un membre', startsAt: summer })
    await addItem('cotec', meeting.id, { title: 'Point public' })
    expect((await transition('cotec', meeting.id, 'convened')).status).toBe(200)
    const { html } = await page('member A', `/seances/${meeting.id}`)
    expect(html).toContain('Séance vue d’un membre')
    expect(html).not.toMatch(/Convoquer le comité|Clore la séance|Annuler la séance/)
  })
})
