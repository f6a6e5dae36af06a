/**
 * The home page's blocks per person, read through its loader as each person on a real database: what needs an
 * employee, the secretary (validator), a COTEC member, a COPIL member and a coordinator; one commune's home never
 * shows another's requests, contracts or checklist progress; the menu's count; the previous login kept at login.
 */
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { loadCoordinatorDashboard } from '@/dashboard/view'
import { register } from '@/events/registration'
import { zurichDay } from '@/fields/day'
import { addDays } from '@/home/urgency'
import { countWaitingRequests, type HomeView, loadHome } from '@/home/view'
import type { User } from '@/payload-types'
import { bootPayload } from '@tests/helpers/payload'
import { createPeople, createUser, PASSWORD, type People, type Person } from '@tests/helpers/people'
import { providerNamed } from '@tests/helpers/providers'

let payload: Payload
let people: People
let validatorB: Person
let referentB: Person
const now = new Date()
const today = zurichDay(now)
const noon = (day: string) => `${day}T12:00:00.000Z`

const userDoc = async (person: Person) => (await payload.findByID({ collection: 'users', id: person.id, depth: 0 })) as User
const homeOf = async (person: Person, extra: Partial<User> = {}): Promise<HomeView> =>
  loadHome(payload, { ...(await userDoc(person)), ...extra }, now)

async function pendingRequest(name: string, email: string, commune: number) {
  return payload.create({
    collection: 'account-requests',
    data: { name, email, commune, function: 'Secrétariat', requestedRole: 'member', status: 'pending' },
  })
}

let guideWithChecklist: { id: number; slug: string; checklist: { key: string; label: string }[] }

beforeAll(async () => {
  ;({ payload } = await bootPayload())
  people = await createPeople(payload, 'home')
  validatorB = await createUser(payload, {
    email: 'validator.b@home.local',
    name: 'Victor Validateur',
    roles: ['member'],
    commune: people.communeB.id,
    communeValidator: true,
  })
  referentB = await createUser(payload, {
    email: 'referent.b@home.local',
    name: 'Rita Référente',
    roles: ['member'],
    commune: people.communeB.id,
    communeReferent: true,
  })

  await pendingRequest('Amélie Sédunoise', 'amelie@sion.test', people.communeA.id)
  await pendingRequest('Basile Octodurien', 'basile@martigny.test', people.communeB.id)
  await payload.create({
    collection: 'account-requests',
    data: {
      name: 'Déjà Décidée',
      email: 'decidee@sion.test',
      commune: people.communeA.id,
      function: 'X',
      requestedRole: 'member',
      status: 'rejected',
    },
  })

  // Contracts: A's notice in 40 days and in 200 days; B's in 20 days.
  const contract = (commune: number, service: string, days: number) =>
    payload.create({
      collection: 'contracts',
      data: { commune, provider: providerNamed('Prestataire SA'), service, termEndsOn: noon(addDays(today, days)), noticeMonths: 0 },
    })
  await contract(people.communeA.id, 'Logiciel des habitants A', 40)
  await contract(people.communeA.id, 'Messagerie A, plus tard', 200)
  await contract(people.communeB.id, 'Logiciel des habitants B', 20)

  // Checklists: commune B has done the first item of a guide; commune A the first one is « en partie ».
  const guides = await payload.find({ collection: 'guides', where: { _status: { equals: 'published' } }, sort: 'title', limit: 0 })
  const guide = guides.docs.find((g) => (g.checklist ?? []).length >= 2)!
  guideWithChecklist = { id: guide.id, slug: guide.slug, checklist: guide.checklist!.map((i) => ({ key: i.key, label: i.label })) }
  const progress = (commune: number, itemKey: string, state: 'done' | 'partial') =>
    payload.create({ collection: 'checklist-progress', data: { commune, guide: guide.id, itemKey, state } })
  for (const item of guide.checklist!) await progress(people.communeB.id, item.key, 'done')
  await progress(people.communeA.id, guide.checklist![0]!.key, 'partial')

  // Actions of the COTEC member: overdue, due this week (today), later; and one of someone else.
  const cotec = (await payload.find({ collection: 'committees', where: { slug: { equals: 'cotec' } }, depth: 0 })).docs[0]!
  const action = (title: string, owner: number, day: string) =>
    payload.create({ collection: 'action-items', data: { title, committee: cotec.id, owner, dueDate: noon(day), status: 'open' } })
  await action('Action en retard', people.cotec.id, addDays(today, -3))
  await action('Action de la semaine', people.cotec.id, today)
  await action('Action du mois prochain', people.cotec.id, addDays(today, 30))
  await action('Action d’un autre', people.coordinator.id, addDays(today, -3))

  // A proposal waiting for the Comité.
  const measure = (await payload.find({ collection: 'measures', where: { number: { equals: 5 } }, depth: 0 })).docs[0]!
  await payload.create({
    collection: 'priority-changes',
    data: {
      measure: measure.id,
      toPriority: measure.priority === 'A' ? 'B' : 'A',
      rationale: 'Une priorité à revoir selon le COTEC.',
      status: 'pending',
    },
    user: await userDoc(people.cotec),
  })

  // A guide of the coordinator's, overdue for review.
  await payload.update({
    collection: 'guides',
    id: guides.docs[0]!.id,
    data: { owner: people.coordinator.id, lastReviewedAt: '2020-01-01T12:00:00.000Z', reviewIntervalMonths: 12 },
  })

  // An event to come, the employee registered.
  const event = await payload.create({
    collection: 'events',
    data: {
      title: 'Atelier sauvegardes',
      type: 'atelier',
      summary: 'Un atelier.',
      place: 'Sion',
      startsAt: `${addDays(today, 10)}T08:00:00.000Z`,
      endsAt: `${addDays(today, 10)}T10:00:00.000Z`,
      _status: 'published',
    },
  })
  expect(await register(payload, await userDoc(people['member A']), event.id)).toMatchObject({ ok: true })
})

const requestEmails = (home: HomeView) => home.requests?.items.map((r) => r.email) ?? []
const contractServices = (home: HomeView) => home.contracts?.map((c) => c.contract.service) ?? []

describe('the home page of each person', () => {
  it('employee: no requests, proposals or contracts to decide; the commune’s checklists with their next action; their registration', async () => {
    const home = await homeOf(people['member A'])
    expect(home.requests).toBeNull()
    expect(home.proposals).toBeNull()
    expect(home.contracts).toBeNull()
    expect(home.actions).toEqual({ overdue: [], thisWeek: [] })
    expect(home.reviews).toEqual([])
    const progress = home.checklists!.find((g) => g.slug === guideWithChecklist.slug)!
    // Commune A's first item is only « en partie »: still the next action; B's answers count for nothing here.
    expect(progress.next).toEqual(guideWithChecklist.checklist[0])
    expect(progress.percent).toBeLessThan(100)
    expect(home.agenda.registrations.map((r) => r.event.title)).toEqual(['Atelier sauvegardes'])
    expect(home.agenda.registrations[0]!.status).toBe('confirmed')
  })

  it('secretary of commune A: A’s waiting request only, A’s contract within 90 days only', async () => {
    const home = await homeOf(people['validator A'])
    expect(requestEmails(home)).toEqual(['amelie@sion.test'])
    expect(home.requests!.total).toBe(1)
    expect(contractServices(home)).toEqual(['Logiciel des habitants A'])
    expect(home.contracts![0]!.daysLeft).toBe(40)
    expect(await countWaitingRequests(payload, await userDoc(people['validator A']))).toBe(1)
  })

  it('commune B’s home never shows commune A’s requests, contracts or progress, and the other way round', async () => {
    const b = await homeOf(validatorB)
    expect(requestEmails(b)).toEqual(['basile@martigny.test'])
    expect(contractServices(b)).toEqual(['Logiciel des habitants B'])
    const bProgress = b.checklists!.find((g) => g.slug === guideWithChecklist.slug)!
    expect(bProgress).toMatchObject({ percent: 100, next: null })
    expect(contractServices(await homeOf(referentB))).toEqual(['Logiciel des habitants B'])

    const a = await homeOf(people['validator A'])
    expect(requestEmails(a)).not.toContain('basile@martigny.test')
    expect(contractServices(a)).not.toContain('Logiciel des habitants B')
    expect(a.checklists!.find((g) => g.slug === guideWithChecklist.slug)!.next).toEqual(guideWithChecklist.checklist[0])
    // An employee of B (not a steward) sees no contracts block, and no requests.
    const memberB = await homeOf(people['member B'])
    expect(memberB.contracts).toBeNull()
    expect(memberB.requests).toBeNull()
  })

  it('COTEC member: their own overdue actions and those due this week, not later ones nor anyone else’s; no proposals to decide', async () => {
    const home = await homeOf(people.cotec)
    expect(home.actions.overdue.map((a) => a.title)).toEqual(['Action en retard'])
    expect(home.actions.thisWeek.map((a) => a.title)).toEqual(['Action de la semaine'])
    expect(home.proposals).toBeNull()
    expect(home.requests).toBeNull()
  })

  it('COPIL member: the proposal waiting for the Comité', async () => {
    const home = await homeOf(people.copil)
    expect(home.proposals!.map((p) => (typeof p.measure === 'object' ? p.measure.number : null))).toEqual([5])
    expect(home.requests).toBeNull()
    expect(home.checklists).toBeNull()
  })

  it('coordinator: every commune’s waiting requests (the same count in the menu), proposals, their guide to review; no commune checklists', async () => {
    const home = await homeOf(people.coordinator)
    expect(requestEmails(home).sort()).toEqual(['amelie@sion.test', 'basile@martigny.test'])
    expect(await countWaitingRequests(payload, await userDoc(people.coordinator))).toBe(2)
    expect(home.proposals).toHaveLength(1)
    expect(home.reviews).toHaveLength(1)
    expect(home.checklists).toBeNull()
    expect(home.contracts).toBeNull()
    expect(home.actions.overdue.map((a) => a.title)).toEqual(['Action d’un autre'])
    expect(await countWaitingRequests(payload, await userDoc(people['member A']))).toBe(0)
  })

  it('coordinator reading in German: the admin’s first page says what waits in German, the content as written', async () => {
    const sections = await loadCoordinatorDashboard(payload, await userDoc(people.coordinator), new Date(), 'de')
    const guides = sections.find((section) => section.key === 'guides')!
    expect(guides.heading).toBe('Zu überprüfende Leitfäden')
    expect(guides.about).toBe('Überprüfung überfällig oder in den nächsten 30 Tagen vorgesehen.')
    expect(guides.items[0]?.detail).toMatch(/^Überprüfung überfällig seit dem \d+\. \p{L}+ \d{4}$/u)
    const french = await loadCoordinatorDashboard(payload, await userDoc(people.coordinator), new Date(), 'fr')
    expect(french.find((section) => section.key === 'guides')!.heading).toBe('Guides à relire')
    expect(french.find((section) => section.key === 'guides')!.items[0]?.detail).toMatch(/^relecture en retard depuis le /)
  })
})

describe('what changed since the last visit', () => {
  it('is counted from the previous login, which each login keeps', async () => {
    const person = await createUser(payload, { email: 'visite@home.local', name: 'Vera Visite', roles: ['member'] })
    await payload.login({ collection: 'users', data: { email: person.email, password: PASSWORD } })
    const first = await userDoc(person)
    expect(first.previousLoginAt).toBeFalsy()
    await payload.login({ collection: 'users', data: { email: person.email, password: PASSWORD } })
    const second = await userDoc(person)
    expect(second.previousLoginAt).toBe(first.lastLoginAt)
  })

  it('lists the guides published and the decisions taken after it, and nothing older', async () => {
    const before = await homeOf(people.copil, { previousLoginAt: '2000-01-01T00:00:00.000Z' })
    expect(before.changes.firstVisit).toBe(false)
    expect(before.changes.guides.length).toBeGreaterThan(0) // the seeded guides are newer than 2000

    const proposal = (await payload.find({ collection: 'priority-changes', where: { status: { equals: 'pending' } }, limit: 1 })).docs[0]!
    const mark = new Date().toISOString()
    await payload.db.updateOne({
      collection: 'priority-changes',
      id: proposal.id,
      data: { status: 'approved', decidedAt: new Date(Date.now() + 1000).toISOString() },
    })
    const after = await loadHome(payload, { ...(await userDoc(people.copil)), previousLoginAt: mark }, new Date(Date.now() + 2000))
    expect(after.changes.guides).toEqual([])
    expect(after.changes.decisions.map((d) => d.id)).toEqual([proposal.id])
    expect(after.proposals).toEqual([])
  })
})
