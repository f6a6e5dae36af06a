/**
 * The Comité's report for a fixed period (1 January – 30 June 2026) on a known dataset, through its loader as the
 * coordination and the COPIL read it: measure changes inside and outside the period, a validated and a rejected
 * proposal, approved, confidential and unapproved minutes, events with attendance (one behind fewer than 3
 * communes), and indicators defined here (the registry may still be empty).
 */
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { indicators } from '@/indicators/registry'
import type { IndicatorDefinition } from '@/indicators/types'
import type { User } from '@/payload-types'
import { type ReportTable, reportDocument } from '@/report/document'
import { loadComiteReport, type ReportData } from '@/report/load'
import { readPeriod } from '@/report/period'
import { bootPayload } from '@tests/helpers/payload'
import { createPeople, createUser, type People } from '@tests/helpers/people'

let payload: Payload
let people: People
const period = readPeriod('2026-01-01', '2026-06-30', new Date()).period!
const at = (day: string) => new Date(`${day}T10:00:00Z`).toISOString()

const measureId = async (number: number) =>
  (await payload.find({ collection: 'measures', where: { number: { equals: number } }, depth: 0 })).docs[0]!.id
const userOf = (id: number) => payload.findByID({ collection: 'users', id }) as Promise<User>
const committee = async (slug: string) =>
  (await payload.find({ collection: 'committees', where: { slug: { equals: slug } }, depth: 0 })).docs[0]!.id

let registryIndicators: IndicatorDefinition[] = []
const testIndicators: IndicatorDefinition[] = [
  {
    key: 'test-referent',
    label: 'Référent nommé (test)',
    definition: 'Part des communes dont le référent est nommé.',
    unit: 'percent',
    higherIsBetter: true,
    detailHref: () => '/ma-commune',
    compute: async () =>
      new Map([
        [1, 20],
        [2, 50],
        [3, 80],
        [4, null],
      ]),
  },
  {
    key: 'test-rare',
    label: 'Indicateur rare (test)',
    definition: 'Seulement deux communes.',
    unit: 'count',
    higherIsBetter: true,
    detailHref: () => '/ma-commune',
    compute: async () =>
      new Map([
        [1, 4],
        [2, 6],
      ]),
  },
]

async function register(event: number, user: { id: number }, communeName: string, attended: boolean) {
  await payload.create({
    collection: 'registrations',
    data: { event, user: user.id, status: 'confirmed', attended, communeName, userName: 'x', registeredAt: at('2026-01-05') },
  })
}

async function event(title: string, startsAt: string, extra: Record<string, unknown> = {}) {
  return (
    await payload.create({
      collection: 'events',
      data: {
        title,
        type: 'atelier',
        startsAt,
        endsAt: new Date(Date.parse(startsAt) + 3600_000).toISOString(),
        summary: 'Test.',
        _status: 'published',
        ...extra,
      },
    })
  ).id
}

beforeAll(async () => {
  ;({ payload } = await bootPayload())
  people = await createPeople(payload, 'report')
  // The report reads only these (the registry's own indicators are tested in indicators.int and regional.int).
  registryIndicators = indicators.splice(0, indicators.length, ...testIndicators)

  // Measure changes: two inside the period on measure 12 (its net change), one before and one after it on measure 13.
  const history = (measure: number, createdAt: string, changes: { field: string; from: string; to: string }[]) =>
    payload.create({ collection: 'measure-updates', data: { measure, changes: changes as never, createdAt, byName: 'Thierry Cotec' } })
  const m12 = await measureId(12)
  const m13 = await measureId(13)
  await history(m12, at('2026-02-01'), [
    { field: 'status', from: 'a-lancer', to: 'en-cours' },
    { field: 'progress', from: '0', to: '20' },
  ])
  await history(m12, at('2026-05-01'), [{ field: 'progress', from: '20', to: '45' }])
  await history(m13, at('2025-12-15'), [{ field: 'progress', from: '0', to: '10' }])
  await history(m13, at('2026-07-02'), [{ field: 'progress', from: '10', to: '30' }])

  // Proposals: one validated in the period, one rejected in it, one validated after it, one still pending.
  const cotec = await userOf(people.cotec.id)
  const proposal = async (
    number: number,
    toPriority: 'A' | 'B' | 'C',
    decision?: { status: string; decidedAt: string; meeting?: string; comment?: string },
  ) => {
    const created = await payload.create({
      collection: 'priority-changes',
      data: { measure: await measureId(number), toPriority, rationale: 'Proposition pour le rapport au Comité.', status: 'pending' },
      user: cotec,
    })
    if (decision)
      await payload.update({
        collection: 'priority-changes',
        id: created.id,
        data: {
          status: decision.status as 'approved',
          decidedAt: decision.decidedAt,
          decidedByName: 'Paula Copil',
          meeting: decision.meeting,
          decisionComment: decision.comment,
        },
      })
  }
  await proposal(29, 'A', {
    status: 'approved',
    decidedAt: at('2026-03-12'),
    meeting: 'Comité du 12 mars 2026',
    comment: 'Validé à l’unanimité.',
  })
  await proposal(30, 'A', { status: 'rejected', decidedAt: at('2026-03-12'), comment: 'Pas prioritaire.' })
  await proposal(31, 'A', { status: 'approved', decidedAt: at('2026-08-01') })
  await proposal(32, 'A')

  // Meetings: an approved Comité meeting (one public and one confidential decision), a COTEC meeting held but not approved.
  const approved = await payload.create({
    collection: 'meetings',
    data: {
      committee: await committee('copil'),
      title: 'Comité de printemps',
      startsAt: at('2026-03-12'),
      durationMinutes: 120,
      status: 'approved',
    },
  })
  const item = (meeting: number, title: string, decision: string, confidential = false) =>
    payload.create({
      collection: 'agenda-items',
      data: { meeting, title, decision, confidential, durationMinutes: 15 },
      context: { meetingTransition: true },
    })
  await item(approved.id, 'Budget des ateliers 2026', 'Le Comité accorde 12 000 francs aux ateliers.')
  await item(approved.id, 'Litige avec un fournisseur', 'Décision confidentielle sur le litige.', true)
  const held = await payload.create({
    collection: 'meetings',
    data: { committee: await committee('cotec'), title: 'COTEC de juin', startsAt: at('2026-06-10'), durationMinutes: 120, status: 'held' },
  })
  await item(held.id, 'Plan des formations', 'Décision dont le procès-verbal attend son approbation.')

  // Events: one in the period attended from 3 communes, one from a single commune, one after, one draft.
  const extra = await Promise.all(
    ['c', 'd', 'e'].map((k) => createUser(payload, { email: `report.${k}@test.local`, name: `Personne ${k}`, roles: ['member'] })),
  )
  const workshop = await event('Atelier cybersécurité de printemps', at('2026-04-20'))
  await register(workshop, people['member A'], 'Sion', true)
  await register(workshop, people['member B'], 'Martigny', true)
  await register(workshop, extra[0], 'Monthey', true)
  await register(workshop, extra[1], 'Monthey', false)
  const small = await event('Webinaire sur les sauvegardes', at('2026-05-05'), { type: 'webinaire' })
  await register(small, people['member A'], 'Sion', true)
  await register(small, people['validator A'], 'Sion', true)
  await event('Symposium d’automne', at('2026-09-15'), { type: 'symposium' })
  await event('Atelier en préparation', at('2026-04-25'), { _status: 'draft' })
})
afterAll(() => {
  indicators.splice(0, indicators.length, ...registryIndicators)
})

describe('the Comité’s report for 1 January – 30 June 2026', () => {
  let report: ReportData

  beforeAll(async () => {
    report = (await loadComiteReport(payload, await userOf(people.coordinator.id), period))!
  })

  it('is read by the coordination and the COPIL alike, and by no member of a commune', async () => {
    const copil = await loadComiteReport(payload, await userOf(people.copil.id), period)
    expect({ ...copil, generatedAt: '' }).toEqual({ ...report, generatedAt: '' })
    expect(await loadComiteReport(payload, await userOf(people['member A'].id), period)).toBeNull()
    expect(await loadComiteReport(payload, await userOf(people.cotec.id), period)).toBeNull()
  })

  it('tells each measure’s change over the period only', () => {
    const m12 = report.measures.find((m) => m.number === 12)!
    expect(m12.updates).toBe(2)
    expect(m12.changes).toEqual([
      { field: 'status', from: 'a-lancer', to: 'en-cours' },
      { field: 'progress', from: '0', to: '45' },
    ])
    expect(report.measures.find((m) => m.number === 13)).toMatchObject({ updates: 0, changes: [] })
    const row = tableRows('Mesures de l’axe').find((r) => r[0] === '12')!
    expect(row[5]).toBe('État : de « À lancer » à « En cours » ; Avancement : de 0 % à 45 %')
  })

  it('lists the priority decisions taken in the period, validated and rejected', () => {
    expect(report.priorityDecisions.map((d) => [d.measureNumber, d.outcome])).toEqual([
      [29, 'approved'],
      [30, 'rejected'],
    ])
    expect(tableRows('Propositions de priorité décidées')[0]).toEqual([
      '12.03.2026',
      '29. Organisation de tests de phishing',
      'priorité de B à A',
      'Validée',
      'Comité du 12 mars 2026 – Validé à l’unanimité.',
    ])
  })

  it('takes the decisions of approved minutes only, never a confidential item', () => {
    expect(report.meetings.map((m) => m.title)).toEqual(['Comité de printemps', 'COTEC de juin'])
    expect(report.committeeDecisions).toEqual([
      {
        committee: 'copil',
        meetingTitle: 'Comité de printemps',
        startsAt: at('2026-03-12'),
        item: 'Budget des ateliers 2026',
        decision: 'Le Comité accorde 12 000 francs aux ateliers.',
      },
    ])
    expect(JSON.stringify(reportDocument(report))).not.toContain('confidentielle')
  })

  it('gives the regional median of each indicator, hidden under 3 communes', () => {
    expect(report.indicators.map(({ key, median, communes, trend }) => ({ key, median, communes, trend }))).toEqual([
      { key: 'test-referent', median: 50, communes: 3, trend: [] },
      { key: 'test-rare', median: null, communes: null, trend: [] },
    ])
    expect(tableRows('Indicateurs régionaux')).toEqual([
      ['Référent nommé (test)', 'Part des communes dont le référent est nommé.', '50 %', '3', 'pas encore d’historique'],
      [
        'Indicateur rare (test)',
        'Seulement deux communes.',
        'non publié (moins de 3 communes)',
        'moins de 3 communes',
        'pas encore d’historique',
      ],
    ])
  })

  it('counts the events held and their attendance, nothing behind fewer than 3 communes', () => {
    expect(tableRows('Événements tenus')).toEqual([
      ['20.04.2026', 'Atelier cybersécurité de printemps', 'Atelier', '4', '3', '3'],
      ['05.05.2026', 'Webinaire sur les sauvegardes', 'Webinaire', 'moins de 3 communes', 'moins de 3 communes', 'moins de 3 communes'],
    ])
    expect(report.eventTotals).toEqual({ events: 2, registered: 6, attended: 5, communes: 3 })
    // No commune is named anywhere in the report.
    const text = JSON.stringify(reportDocument(report))
    for (const commune of ['Sion', 'Martigny', 'Monthey']) expect(text).not.toContain(commune)
  })

  it('is written in German for a German reader, from the same data', async () => {
    const german = (await loadComiteReport(payload, await userOf(people.coordinator.id), period, new Date(), 'de'))!
    // The data is the same; only the indicators' words (here fixed by the test indicators) follow the language.
    expect({ ...german, generatedAt: '' }).toEqual({ ...report, generatedAt: '' })
    const doc = reportDocument(german, 'de')
    expect(doc.title).toBe('Fortschrittsbericht an den Ausschuss')
    const rows = (captionStart: string) =>
      doc.sections
        .flatMap((s) => s.blocks)
        .filter((b): b is ReportTable => b.kind === 'table' && b.caption.startsWith(captionStart))
        .flatMap((t) => t.rows)
    expect(rows('Massnahmen der Achse').find((r) => r[0] === '12')![5]).toBe(
      'Stand: von «Zu starten» zu «In Arbeit»; Fortschritt: von 0 % zu 45 %',
    )
    expect(rows('Entschiedene Prioritätsvorschläge').map((r) => [r[0], r[2], r[3]])).toEqual([
      ['12.03.2026', 'Priorität von B zu A', 'Genehmigt'],
      ['12.03.2026', 'Priorität von B zu A', 'Abgelehnt'],
    ])
    expect(rows('Im Zeitraum durchgeführte Veranstaltungen')[1]).toEqual([
      '05.05.2026',
      'Webinaire sur les sauvegardes',
      expect.any(String), // the event type's label belongs to the agenda's vocabulary
      'weniger als 3 Gemeinden',
      'weniger als 3 Gemeinden',
      'weniger als 3 Gemeinden',
    ])
  })

  const tableRows = (captionStart: string) =>
    reportDocument(report)
      .sections.flatMap((s) => s.blocks)
      .filter((b): b is ReportTable => b.kind === 'table' && b.caption.startsWith(captionStart))
      .flatMap((t) => t.rows)
})
