/**
 * The commune cockpit's indicators (issue 25, §2) on a known dataset in real PostgreSQL: the exact value of each
 * indicator for three communes with `today` fixed, the regional median over every commune, the anonymity threshold
 * (a median stands behind at least 3 communes: hidden with 2, shown with 3), and the cockpit service, which gives a
 * commune's values to its members and the coordination only (a member of commune A asking for commune B is refused).
 */
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { type Cockpit, loadCockpit } from '@/indicators/cockpit'
import { indicatorValue } from '@/indicators/format'
import { addMonths, lastTwelveMonths } from '@/indicators/period'
import { indicatorByKey, indicators } from '@/indicators/registry'
import { indicatorWords } from '@/indicators/words'
import type { User } from '@/payload-types'
import { bootPayload } from '@tests/helpers/payload'
import { createPeople, type People } from '@tests/helpers/people'
import { providerNamed } from '@tests/helpers/providers'

let payload: Payload
let people: People
let A: number
let B: number
let C: number
let communeCount: number
const today = new Date('2026-06-15T10:00:00Z')
const noon = (day: string) => `${day}T12:00:00.000Z`

type Actor = 'member A' | 'member B' | 'coordinator' | 'copil'
const userOf = async (name: Actor) => (await payload.findByID({ collection: 'users', id: people[name].id, depth: 0 })) as User
const compute = async (key: string) => indicatorByKey(key)!.compute({ payload, today })
const cockpitOf = async (name: Actor, commune: number) => loadCockpit(payload, await userOf(name), commune, today)
const item = (cockpit: Cockpit, key: string) => cockpit.items.find((i) => i.key === key)!

const clear = async (collection: Parameters<Payload['delete']>[0]['collection']) =>
  payload.delete({ collection, where: { id: { exists: true } } })

async function event(title: string, type: 'formation' | 'webinaire' | 'atelier', day: string, cancelled = false) {
  return (
    await payload.create({
      collection: 'events',
      data: {
        title,
        type,
        summary: 'Essai.',
        startsAt: `${day}T08:00:00.000Z`,
        endsAt: `${day}T10:00:00.000Z`,
        cancelled,
        _status: 'published',
      },
    })
  ).id
}
const register = (event: number, user: number, status: 'confirmed' | 'waitlisted', attended: boolean) =>
  payload.create({ collection: 'registrations', data: { event, user, status, attended } })

async function contract(commune: number, service: string, answers: string[], termEndsOn?: string, noticeMonths = 3) {
  const criteria = (await payload.find({ collection: 'contract-criteria', sort: 'position', limit: 0, pagination: false })).docs
  return payload.create({
    collection: 'contracts',
    data: {
      commune,
      provider: providerNamed('Indicateurs SA'),
      service,
      ...(termEndsOn ? { termEndsOn, noticeMonths } : {}),
      answers: answers.map((answer, index) => ({ criterion: criteria[index]!.id, answer: answer as 'oui' })),
    },
  })
}

beforeAll(async () => {
  ;({ payload } = await bootPayload())
  people = await createPeople(payload, 'indicators')
  A = people.communeA.id
  B = people.communeB.id
  const communes = await payload.find({ collection: 'communes', limit: 0, pagination: false, depth: 0, sort: 'name' })
  communeCount = communes.totalDocs
  C = communes.docs.find((c) => c.id !== A && c.id !== B)!.id
  // The demo seed's records would make the dataset unknown: start from nothing.
  for (const collection of [
    'commune-registers',
    'digital-decisions',
    'digital-incidents',
    'contracts',
    'registrations',
    'alert-acknowledgements',
    'regional-alerts',
  ] as const)
    await clear(collection)

  for (const [commune, name] of [
    [A, 'Régine Registre'],
    [B, 'Robert Registre'],
  ] as const)
    await payload.create({
      collection: 'commune-registers',
      data: { commune, referentName: name, referentFunction: 'secretaire', referentEmail: `ref.${commune}@test.local` },
    })

  const decision = (commune: number, day: string) =>
    payload.create({
      collection: 'digital-decisions',
      data: { commune, decidedOn: noon(day), subject: 'Outil', reason: 'Motif.', risks: 'Risques.', decidedBy: 'executif' },
    })
  // A: three in the twelve months (both ends included), one the day before they start; B: one.
  for (const day of ['2026-06-15', '2025-06-15', '2026-01-10', '2025-06-14']) await decision(A, day)
  await decision(B, '2026-02-01')

  const incident = (commune: number, day: string) =>
    payload.create({
      collection: 'digital-incidents',
      data: { commune, occurredOn: noon(day), summary: 'Panne.', impact: 'Aucun.', actions: 'Redémarrage.', status: 'clos' },
    })
  for (const day of ['2025-06-16', '2026-05-01', '2025-05-01']) await incident(A, day)

  const formation = await event('Formation Indicateurs', 'formation', '2026-03-10')
  const webinar = await event('Webinaire Indicateurs', 'webinaire', '2025-09-01')
  const tooOld = await event('Formation trop ancienne', 'formation', '2025-05-01')
  const cancelled = await event('Atelier annulé', 'atelier', '2026-02-01', true)
  await register(formation, people['member A'].id, 'confirmed', true)
  await register(formation, people['validator A'].id, 'confirmed', false)
  await register(webinar, people['member A'].id, 'confirmed', true)
  await register(tooOld, people['member A'].id, 'confirmed', true)
  await register(cancelled, people['validator A'].id, 'confirmed', true)
  await register(formation, people['member B'].id, 'waitlisted', false)
  await register(webinar, people['member B'].id, 'confirmed', true)

  const alert = async (title: string, status: 'published' | 'draft', publishedOn?: string) => {
    const { id } = await payload.create({
      collection: 'regional-alerts',
      data: { title, whatToCheck: 'Vérifier.', severity: 'importante', expiresOn: noon('2027-12-31'), status },
    })
    if (publishedOn) await payload.update({ collection: 'regional-alerts', id, data: { publishedAt: noon(publishedOn) } })
    return id
  }
  const first = await alert('Alerte Une', 'published', '2026-01-05')
  const second = await alert('Alerte Deux', 'published', '2026-04-20')
  const old = await alert('Alerte ancienne', 'published', '2025-03-01')
  await alert('Alerte brouillon', 'draft')
  for (const [alertId, commune] of [
    [first, A],
    [second, A],
    [first, B],
    [old, C],
  ] as const)
    await payload.create({ collection: 'alert-acknowledgements', data: { alert: alertId, commune } })

  // Contracts in two communes only, to begin with (the threshold test adds the third).
  const criteria = await payload.count({ collection: 'contract-criteria' })
  const all = (first: string, second: string) => [first, second, ...Array(criteria.totalDocs - 2).fill('oui')]
  await contract(A, 'Logiciel complet', all('non', 'partiel'), '2026-12-31') // assessed, 2 gaps, notice 30.09.2026
  await contract(A, 'Logiciel entamé', ['inconnu'], '2027-06-30') // not assessed, 1 gap, notice 30.03.2027
  await contract(B, 'Logiciel jamais vérifié', [], '2027-03-15') // not assessed, notice 15.12.2026 (last day counted)
}, 240_000)

describe('the period', () => {
  it('runs from the same day a year earlier to today, both included, in calendar months', () => {
    expect(lastTwelveMonths(today)).toEqual({ from: '2025-06-15', to: '2026-06-15' })
    expect(addMonths('2026-08-31', 6)).toBe('2027-02-28')
    expect(addMonths('2024-02-29', -12)).toBe('2023-02-28')
  })
})

describe('the indicators on a known dataset', () => {
  it('has one definition per key, each with a French definition saying what, when and from where', () => {
    const keys = indicators.map((i) => i.key)
    expect(new Set(keys).size).toBe(keys.length)
    expect(keys).toEqual(
      expect.arrayContaining([
        'referent-named',
        'decisions-logged',
        'overdue-recurring-actions',
        'contracts-assessed',
        'contract-gaps',
        'notice-deadlines-soon',
        'staff-trained',
        'incidents-logged',
        'alerts-checked',
      ]),
    )
    for (const indicator of indicators) {
      // The words are in the catalogues (indicators.registry.<key>), in both languages.
      expect(indicatorWords(indicator, 'fr').definition).toMatch(/Source :/)
      expect(indicatorWords(indicator, 'de').definition).toMatch(/Quelle:/)
      expect(indicator.detailHref(A)).toMatch(/^\//)
    }
  })

  it('gives every commune a value: yes/no, counts over twelve months, shares', async () => {
    const expectValues = async (key: string, a: number | null, b: number | null, c: number | null) => {
      const values = await compute(key)
      expect(values.size, key).toBe(communeCount)
      expect([values.get(A), values.get(B), values.get(C)], key).toEqual([a, b, c])
    }
    await expectValues('referent-named', 1, 1, 0)
    await expectValues('decisions-logged', 3, 1, 0)
    await expectValues('incidents-logged', 2, 0, 0)
    await expectValues('staff-trained', 2, 1, 0)
    await expectValues('alerts-checked', 100, 50, 0)
    await expectValues('overdue-recurring-actions', 0, 0, 0)
    await expectValues('contracts-assessed', 50, 0, null)
    await expectValues('contract-gaps', 3, 0, null)
    await expectValues('notice-deadlines-soon', 1, 1, null)
  })

  it('gives the commune its own values and the regional median, and the registrations and attendance by event type', async () => {
    const result = await cockpitOf('member A', A)
    expect(result.ok).toBe(true)
    if (!result.ok) return
    const { cockpit } = result
    expect(item(cockpit, 'decisions-logged')).toMatchObject({ value: 3, median: 0, href: `/ma-commune?commune=${A}#decisions` })
    expect(item(cockpit, 'alerts-checked')).toMatchObject({ value: 100, median: 0 })
    // Yes/no: 2 communes of the region out of all have named a référent.
    expect(item(cockpit, 'referent-named')).toMatchObject({
      value: 1,
      median: 0,
      regionalShare: Math.round((100 * 2) / communeCount),
    })
    expect(cockpit.training).toEqual([
      { type: 'formation', label: 'Formation', registered: 2, attended: 1 },
      { type: 'webinaire', label: 'Webinaire', registered: 1, attended: 1 },
    ])
    expect(indicatorValue('percent', 62.5)).toBe('62,5 %')
    expect(indicatorValue('yesno', 1)).toBe('Oui')
    expect(indicatorValue('count', null)).toBe('Sans objet')
  })

  it('hides the median behind fewer than 3 communes and shows it with 3', async () => {
    const before = await cockpitOf('coordinator', A)
    if (!before.ok) throw new Error('refused')
    for (const key of ['contracts-assessed', 'contract-gaps', 'notice-deadlines-soon'])
      expect(item(before.cockpit, key), key).toMatchObject({ median: null })
    expect(item(before.cockpit, 'contracts-assessed').value).toBe(50)

    const criteria = await payload.count({ collection: 'contract-criteria' })
    const created = await contract(C, 'Logiciel en ordre', Array(criteria.totalDocs).fill('oui'))
    try {
      const after = await cockpitOf('coordinator', A)
      if (!after.ok) throw new Error('refused')
      expect(item(after.cockpit, 'contracts-assessed')).toMatchObject({ value: 50, median: 50 }) // 0, 50, 100
      expect(item(after.cockpit, 'contract-gaps')).toMatchObject({ value: 3, median: 0 }) // 0, 0, 3
      expect(item(after.cockpit, 'notice-deadlines-soon')).toMatchObject({ value: 1, median: 1 }) // 0, 1, 1
    } finally {
      await payload.delete({ collection: 'contracts', id: created.id })
    }
  })
})

describe('who sees a commune’s values', () => {
  it('refuses commune B’s values to a member of commune A, and to the COPIL, and never names another commune', async () => {
    const asked = await cockpitOf('member A', B)
    expect(asked.ok).toBe(false)
    if (!asked.ok) expect(asked.status).toBe(403)
    const copil = await cockpitOf('copil', A)
    expect(copil.ok).toBe(false)

    const own = await cockpitOf('member B', B)
    if (!own.ok) throw new Error('refused')
    expect(own.cockpit.commune).toBe(B)
    expect(item(own.cockpit, 'decisions-logged').value).toBe(1)
    expect(item(own.cockpit, 'alerts-checked').value).toBe(50)
    // Nothing of commune A in B's cockpit: no A id, no A training rows.
    expect(JSON.stringify(own.cockpit)).not.toContain(`commune=${A}`)
    expect(own.cockpit.training).toEqual([{ type: 'webinaire', label: 'Webinaire', registered: 1, attended: 1 }])
  })

  it('gives the coordination any commune’s values', async () => {
    const staff = await cockpitOf('coordinator', B)
    if (!staff.ok) throw new Error('refused')
    expect(item(staff.cockpit, 'staff-trained').value).toBe(1)
  })
})
