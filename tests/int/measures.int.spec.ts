/**
 * The measures and the COTEC → COPIL priority cycle over real HTTP: proposals, decisions, the measure's
 * history, who may do what, concurrent decisions, and bad input refused in French.
 */
import ExcelJS from 'exceljs'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Measure } from '@/payload-types'
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
      status: 'a-lancer',
      progress: 0,
    })
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
    const m1 = await measure(1)
    const { status } = await as.cotec.request('PATCH', `/api/measures/${m1.id}`, { status: 'en-cours', progress: 40, priority: 'C' })
    expect(status).toBe(200)
    expect(await measure(1)).toMatchObject({ status: 'en-cours', progress: 40, priority: 'A' })
    // One save, one history entry, listing every field it changed.
    expect((await history(m1.id)).map((h) => [h.changes?.map((c) => [c.field, c.from, c.to]), h.by])).toEqual([
      [
        [
          ['status', 'a-lancer', 'en-cours'],
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
    for (const data of [{ progress: 150 }, { progress: -1 }, { status: 'terminee' }]) {
      const { status, json } = await as.cotec.request('PATCH', `/api/measures/${m21.id}`, data)
      expect(status, JSON.stringify(data)).toBe(400)
      expect(json.errors[0].message).toMatch(/[éèà]|valeur|champ/i)
    }
    expect(await measure(21)).toMatchObject({ progress: 0, status: 'a-lancer' })
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

  it('refuses anonymous visitors and unknown formats', async () => {
    expect((await fetch(`${server.url}/mesures/export?format=csv`)).status).toBe(401)
    const token = await loginToken(server.url, people['member A'].email, PASSWORD)
    const pdf = await fetch(`${server.url}/mesures/export?format=pdf`, { headers: { authorization: `JWT ${token}` } })
    expect(pdf.status).toBe(400)
    expect(await pdf.text()).toBe('Format inconnu : choisissez csv ou xlsx.')
  })
})
