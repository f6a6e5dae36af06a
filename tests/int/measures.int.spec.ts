/**
 * The measures and the COTEC → COPIL priority cycle over real HTTP: proposals, decisions, the measure's
 * history, who may do what, concurrent decisions, and bad input refused in French.
 */
import { sql } from '@payloadcms/db-postgres'
import ExcelJS from 'exceljs'
import type { Payload } from 'payload'
import { extractText, getDocumentProxy } from 'unpdf'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { changeMilestones } from '@/measures/milestones'
import { measureStatusesUpdate } from '@/migrations/data/measureStatuses'
import type { Measure, User } from '@/payload-types'
import { richTextFromBlocks } from '@/richtext/fromBlocks'
import { searchEngine } from '@/search/engine'
import { measures as seedMeasures } from '@seed/content/measures'
import { formIn, postForm } from '@tests/helpers/forms'
import { type Client, client, loginToken } from '@tests/helpers/http'
import { bootPayload } from '@tests/helpers/payload'
import { type ActorName, actorNames, createPeople, PASSWORD, type People } from '@tests/helpers/people'
import { type RunningServer, startServer } from '@tests/helpers/server'
import { type Mailbox, startSmtpCatcher } from '@tests/helpers/smtp'

let payload: Payload
let people: People
let server: RunningServer
let mailbox: Mailbox
const as = {} as Record<ActorName, Client>

const measure = async (number: number): Promise<Measure> =>
  (await payload.find({ collection: 'measures', where: { number: { equals: number } }, depth: 0 })).docs[0]!

const propose = (who: ActorName, data: Record<string, unknown>) => as[who].request('POST', '/api/priority-changes', data)
const decide = (who: ActorName, id: number, body: Record<string, unknown>) =>
  as[who].request('POST', `/api/priority-changes/${id}/decision`, body)
const history = async (id: number) =>
  (await payload.find({ collection: 'measure-updates', where: { measure: { equals: id } }, sort: 'createdAt', depth: 0 })).docs

beforeAll(async () => {
  let databaseUrl: string
  mailbox = await startSmtpCatcher()
  ;({ payload, databaseUrl } = await bootPayload(mailbox.env))
  people = await createPeople(payload, 'measures')
  server = await startServer(databaseUrl, mailbox.env)
  for (const name of actorNames) as[name] = client(server.url, await loginToken(server.url, people[name].email, PASSWORD))
})
afterAll(async () => {
  await server?.stop()
  await mailbox?.stop()
})

describe('seeded measures', () => {
  it('are the 38 of ANNEXE III, in order, with their axis and priority', async () => {
    const { docs } = await payload.find({ collection: 'measures', sort: 'rank', limit: 100, depth: 0 })
    expect(docs.map((d) => d.number)).toEqual(seedMeasures.map((m) => m.number))
    const m29 = docs.find((d) => d.number === 29)!
    expect(m29).toMatchObject({
      title: 'Organisation de tests de phishing',
      priority: 'B',
      axis: 'convergence-actions',
      status: 'non-renseigne',
      progress: 0,
    })
    // « mesures déjà appliquées – comprises dans les budgets « gouvernance numérique » validés en 2021 et 2022 »
    expect(docs.filter((d) => d.status === 'appliquee').map((d) => d.number)).toEqual([34, 35, 36, 37, 38])
    expect(docs.some((d) => d.status === 'a-lancer')).toBe(false)
    expect(docs.find((d) => d.number === 36)!.axis).toBe('accompagnements-specifiques')
  })

  it('are searchable', async () => {
    const { hits } = await searchEngine(payload).search({ q: 'tests de phishing', grants: ['members'], type: 'mesure' })
    expect(hits[0]?.url).toBe('/mesures/29')
  })
})

describe('the priority cycle', () => {
  it('a cotec member proposes, a copil member validates, the measure changes and its history says so', async () => {
    const before = await measure(29)
    const proposed = await propose('cotec', {
      measure: before.id,
      toPriority: 'A',
      rationale: 'Les attaques par hameçonnage ont doublé cette année.',
    })
    expect(proposed.status).toBe(201)
    expect(proposed.json.doc).toMatchObject({ fromPriority: 'B', toPriority: 'A', fromRank: 29, status: 'pending' })
    expect(proposed.json.doc.proposedBy.id).toBe(people.cotec.id)

    const decided = await decide('copil', proposed.json.doc.id, { decision: 'approved', comment: 'D’accord.' })
    expect(decided).toMatchObject({ status: 200, json: { message: 'Proposition validée : la mesure 29 est mise à jour.' } })
    expect((await measure(29)).priority).toBe('A')
    const proposal = await payload.findByID({ collection: 'priority-changes', id: proposed.json.doc.id, depth: 0 })
    expect(proposal).toMatchObject({ status: 'approved', decidedBy: people.copil.id, decisionComment: 'D’accord.' })
    expect(await history(before.id)).toEqual([
      expect.objectContaining({
        changes: [expect.objectContaining({ field: 'priority', from: 'B', to: 'A' })],
        proposal: proposal.id,
        by: people.copil.id,
      }),
    ])
  })

  it('a rank proposal moves the measure in the ordered list', async () => {
    const m3 = await measure(3)
    const proposed = await propose('cotec', { measure: m3.id, toRank: 40, rationale: 'Moins urgent que prévu, à revoir en 2027.' })
    expect(proposed.status).toBe(201)
    expect(
      (await decide('coordinator', proposed.json.doc.id, { decision: 'approved', meeting: 'Comité du 12 décembre 2026' })).status,
    ).toBe(200)
    expect(await measure(3)).toMatchObject({ rank: 40, priority: 'A' })
    expect((await payload.findByID({ collection: 'priority-changes', id: proposed.json.doc.id })).meeting).toBe(
      'Comité du 12 décembre 2026',
    )
  })

  it('a rejected proposal changes nothing on the measure', async () => {
    const m5 = await measure(5)
    const proposed = await propose('cotec', { measure: m5.id, toPriority: 'C', rationale: 'Le guide existe déjà, priorité moindre.' })
    expect((await decide('copil', proposed.json.doc.id, { decision: 'rejected' })).json.errors[0].message).toBe(
      'Indiquez pourquoi la proposition est refusée.',
    )
    expect(
      (await decide('copil', proposed.json.doc.id, { decision: 'rejected', comment: 'Les mots de passe restent prioritaires.' })).status,
    ).toBe(200)
    expect(await measure(5)).toMatchObject({ priority: 'A', rank: 5 })
    expect(await history(m5.id)).toEqual([])
    expect((await decide('copil', proposed.json.doc.id, { decision: 'approved' })).json.errors[0].message).toBe(
      'Cette proposition a déjà été traitée.',
    )
  })

  it('only COTEC members and staff propose; only COPIL members and staff decide; nobody decides their own', async () => {
    const m7 = await measure(7)
    for (const who of ['member A', 'validator A', 'copil'] as const) {
      const { status } = await propose(who, { measure: m7.id, toPriority: 'A', rationale: 'Une proposition qui ne doit pas passer.' })
      expect(status, who).toBe(403)
    }
    const proposed = await propose('cotec', { measure: m7.id, toPriority: 'A', rationale: 'Les communes le demandent souvent.' })
    for (const who of ['member A', 'cotec'] as const) {
      const { status, json } = await decide(who, proposed.json.doc.id, { decision: 'approved', meeting: 'Comité' })
      expect(status, who).toBe(403)
      expect(json.errors[0].message).toBe('Seul le Comité (COPIL) ou la coordination, en son nom, décide des priorités.')
    }
    const own = await propose('coordinator', { measure: m7.id, toRank: 1, rationale: 'Proposée par la coordination elle-même.' })
    expect((await decide('coordinator', own.json.doc.id, { decision: 'approved', meeting: 'Comité' })).json.errors[0].message).toBe(
      'Vous ne pouvez pas décider de votre propre proposition.',
    )
    const unsigned = await decide('coordinator', proposed.json.doc.id, { decision: 'approved' })
    expect(unsigned.status).toBe(400)
    expect(unsigned.json.errors[0].message).toMatch(/^Vous décidez au nom du Comité : indiquez la séance/)
    expect((await measure(7)).priority).toBe('B')
  })

  it('decides concurrent proposals on one measure one after the other: the second one no longer applies', async () => {
    const m12 = await measure(12)
    const up = await propose('cotec', { measure: m12.id, toPriority: 'A', rationale: 'La formation en ligne est prête.' })
    const down = await propose('cotec', { measure: m12.id, toPriority: 'C', rationale: 'Le Canton reprend cette formation.' })
    const outcomes = await Promise.all([
      decide('copil', up.json.doc.id, { decision: 'approved', comment: 'Oui' }),
      decide('admin', down.json.doc.id, { decision: 'approved', comment: 'Oui', meeting: 'Comité du 1er décembre' }),
    ])
    expect(outcomes.map((o) => o.status).sort()).toEqual([200, 409])
    const won = outcomes[0]!.status === 200 ? 'A' : 'C'
    expect((await measure(12)).priority).toBe(won)
    expect(outcomes.find((o) => o.status === 409)!.json.errors[0].message).toMatch(
      /^La mesure a changé depuis cette proposition \(priorité [AC], rang 12\)/,
    )
    expect((await history(m12.id)).filter((h) => h.changes?.some((c) => c.field === 'priority'))).toHaveLength(1)
  })

  it('decides one proposal once, even when two people click at the same time', async () => {
    const m13 = await measure(13)
    const proposed = await propose('cotec', { measure: m13.id, toPriority: 'A', rationale: 'Après la cyberattaque de la commune voisine.' })
    const outcomes = await Promise.all([
      decide('copil', proposed.json.doc.id, { decision: 'approved', comment: 'Oui' }),
      decide('copil', proposed.json.doc.id, { decision: 'rejected', comment: 'Non' }),
    ])
    expect(outcomes.map((o) => o.status).sort()).toEqual([200, 409])
  })
})

describe('status and progress', () => {
  it('a cotec member updates them; the history records who and when; priority stays for the committee', async () => {
    const m6 = await measure(6)
    const { status } = await as.cotec.request('PATCH', `/api/measures/${m6.id}`, { status: 'en-cours', progress: 40, priority: 'C' })
    expect(status).toBe(200)
    expect(await measure(6)).toMatchObject({ status: 'en-cours', progress: 40, priority: m6.priority })
    // One save, one history entry, listing every field it changed.
    expect((await history(m6.id)).map((h) => [h.changes?.map((c) => [c.field, c.from, c.to]), h.by])).toEqual([
      [
        [
          ['status', 'non-renseigne', 'en-cours'],
          ['progress', '0', '40'],
        ],
        people.cotec.id,
      ],
    ])
  })

  it('one save of the measure page’s form writes one history entry, with its comment once', async () => {
    const m4 = await measure(4)
    const cookie = `payload-token=${await loginToken(server.url, people.cotec.email, PASSWORD)}`
    const html = await (await fetch(`${server.url}/mesures/4`, { headers: { cookie, 'sec-fetch-site': 'none' } })).text()
    const note = 'Guide publié, affiches en cours.'
    const saved = await postForm(
      `${server.url}/mesures/4`,
      formIn(html, 'name="progress"'),
      { status: 'en-cours', progress: '60', note },
      cookie,
    )
    expect(saved.status).toBe(200)
    expect(saved.html).toContain('État et avancement enregistrés.')
    expect(await measure(4)).toMatchObject({ status: 'en-cours', progress: 60 })
    const entries = await history(m4.id)
    expect(entries).toHaveLength(1)
    expect(entries[0]).toMatchObject({ note, by: people.cotec.id, byName: people.cotec.name })
    expect(entries[0]!.changes?.map((c) => c.field)).toEqual(['status', 'progress'])
    // A save that changes nothing writes nothing.
    await postForm(`${server.url}/mesures/4`, formIn(html, 'name="progress"'), { status: 'en-cours', progress: '60', note: 'Rien' }, cookie)
    expect(await history(m4.id)).toHaveLength(1)
  })

  it('records staff edits of the strategy text too, with the text before and after', async () => {
    const m9 = await measure(9)
    const deliverable = 'Guide et modèle de calendrier de conservation mis à disposition sur Relais'
    expect((await as.coordinator.request('PATCH', `/api/measures/${m9.id}`, { deliverable })).status).toBe(200)
    expect((await history(m9.id)).map((h) => [h.changes?.map((c) => [c.field, c.from, c.to]), h.by])).toEqual([
      [[['deliverable', m9.deliverable, deliverable]], people.coordinator.id],
    ])
  })

  it('members and copil members only read them', async () => {
    const m2 = await measure(2)
    for (const who of ['member A', 'copil'] as const) {
      expect((await as[who].request('GET', `/api/measures/${m2.id}`)).status).toBe(200)
      expect((await as[who].request('PATCH', `/api/measures/${m2.id}`, { progress: 90 })).status, who).toBe(403)
    }
    expect((await measure(2)).progress).toBe(0)
  })
})

describe('history cannot be edited', () => {
  it('refuses changing or deleting a proposal or a history entry, even to an admin', async () => {
    const [proposal] = (await payload.find({ collection: 'priority-changes', limit: 1 })).docs
    const [entry] = (await payload.find({ collection: 'measure-updates', limit: 1 })).docs
    for (const [path, body] of [
      [`/api/priority-changes/${proposal!.id}`, { rationale: 'Réécrite après coup.' }],
      [`/api/measure-updates/${entry!.id}`, { note: 'Réécrite' }],
    ] as const) {
      expect((await as.admin.request('PATCH', path, body)).status).toBe(403)
      expect((await as.admin.request('DELETE', path)).status).toBe(403)
    }
    expect(
      (await as.admin.request('POST', '/api/measure-updates', { measure: proposal!.measure, changes: [{ field: 'status', to: 'x' }] }))
        .status,
    ).toBe(403)
  })
})

describe('bad input is refused in French and changes nothing', () => {
  it.each([
    ['priority "D"', { toPriority: 'D', rationale: 'Une priorité qui n’existe pas.' }, /Priorité proposée.*sélection invalide/],
    ['an empty rationale', { toPriority: 'A', rationale: '' }, /justification|Justification|Expliquez/],
    ['a short rationale', { toPriority: 'A', rationale: 'Parce.' }, /10/],
    ['no change', { toPriority: 'C', rationale: 'La même priorité qu’aujourd’hui.' }, /Proposez une autre priorité \(actuellement C\)/],
    ['a rank of 0', { toRank: 0, rationale: 'Un rang impossible à tenir.' }, /1/],
  ])('a proposal with %s', async (_label, data, message) => {
    const m20 = await measure(20)
    const before = (await payload.count({ collection: 'priority-changes' })).totalDocs
    const { status, json } = await propose('cotec', { measure: m20.id, ...data })
    expect(status).toBe(400)
    expect(JSON.stringify(json.errors)).toMatch(message)
    expect((await payload.count({ collection: 'priority-changes' })).totalDocs).toBe(before)
  })

  it('progress 150 or a made-up status', async () => {
    const m21 = await measure(21)
    const before = { progress: m21.progress, status: m21.status }
    for (const data of [{ progress: 150 }, { progress: -1 }, { status: 'terminee' }]) {
      const { status, json } = await as.cotec.request('PATCH', `/api/measures/${m21.id}`, data)
      expect(status, JSON.stringify(data)).toBe(400)
      expect(json.errors[0].message).toMatch(/[éèà]|valeur|champ/i)
    }
    expect(await measure(21)).toMatchObject(before)
  })

  it('a decision that is not valider/refuser, or with unknown fields', async () => {
    const m22 = await measure(22)
    const proposed = await propose('cotec', { measure: m22.id, toPriority: 'B', rationale: 'Les communes en ont besoin maintenant.' })
    expect((await decide('copil', proposed.json.doc.id, { decision: 'peut-être' })).json.errors[0].message).toBe(
      'Choisissez « valider » ou « refuser ».',
    )
    expect((await decide('copil', proposed.json.doc.id, { decision: 'approved', priority: 'A' })).json.errors[0].message).toBe(
      'Champ inconnu : « priority ».',
    )
    expect((await as.copil.request('POST', `/api/priority-changes/${proposed.json.doc.id}/decision`, '{oops')).status).toBe(400)
    expect((await decide('copil', 999999, { decision: 'approved' })).status).toBe(404)
    expect((await measure(22)).priority).toBe('C')
  })
})

describe('exports', () => {
  it('gives the filtered list as CSV and as an Excel file', async () => {
    const csv = await fetch(`${server.url}/mesures/export?format=csv&axe=valorisation-donnees`, {
      headers: { authorization: `JWT ${await loginToken(server.url, people['member B'].email, PASSWORD)}` },
    })
    expect(csv.headers.get('content-type')).toContain('text/csv')
    const lines = (await csv.text()).trim().split('\r\n')
    expect(lines[0]).toContain('"N°";"Rang";"Axe";"Priorité";"Mesure"')
    expect(lines.slice(1).map((line) => line.split(';')[0])).toEqual(['"34"', '"35"', '"37"', '"38"'])

    const token = await loginToken(server.url, people['member A'].email, PASSWORD)
    const xlsx = await fetch(`${server.url}/mesures/export?format=xlsx&priorite=A&tri=numero`, {
      headers: { authorization: `JWT ${token}` },
    })
    expect(xlsx.headers.get('content-disposition')).toMatch(/attachment; filename="mesures-\d{4}-\d{2}-\d{2}\.xlsx"/)
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(await xlsx.arrayBuffer())
    const sheet = workbook.getWorksheet('Mesures')!
    const numbers = sheet.getColumn(1).values.slice(2)
    const priorityA = (await payload.find({ collection: 'measures', where: { priority: { equals: 'A' } }, sort: 'number', limit: 100 }))
      .docs
    expect(numbers).toEqual(priorityA.map((m) => m.number))
    expect(sheet.getRow(1).getCell(5).value).toBe('Mesure')
  })

  it('speaks the language of the person downloading: German columns and words, a German report PDF', async () => {
    const german = async (email: string) => ({
      authorization: `JWT ${await loginToken(server.url, email, PASSWORD)}`,
      cookie: 'relais-locale=de',
    })
    const csv = await fetch(`${server.url}/mesures/export?format=csv&axe=valorisation-donnees`, {
      headers: await german(people['member B'].email),
    })
    expect(csv.headers.get('content-disposition')).toMatch(/attachment; filename="massnahmen-\d{4}-\d{2}-\d{2}\.csv"/)
    const lines = (await csv.text()).trim().split('\r\n')
    expect(lines[0]).toContain('"Nr.";"Rang";"Achse";"Priorität";"Massnahme";"Bestehendes / Partner";"Ergebnis";"Stand";"Fortschritt (%)"')
    expect(lines[1]).toContain('"Nutzung der Daten"')
    const refused = await fetch(`${server.url}/mesures/export?format=pdf`, { headers: await german(people['member B'].email) })
    expect(refused.status).toBe(400)
    expect(await refused.text()).toBe('Unbekanntes Format: Wählen Sie csv oder xlsx.')

    const report = await fetch(`${server.url}/mesures/rapport.pdf`, { headers: await german(people.coordinator.email) })
    expect(report.status).toBe(200)
    expect(report.headers.get('content-disposition')).toContain('bericht-ausschuss-')
    const pdf = await getDocumentProxy(new Uint8Array(await report.arrayBuffer()))
    const { text } = await extractText(pdf, { mergePages: true })
    expect(text).toContain('Fortschrittsbericht an den Ausschuss')
    expect(text).toContain('Massnahmen nach Achse und Priorität')
    expect(text).not.toContain('Rapport d’avancement au Comité')
  })

  it('refuses anonymous visitors and unknown formats', async () => {
    expect((await fetch(`${server.url}/mesures/export?format=csv`)).status).toBe(401)
    const token = await loginToken(server.url, people['member A'].email, PASSWORD)
    const pdf = await fetch(`${server.url}/mesures/export?format=pdf`, { headers: { authorization: `JWT ${token}` } })
    expect(pdf.status).toBe(400)
    expect(await pdf.text()).toBe('Format inconnu : choisissez csv ou xlsx.')
  })
})

const guideData = (slug: string) =>
  ({
    title: `Guide ${slug}`,
    slug,
    theme: 'sauvegardes',
    audiences: ['personnel'],
    summary: 'Un guide de test.',
    body: richTextFromBlocks([{ h2: 'Pourquoi' }, { p: 'Parce que.' }]),
    lastReviewedAt: '2026-09-01T00:00:00.000Z',
    reviewIntervalMonths: 12,
    checklist: [{ key: 'tester', label: 'Tester une restauration' }],
    _status: 'draft',
  }) as never

describe('deliverables move the status automatically', () => {
  it('the seed links the deliverables the content holds, and a published one starts its measure, said as automatic', async () => {
    const m1 = await measure(1)
    const guide = (await payload.find({ collection: 'guides', where: { slug: { equals: 'sauvegardes' } }, depth: 0 })).docs[0]!
    expect(m1.deliverableGuides).toEqual([guide.id])
    expect(m1.status).toBe('en-cours')
    expect((await history(m1.id)).map((h) => [h.changes?.map((c) => [c.field, c.from, c.to]), h.automatic, h.note])).toEqual([
      [
        [['status', 'non-renseigne', 'en-cours']],
        true,
        'Automatiquement : livrable lié, déjà publié (publication du guide « Sauvegardes et tests de restauration »)',
      ],
    ])
    expect((await measure(27)).deliverableEventTypes).toEqual(['symposium'])
    expect((await measure(23)).deliverableWatchKinds).toEqual(['cybersecurite'])
    // No « Livrable » names anything Relais holds: no link, status as seeded.
    expect(await measure(30)).toMatchObject({ deliverableGuides: [], status: 'non-renseigne' })
  })

  it('publishing a linked guide starts the measure once; republishing adds nothing; a suspended measure stays', async () => {
    const [m10, m11] = [await measure(10), await measure(11)]
    await payload.update({ collection: 'measures', id: m11.id, data: { status: 'suspendue' } })
    const guide = await payload.create({ collection: 'guides', data: guideData('livrable-mesure-10'), draft: true })
    for (const m of [m10, m11]) await payload.update({ collection: 'measures', id: m.id, data: { deliverableGuides: [guide.id] } })
    // Linking a draft moves nothing.
    expect((await measure(10)).status).toBe('non-renseigne')
    expect(await history(m10.id)).toEqual([])

    expect((await as.coordinator.request('PATCH', `/api/guides/${guide.id}`, { _status: 'published' })).status).toBe(200)
    expect((await measure(10)).status).toBe('en-cours')
    const entries = await history(m10.id)
    expect(entries.map((h) => [h.changes?.map((c) => [c.field, c.from, c.to]), h.automatic, h.note])).toEqual([
      [[['status', 'non-renseigne', 'en-cours']], true, 'Automatiquement : publication du guide « Guide livrable-mesure-10 »'],
    ])
    expect((await measure(11)).status).toBe('suspendue')
    expect((await history(m11.id)).map((h) => h.changes?.map((c) => c.to))).toEqual([['suspendue']])

    // Republished with a change, then unpublished and published again: still one automatic entry.
    expect((await as.coordinator.request('PATCH', `/api/guides/${guide.id}`, { summary: 'Revu.', _status: 'published' })).status).toBe(200)
    expect((await as.coordinator.request('PATCH', `/api/guides/${guide.id}`, { _status: 'draft' })).status).toBe(200)
    expect((await as.coordinator.request('PATCH', `/api/guides/${guide.id}`, { _status: 'published' })).status).toBe(200)
    expect((await history(m10.id)).filter((h) => h.automatic)).toHaveLength(1)

    // The measure's page says it was automatic, to every member.
    const cookie = `payload-token=${await loginToken(server.url, people['member A'].email, PASSWORD)}`
    const html = await (await fetch(`${server.url}/mesures/10`, { headers: { cookie, 'sec-fetch-site': 'none' } })).text()
    expect(html).toContain('Automatiquement : publication du guide « Guide livrable-mesure-10 »')
    expect(html).toContain('Automatique')
  })

  it('a watch item, an event or a template published for a linked series or kind starts the measure too', async () => {
    const m31 = await measure(31)
    await payload.update({ collection: 'measures', id: m31.id, data: { deliverableWatchKinds: ['retour-experience'] } })
    expect((await measure(31)).status).toBe('non-renseigne')
    await payload.create({
      collection: 'watch-items',
      data: { title: 'Retour d’expérience : la commune X', kind: 'retour-experience', summary: 'Ce qui a marché.', _status: 'published' },
      draft: false,
    })
    expect((await measure(31)).status).toBe('en-cours')
    expect((await history(m31.id)).map((h) => h.note)).toEqual([
      'Automatiquement : publication de la veille « Retour d’expérience : la commune X » (Retour d’expérience)',
    ])
  })
})

describe('milestones and the late rule', () => {
  it('the % of a measure with milestones is the share done; without, it stays the one entered', async () => {
    const cotec = (await payload.findByID({ collection: 'users', id: people.cotec.id })) as User
    const m14 = await measure(14)
    for (const title of ['Plan du guide', 'Relecture', 'Publication'])
      expect((await changeMilestones(payload, cotec, m14.id, { op: 'add', title, dueDate: '2027-03-31' })).ok).toBe(true)
    const added = (await measure(14)).milestones!
    expect(added.map((m) => [m.title, m.dueDate?.slice(0, 10), m.done])).toEqual([
      ['Plan du guide', '2027-03-31', false],
      ['Relecture', '2027-03-31', false],
      ['Publication', '2027-03-31', false],
    ])
    expect((await measure(14)).progress).toBe(0)
    await changeMilestones(payload, cotec, m14.id, { op: 'done', milestone: added[0]!.id! })
    await changeMilestones(payload, cotec, m14.id, { op: 'done', milestone: added[1]!.id! })
    expect((await measure(14)).progress).toBe(67)
    // A % sent by hand does not override the milestones.
    expect((await as.cotec.request('PATCH', `/api/measures/${m14.id}`, { progress: 10 })).status).toBe(200)
    expect((await measure(14)).progress).toBe(67)
    await changeMilestones(payload, cotec, m14.id, { op: 'remove', milestone: added[2]!.id! })
    expect((await measure(14)).progress).toBe(100)
    // A member may not.
    const member = (await payload.findByID({ collection: 'users', id: people['member A'].id })) as User
    expect((await changeMilestones(payload, member, m14.id, { op: 'add', title: 'X', dueDate: '2027-01-01' })).ok).toBe(false)
    expect((await measure(14)).milestones).toHaveLength(2)
  })

  it('the measure page lists the milestones, the late ones and the deadline', async () => {
    const m15 = await measure(15)
    await payload.update({
      collection: 'measures',
      id: m15.id,
      data: { milestones: [{ title: 'Atelier avec les communes', dueDate: '2024-01-15', done: false }] },
    })
    const cookie = `payload-token=${await loginToken(server.url, people['member A'].email, PASSWORD)}`
    // React separates the texts it joins with empty comments.
    const html = (await (await fetch(`${server.url}/mesures/15`, { headers: { cookie, 'sec-fetch-site': 'none' } })).text()).replaceAll(
      '<!-- -->',
      '',
    )
    expect(html).toContain('Atelier avec les communes')
    expect(html).toContain('1 jalon en retard')
    // Priority B, not done: past 31 August 2023 (the end of « été 2023 »).
    expect(html).toContain('31 août 2023')
    expect(html).toContain('En retard')
  })
})

describe('the data migration of the statuses', () => {
  it('moves a measure left as the old seed made it, and leaves one somebody set to « à lancer »', async () => {
    const [m16, m17, m35] = [await measure(16), await measure(17), await measure(35)]
    const db = payload.db.drizzle as unknown as Parameters<typeof measureStatusesUpdate>[0]['db']
    // As an old seed left them: « à lancer », 0 %, no history.
    await db.execute(sql`update measures set status = 'a-lancer', progress = 0 where id in (${m16.id}, ${m17.id}, ${m35.id})`)
    // Somebody chose « à lancer » for 17: it has a history.
    await payload.update({ collection: 'measures', id: m17.id, data: { status: 'non-renseigne' } })
    await payload.update({ collection: 'measures', id: m17.id, data: { status: 'a-lancer' } })
    await measureStatusesUpdate({ db })
    expect((await measure(16)).status).toBe('non-renseigne')
    expect((await measure(17)).status).toBe('a-lancer')
    expect((await measure(35)).status).toBe('appliquee')
  })
})
