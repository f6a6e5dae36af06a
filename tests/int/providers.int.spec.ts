/**
 * Issue 23, points 3 and 5: providers as records and the region's view of them. The free-text providers'
 * migration (src/migrations/data/providersFromText.ts), the contract form that picks or creates a provider, the
 * coordinators' merge screen, the region's view on a known dataset, its anonymity for the COPIL (« moins de 3 »
 * included) by every path, and its CSV and XLSX exports. Real PostgreSQL, the production build over HTTP.
 */
import ExcelJS from 'exceljs'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { poolOf } from '@/db/pool'
import { providersFromTextAfter, providersFromTextBefore } from '@/migrations/data/providersFromText'
import { providerName } from '@/providers/names'
import { formIn, postForm } from '@tests/helpers/forms'
import { type Client, client, loginToken } from '@tests/helpers/http'
import { bootPayload } from '@tests/helpers/payload'
import { type ActorName, actorNames, createPeople, PASSWORD, type People } from '@tests/helpers/people'
import { providerNamed } from '@tests/helpers/providers'
import { type RunningServer, startServer } from '@tests/helpers/server'

let payload: Payload
let people: People
let server: RunningServer
const as = {} as Record<ActorName, Client>
let communeC: { id: number; name: string }
let criteria: { id: number; title: string }[]

const providerNamedExactly = async (name: string) =>
  (await payload.find({ collection: 'providers', where: { name: { equals: name } }, limit: 1 })).docs[0]
const html = async (who: ActorName, path: string) => {
  const { status, json } = await as[who].request('GET', path)
  return { status, body: String(json?.raw ?? JSON.stringify(json)).replaceAll('<!-- -->', '') }
}
const cookieOf = async (who: ActorName) => `payload-token=${await loginToken(server.url, people[who].email, PASSWORD)}`
/** Sends a page's form as a browser without JavaScript does. */
async function send(who: ActorName, path: string, marker: string, fields: Record<string, string>) {
  const cookie = await cookieOf(who)
  const page = await (await fetch(`${server.url}${path}`, { headers: { cookie, 'sec-fetch-site': 'none' } })).text()
  return postForm(`${server.url}${path}`, formIn(page, marker), fields, cookie)
}
const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10)

beforeAll(async () => {
  let databaseUrl: string
  ;({ payload, databaseUrl } = await bootPayload())
  people = await createPeople(payload, 'providers')
  const third = (await payload.find({ collection: 'communes', where: { ofsNumber: { equals: 6131 } }, limit: 1 })).docs[0]!
  communeC = { id: third.id, name: third.name }
  criteria = (await payload.find({ collection: 'contract-criteria', sort: 'position', limit: 0, pagination: false })).docs
  server = await startServer(databaseUrl)
  for (const name of actorNames) as[name] = client(server.url, await loginToken(server.url, people[name].email, PASSWORD))
})
afterAll(async () => {
  await server?.stop()
})

describe('the free-text providers become records (the migration’s data step)', () => {
  it('groups the spellings of one provider into one record, joins an existing record, and links every contract', async () => {
    const existing = await payload.create({ collection: 'providers', data: { name: 'Abacus Research AG' } })
    const texts = [
      'Abacus Research AG',
      'abacus research',
      'ABACUS  RESEARCH SA',
      'Informatique Valaisanne Sàrl',
      'informatique valaisanne',
      'Seul SA',
    ]
    const contracts = []
    for (const index of texts.keys())
      contracts.push(
        (
          await payload.create({
            collection: 'contracts',
            data: { commune: people.communeA.id, provider: existing.id, service: `Migré ${index}` },
          })
        ).id,
      )
    // The table as it was before the migration: a text column, and no record linked yet.
    const pool = poolOf(payload)
    await pool.query('alter table contracts add column provider varchar')
    for (const [index, id] of contracts.entries())
      await pool.query('update contracts set provider = $1, provider_id = null where id = $2', [texts[index], id])

    const db = payload.db.drizzle as never
    await providersFromTextBefore({ db })
    await pool.query('alter table contracts drop column provider') // what the generated SQL does in between
    await providersFromTextAfter({ db })

    const linked = await payload.find({ collection: 'contracts', where: { id: { in: contracts } }, depth: 1, sort: 'service', limit: 10 })
    expect(linked.docs.map((c) => providerName(c.provider))).toEqual([
      'Abacus Research AG',
      'Abacus Research AG',
      'Abacus Research AG',
      'Informatique Valaisanne Sàrl',
      'Informatique Valaisanne Sàrl',
      'Seul SA',
    ])
    const abacus = await payload.findByID({ collection: 'providers', id: existing.id })
    expect(abacus.aliases?.map((a) => a.name)).toEqual(['ABACUS RESEARCH SA', 'abacus research'])
    expect((await providerNamedExactly('Informatique Valaisanne Sàrl'))?.aliases?.map((a) => a.name)).toEqual(['informatique valaisanne'])
    expect((await pool.query(`select to_regclass('_contract_provider_links') as t`)).rows[0].t).toBeNull()

    // Run again (the column is gone): nothing changes.
    const before = (await payload.count({ collection: 'providers' })).totalDocs
    await providersFromTextBefore({ db })
    await providersFromTextAfter({ db })
    expect((await payload.count({ collection: 'providers' })).totalDocs).toBe(before)
    await payload.delete({ collection: 'contracts', where: { id: { in: contracts } } })
  })
})

describe('the contract form picks a provider or creates one', () => {
  it('offers the known providers and finds « abacus research » under « Abacus Research AG »; a new name creates one record', async () => {
    const abacus = (await providerNamedExactly('Abacus Research AG'))!
    const page = await html('validator A', '/contrats')
    expect(page.body).toMatch(/<datalist[^>]*>[\s\S]*value="Abacus Research AG"/)
    const sent = await send('validator A', '/contrats', 'name="provider"', {
      provider: 'abacus research',
      service: 'Salaires par le formulaire',
    })
    expect(sent.status).toBeLessThan(400)
    const created = (await payload.find({ collection: 'contracts', where: { service: { equals: 'Salaires par le formulaire' } } })).docs[0]!
    expect(created.provider && typeof created.provider === 'object' ? created.provider.id : created.provider).toBe(abacus.id)

    const count = (await payload.count({ collection: 'providers' })).totalDocs
    for (const name of ['Nouveau Prestataire Sàrl', 'nouveau prestataire']) {
      const { status } = await send('validator A', '/contrats', 'name="provider"', { provider: name, service: `Avec ${name}` })
      expect(status).toBe(303)
    }
    expect((await payload.count({ collection: 'providers' })).totalDocs).toBe(count + 1)
  })

  it('refuses a second record for the same provider, and a contract without a provider or with an unknown one, in French', async () => {
    const duplicate = await as.coordinator.request('POST', '/api/providers', { name: 'ABACUS-Research' })
    expect(duplicate.status).toBe(400)
    expect(JSON.stringify(duplicate.json)).toContain('Ce prestataire existe déjà : « Abacus Research AG »')
    const none = await as['validator A'].request('POST', '/api/contracts', { service: 'Sans prestataire' })
    expect(none.status).toBe(400)
    expect(JSON.stringify(none.json)).toContain('Indiquez le prestataire.')
    const unknown = await as['validator A'].request('POST', '/api/contracts', { provider: 99999999, service: 'Inconnu' })
    expect(unknown.status).toBe(400)
    expect(JSON.stringify(unknown.json)).toMatch(/Prestataire inconnu|n'existe pas/)
    const long = await send('validator A', '/contrats', 'name="provider"', { provider: 'x'.repeat(300), service: 'Trop long' })
    expect(long.html).toContain('160 caractères')
    // Over REST a provider is given by its record's id: a name is refused in French.
    const named = await as['validator A'].request('POST', '/api/contracts', { provider: 'Abacus', service: 'Trop long' })
    expect(named.status).toBe(400)
    expect(JSON.stringify(named.json)).toContain('doit être un identifiant')
    expect(
      (await payload.count({ collection: 'contracts', where: { service: { in: ['Sans prestataire', 'Inconnu', 'Trop long'] } } }))
        .totalDocs,
    ).toBe(0)
  })
})

describe('coordinators merge duplicate providers', () => {
  it('moves every contract and actor to the kept record, keeps the duplicates’ names as aliases, and deletes them', async () => {
    const keep = await payload.create({ collection: 'providers', data: { name: 'Dupont Informatique SA' } })
    const dup = await payload.create({ collection: 'providers', data: { name: 'Dupont Info', aliases: [{ name: 'DI Sion' }] } })
    const contractA = await payload.create({
      collection: 'contracts',
      data: { commune: people.communeA.id, provider: dup.id, service: 'Fusion A' },
    })
    const contractB = await payload.create({
      collection: 'contracts',
      data: { commune: people.communeB.id, provider: dup.id, service: 'Fusion B' },
    })
    const actor = await payload.create({
      collection: 'actors',
      data: { name: 'Dupont', slug: 'dupont-fusion', level: 'partenaires', summary: 'Essai.', provider: dup.id },
    })

    const page = await html('coordinator', '/prestataires/fusionner')
    expect(page.status).toBe(200)
    expect(page.body).toContain('Dupont Info — 2 contrats (aussi : DI Sion)')

    // Without the confirmation: refused, nothing changes.
    const unconfirmed = await send('coordinator', '/prestataires/fusionner', 'name="keep"', {
      keep: String(keep.id),
      duplicate: String(dup.id),
    })
    expect(unconfirmed.html).toContain('Cochez la confirmation')
    expect((await payload.findByID({ collection: 'contracts', id: contractA.id, depth: 0 })).provider).toBe(dup.id)

    const merged = await send('coordinator', '/prestataires/fusionner', 'name="keep"', {
      keep: String(keep.id),
      duplicate: String(dup.id),
      confirm: 'on',
    })
    expect(merged.status).toBe(303) // to the page, which tells the outcome
    const { pathname, search } = new URL(merged.location!, server.url)
    expect((await html('coordinator', `${pathname}${search}`)).body).toContain(
      '1 fiche fusionnée dans « Dupont Informatique SA » ; 3 références déplacées',
    )
    for (const id of [contractA.id, contractB.id])
      expect((await payload.findByID({ collection: 'contracts', id, depth: 0 })).provider).toBe(keep.id)
    expect((await payload.findByID({ collection: 'actors', id: actor.id, depth: 0 })).provider).toBe(keep.id)
    expect(await payload.count({ collection: 'providers', where: { id: { equals: dup.id } } })).toMatchObject({ totalDocs: 0 })
    expect((await payload.findByID({ collection: 'providers', id: keep.id })).aliases?.map((a) => a.name)).toEqual([
      'Dupont Info',
      'DI Sion',
    ])
    // Each moved contract says so in the commune's audit trail, with the providers' names.
    const { rows } = await poolOf(payload).query(
      `select changes from audit_events where target_collection = 'contracts' and target_id = $1 order by id desc limit 1`,
      [String(contractA.id)],
    )
    expect(rows[0].changes).toEqual([{ field: 'provider', label: 'Prestataire', before: 'Dupont Info', after: 'Dupont Informatique SA' }])
    // Typed again, the old name finds the kept record.
    expect((await send('validator A', '/contrats', 'name="provider"', { provider: 'dupont info', service: 'Après fusion' })).status).toBe(
      303,
    )
    const again = (await payload.find({ collection: 'contracts', where: { service: { equals: 'Après fusion' } }, depth: 0 })).docs[0]!
    expect(again.provider).toBe(keep.id)
  })

  it('is refused to anyone else, and bad input is refused in French without changing anything', async () => {
    const a = await payload.create({ collection: 'providers', data: { name: 'Garder Ici' } })
    const b = await payload.create({ collection: 'providers', data: { name: 'Doublon Là' } })
    for (const who of ['copil', 'validator A', 'member A', 'cotec'] as const) {
      expect((await as[who].request('POST', '/api/providers/merge', { keep: a.id, duplicates: [b.id] })).status).toBe(403)
      expect((await html(who, '/prestataires/fusionner')).status).toBe(403)
    }
    const cases: [unknown, RegExp][] = [
      [{ keep: a.id, duplicates: [a.id] }, /ne peut pas être aussi un doublon/],
      [{ keep: a.id, duplicates: [] }, /au moins un doublon/],
      [{ keep: a.id, duplicates: [99999999] }, /n’existe plus/],
      [{ keep: 'x', duplicates: [b.id] }, /prestataire à garder/],
      [{ keep: a.id, duplicates: 'tous' }, /numéros/],
      [{ keep: a.id, duplicates: [b.id], extra: 1 }, /Champ inconnu/],
    ]
    for (const [body, message] of cases) {
      const { status, json } = await as.coordinator.request('POST', '/api/providers/merge', body)
      expect([status, JSON.stringify(json)]).toEqual([expect.any(Number), expect.stringMatching(message)])
      expect(status).toBeGreaterThanOrEqual(400)
      expect(status).toBeLessThan(500)
    }
    expect((await payload.count({ collection: 'providers', where: { id: { in: [a.id, b.id] } } })).totalDocs).toBe(2)
  })
})

describe('the region’s view of providers', () => {
  const answers = (pairs: [number, string][]) => pairs.map(([index, answer]) => ({ criterion: criteria[index]!.id, answer }) as never)

  beforeAll(async () => {
    const known = await payload.create({ collection: 'providers', data: { name: 'Régional Connu SA' } })
    const add = (commune: number, service: string, data: Record<string, unknown>) =>
      payload.create({ collection: 'contracts', data: { commune, provider: known.id, service, ...data } })
    // Three communes, four contracts. Gaps: point 2 in three contracts, point 1 in one.
    await add(people.communeA.id, 'Connu Sion 1', {
      answers: answers([
        [1, 'non'],
        [0, 'oui'],
      ]),
      termEndsOn: inDays(100),
      noticeMonths: 0,
    })
    await add(people.communeA.id, 'Connu Sion 2', { answers: answers([[0, 'non']]), termEndsOn: inDays(500), noticeMonths: 0 })
    await add(people.communeB.id, 'Connu Martigny', {
      answers: answers([
        [1, 'inconnu'],
        [2, 'sans-objet'],
      ]),
      termEndsOn: inDays(40),
      noticeMonths: 0,
    })
    await add(communeC.id, 'Connu Bovernier', { answers: answers([[1, 'partiel']]) })
    // Two communes only: under the COPIL's threshold.
    await payload.create({
      collection: 'contracts',
      data: {
        commune: people.communeA.id,
        provider: providerNamed('Régional Discret Sàrl'),
        service: 'Discret Sion',
        answers: answers([[3, 'non']]),
      },
    })
    await payload.create({
      collection: 'contracts',
      data: { commune: people.communeB.id, provider: providerNamed('Régional Discret Sàrl'), service: 'Discret Martigny' },
    })
  })

  const card = (body: string, name: string) => {
    const start = body.indexOf(`>${name}<`)
    expect(start, name).toBeGreaterThan(-1)
    return body.slice(start, body.indexOf('</section>', start))
  }

  it('shows coordinators each provider’s communes by name, its contracts, its gaps most frequent first and its deadlines', async () => {
    const { status, body } = await html('coordinator', '/prestataires')
    expect(status).toBe(200)
    const known = card(body, 'Régional Connu SA')
    expect(known).toContain(
      `3 communes : ${[communeC.name, people.communeB.name, people.communeA.name].sort((a, b) => a.localeCompare(b, 'fr')).join(', ')}`,
    )
    expect(known).toContain('4 contrats')
    const gaps = [...known.matchAll(/<li>([^<]+) — (\d+ contrats?, \d+ communes?)<\/li>/g)].map((m) => [m[1], m[2]])
    expect(gaps).toEqual([
      [criteria[1]!.title, '3 contrats, 3 communes'],
      [criteria[0]!.title, '1 contrat, 1 commune'],
    ])
    // Within 12 months: Martigny (40 days) then Sion (100 days); not the one in 500 days.
    expect([...known.matchAll(/<\/strong> — ([^:]+) :/g)].map((m) => m[1])).toEqual([people.communeB.name, people.communeA.name])
    expect(card(body, 'Régional Discret Sàrl')).toContain('2 communes')
  })

  it('names no commune for the COPIL, and reads « moins de 3 » under three communes; its members still read no contract', async () => {
    const { status, body } = await html('copil', '/prestataires')
    expect(status).toBe(200)
    for (const name of [people.communeA.name, people.communeB.name, communeC.name, 'Connu Sion', 'Discret Sion', 'Discret Martigny'])
      expect(body).not.toContain(name)
    const known = card(body, 'Régional Connu SA')
    expect(known).toContain('3 communes')
    expect([...known.matchAll(/<li>([^<]+) — ([^<]+)<\/li>/g)].map((m) => [m[1], m[2]])).toEqual([
      [criteria[1]!.title, '3 communes'],
      [criteria[0]!.title, 'moins de 3 communes'],
    ])
    expect(body).not.toMatch(/\b[12] communes?\b/)
    expect(body).toMatch(/data-testid="masked"[^>]*>[\s\S]*Régional Discret Sàrl/)
    expect(body).not.toContain('href="/contrats/')
    // REST and GraphQL of contracts stay commune-private.
    const rest = await as.copil.request('GET', '/api/contracts?limit=100')
    expect(rest.json?.docs ?? []).toEqual([])
    const graph = await as.copil.request('POST', '/api/graphql', {
      query: '{ Contracts(limit: 100) { docs { service commune { name } } } }',
    })
    expect(graph.json.data?.Contracts?.docs ?? []).toEqual([])
    for (const who of ['member A', 'validator A', 'cotec'] as const) expect((await html(who, '/prestataires')).status).toBe(403)
  })

  it('exports the same view as CSV and XLSX: named for coordinators, anonymised for the COPIL, refused to others, and audited', async () => {
    const coordination = await html('coordinator', '/prestataires/export?format=csv')
    expect(coordination.status).toBe(200)
    const row = coordination.body.split('\r\n').find((line) => line.startsWith('"Régional Connu SA"'))!
    expect(row).toContain('"3";')
    expect(row).toContain(people.communeB.name)
    expect(row).toContain(`${criteria[1]!.title} (3 contrats, 3 communes)`)

    const copil = await html('copil', '/prestataires/export?format=csv')
    expect(copil.status).toBe(200)
    for (const name of [people.communeA.name, people.communeB.name, communeC.name, 'Connu Sion']) expect(copil.body).not.toContain(name)
    expect(copil.body).toContain('"Régional Discret Sàrl";"moins de 3";"";"";""')
    expect(copil.body).toContain(`${criteria[0]!.title} (moins de 3 communes)`)

    const token = await loginToken(server.url, people.copil.email, PASSWORD)
    const response = await fetch(`${server.url}/prestataires/export?format=xlsx`, { headers: { authorization: `JWT ${token}` } })
    expect(response.status).toBe(200)
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load((await response.arrayBuffer()) as never)
    const cells = workbook.worksheets[0]!.getSheetValues().flat().map(String).join('|')
    expect(cells).toContain('Régional Connu SA')
    expect(cells).toContain('moins de 3')
    for (const name of [people.communeA.name, people.communeB.name, communeC.name]) expect(cells).not.toContain(name)

    for (const who of ['member A', 'validator A', 'cotec'] as const)
      expect((await html(who, '/prestataires/export?format=csv')).status).toBe(403)
    expect((await html('coordinator', '/prestataires/export?format=pdf')).status).toBe(400)
    const { rows } = await poolOf(payload).query(
      `select actor_id from audit_events where action = 'export-downloaded' and target_label like 'prestataires-%' order by id`,
    )
    expect(rows.map((r) => r.actor_id)).toEqual([people.coordinator.id, people.copil.id, people.copil.id])
  })
})
