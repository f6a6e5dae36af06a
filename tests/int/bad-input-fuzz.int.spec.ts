/**
 * Issue #10, bad input at scale: well over 1,000 generated malformed or hostile requests (wrong types, huge
 * strings, unknown fields, injection strings, impossible ids, other communes' ids) across every REST collection,
 * GraphQL and the intranet's pages, from anonymous visitors to coordinators. None may answer 5xx, change data or
 * leak: commune B never sees commune A's private words, and no answer shows a stack trace.
 */
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { dataFields } from '../../src/validation/fieldTypes'
import { type Client, client, loginToken } from '../helpers/http'
import { bootPayload } from '../helpers/payload'
import { createPeople, PASSWORD, type People } from '../helpers/people'
import { type RunningServer, startServer } from '../helpers/server'

let payload: Payload
let server: RunningServer
let people: People
const as: Record<string, Client> = {}
/** Words only commune A's private records hold. */
const secretsOfA = ['Safran', 'Muscade', 'Cubèbe']
const fixture = { contract: 0, decision: 0, incident: 0 }

/** A small deterministic generator, so that a failure can be replayed. */
function random(seed: number) {
  let state = seed
  const next = () => {
    state = (state * 1664525 + 1013904223) % 4294967296
    return state / 4294967296
  }
  return { next, pick: <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]! }
}

const hostileStrings = [
  "' OR '1'='1' --",
  "'); DROP TABLE users; --",
  '<script>alert(1)</script>',
  '{{7*7}}${7*7}',
  '../../../../etc/passwd',
  '\u0000\u0001\u001f',
  '𝕳𝖔𝖘𝖙𝖎𝖑𝖊 🙂 ‮',
  '%00%27%22',
  'x'.repeat(100_001),
  '{"$gt":""}',
]
const impossibleIds = ['abc', '-1', '0', '1.5', '1e3', '99999999999', "1' OR 1=1", '%00', '0x10', 'null']
const wrongTypeFor: Record<string, unknown[]> = {
  text: [12345, {}, [], true],
  textarea: [67890, { a: 1 }, [1, 2]],
  email: [42, ['a@b.c'], {}],
  select: [7, {}, [[]]],
  date: [true, {}, [2027]],
  number: ['abc', {}, '1e400', [1]],
  checkbox: ['oui', 2, {}],
  relationship: ['abc', -1, { id: 'x' }, [1, 'b'], 1.5],
  upload: ['abc', -3],
  array: ['pas une liste', { 0: 1 }, 17],
  richText: ['du texte', 12, [1]],
}

beforeAll(async () => {
  let databaseUrl: string
  ;({ payload, databaseUrl } = await bootPayload())
  people = await createPeople(payload, 'fuzz')
  const { communeA } = people
  fixture.contract = (await payload.create({ collection: 'contracts', data: { commune: communeA.id, provider: 'Fournisseur Safran', service: 'Service Safran' } })).id
  fixture.decision = (await payload.create({ collection: 'digital-decisions', data: { commune: communeA.id, decidedOn: '2026-10-01', subject: 'Décision Muscade', reason: 'Muscade.', risks: 'Muscade.', decidedBy: 'executif' } })).id
  fixture.incident = (await payload.create({ collection: 'digital-incidents', data: { commune: communeA.id, occurredOn: '2026-10-02', summary: 'Incident Cubèbe', impact: 'Cubèbe.', actions: 'Cubèbe.', status: 'ouvert' } })).id
  server = await startServer(databaseUrl)
  as.anonymous = client(server.url, null)
  for (const name of ['member A', 'member B', 'validator A', 'coordinator'] as const) as[name] = client(server.url, await loginToken(server.url, people[name].email, PASSWORD))
})
afterAll(async () => {
  await server?.stop()
})

/** Everything the requests could change: every collection's rows, read as the system, by collection. */
async function snapshot(): Promise<Map<string, string>> {
  const parts = new Map<string, string>()
  for (const collection of payload.config.collections) {
    if (collection.slug === 'payload-preferences') continue // the admin's UI state, not data
    const { docs } = await payload.find({ collection: collection.slug as never, limit: 0, pagination: false, depth: 0, sort: 'id', overrideAccess: true, draft: true })
    parts.set(collection.slug, JSON.stringify(docs))
  }
  return parts
}

/** The data at rest: what the logins of the setup write may land a moment after their answer on a busy machine. */
async function settledSnapshot(): Promise<Map<string, string>> {
  let previous = await snapshot()
  for (let attempt = 0; attempt < 20; attempt++) {
    await new Promise((resolve) => setTimeout(resolve, 250))
    const current = await snapshot()
    if (changedCollections(previous, current).length === 0) return current
    previous = current
  }
  throw new Error('the data never settled before the requests')
}

const changedCollections = (before: Map<string, string>, after: Map<string, string>) =>
  [...before.keys()].filter((slug) => before.get(slug) !== after.get(slug))

type Request = { who: string; method: string; path: string; body?: unknown }

/** One invalid body for a collection: at least one field of the wrong type, often an unknown field and hostile text too. */
function badBody(fields: ReturnType<typeof dataFields>, r: ReturnType<typeof random>): Record<string, unknown> {
  const body: Record<string, unknown> = {}
  const typed = fields.filter((f) => wrongTypeFor[f.type])
  const wrong = typed.length ? r.pick(typed) : null
  if (wrong) body[wrong.name] = r.pick(wrongTypeFor[wrong.type]!)
  if (!wrong || r.next() < 0.5) body[r.pick(['couleur', '__proto__', 'constructor', '$where', 'role', 'is_admin'])] = r.pick(hostileStrings)
  const texts = fields.filter((f) => ['text', 'textarea'].includes(f.type) && f.name !== wrong?.name)
  if (texts.length && r.next() < 0.7) body[r.pick(texts).name] = r.pick(hostileStrings)
  return body
}

function requests(): Request[] {
  const r = random(20261123)
  const list: Request[] = []
  const actors = Object.keys(as)
  const foreignIds = [String(fixture.contract), String(fixture.decision), String(fixture.incident)]
  for (const collection of payload.config.collections) {
    const fields = dataFields(collection.fields)
    const base = `/api/${collection.slug}`
    for (let i = 0; i < 6; i++) {
      const who = r.pick(actors)
      list.push({ who, method: 'POST', path: base, body: badBody(fields, r) })
      list.push({ who, method: 'PATCH', path: `${base}/${encodeURIComponent(r.pick([...impossibleIds, ...foreignIds]))}`, body: badBody(fields, r) })
      list.push({ who, method: 'DELETE', path: `${base}/${encodeURIComponent(r.pick(impossibleIds))}` })
      list.push({ who, method: 'GET', path: `${base}/${encodeURIComponent(r.pick(impossibleIds))}` })
      const field = fields.length ? r.pick(fields).name : 'id'
      const query = r.pick([
        `where[${field}][equals]=${encodeURIComponent(r.pick(hostileStrings).slice(0, 200))}`,
        `where[${field}][in]=${encodeURIComponent(r.pick(impossibleIds))}&depth=${r.pick(['-1', '99', 'abc'])}`,
        `where[or][0][${field}][like]=%25&limit=${r.pick(['-5', 'abc', '1e9', '0'])}&page=${r.pick(['-1', 'x'])}`,
        `sort=${encodeURIComponent(r.pick([';drop', '-__proto__', field]))}&where[inconnu][equals]=1`,
        `where[${field}][near]=${encodeURIComponent('1,2,3,abc')}`,
      ])
      list.push({ who, method: 'GET', path: `${base}?${query}` })
    }
  }
  // GraphQL: malformed documents, hostile arguments, wrong-typed mutations, other communes' ids.
  const graphql = [
    '{',
    '{ Users { docs { email } } ',
    `{ Contracts(where: { service: { equals: "${"' OR 1=1 --"}" } }) { docs { service } } }`,
    `{ Contract(id: ${fixture.contract}) { service provider } }`,
    `{ DigitalDecision(id: ${fixture.decision}) { subject } }`,
    '{ Contracts(limit: -1, page: -3) { docs { id } } }',
    `mutation { updateContract(id: ${fixture.contract}, data: { provider: "Pirate" }) { id } }`,
    `mutation { deleteDigitalIncident(id: ${fixture.incident}) { id } }`,
    'mutation { createContract(data: { provider: 42 }) { id } }',
    'mutation { createDigitalDecision(data: { subject: "x", decidedBy: pirate }) { id } }',
    `{ ${'Communes { docs { id } } '.repeat(200)} }`,
    `{ a: Communes { docs { ${'id '.repeat(5000)} } } }`,
    '{ __typename @include(if: "yes") }',
  ]
  for (let i = 0; i < 40; i++) {
    const query = r.pick(graphql)
    // Mutations on commune A's records are sent by someone who may not write them (member B): which actor the seeded
    // picks land on must not decide whether a well-formed, allowed write slips into the "change nothing" check.
    const who = r.pick(actors)
    list.push({ who: query.startsWith('mutation') ? 'member B' : who, method: 'POST', path: '/api/graphql', body: { query, variables: r.next() < 0.3 ? 'pas un objet' : undefined } })
  }
  // Intranet pages: hostile query strings and forged form posts (a server action id that does not exist).
  const pages = ['/carte', '/contrats', `/contrats/${fixture.contract}`, '/ma-commune', '/mesures', '/agenda', '/seances', '/recherche', '/guides', '/acteurs']
  for (let i = 0; i < 60; i++) {
    const page = r.pick(pages)
    list.push({ who: r.pick(actors), method: 'GET', path: `${page}?${r.pick(['theme', 'commune', 'q', 'type', 'fait', 'mois'])}=${encodeURIComponent(r.pick(hostileStrings).slice(0, 500))}` })
    const form = new FormData()
    form.set(r.pick(['provider', 'contract', 'commune', 'answer-1', 'subject']), r.pick(hostileStrings).slice(0, 1000))
    list.push({ who: r.pick(actors), method: 'POST', path: page, body: form })
  }
  for (const id of [...impossibleIds, String(fixture.contract)]) list.push({ who: 'member B', method: 'GET', path: `/contrats/${encodeURIComponent(id)}` })
  return list
}

describe('1,000+ malformed and hostile requests', () => {
  it('answer no 5xx, change nothing and leak nothing', async () => {
    const before = await settledSnapshot()
    const all = requests()
    expect(all.length).toBeGreaterThanOrEqual(1000)
    const problems: string[] = []
    const statuses = new Map<number, number>()
    for (const request of all) {
      const { status, json } = await as[request.who]!.request(request.method, request.path, request.body)
      statuses.set(status, (statuses.get(status) ?? 0) + 1)
      const text = typeof json?.raw === 'string' ? json.raw : JSON.stringify(json ?? '')
      const label = `${request.who} ${request.method} ${request.path.slice(0, 120)}`
      if (status >= 500) problems.push(`${label} ${request.body instanceof FormData ? '' : JSON.stringify(request.body ?? '').slice(0, 100)} → ${status}: ${text.slice(0, 200)}`)
      if (/node_modules|\/work\/|at async |\.ts:\d+/.test(text)) problems.push(`${label} shows a stack trace`)
      if (request.who !== 'member A' && request.who !== 'validator A' && request.who !== 'coordinator') {
        const leaked = secretsOfA.filter((word) => text.includes(word) && !decodeURIComponent(request.path).includes(word))
        if (leaked.length) problems.push(`${label} leaks ${leaked.join(', ')}`)
      }
    }
    console.log(`[fuzz] ${all.length} requests: ${[...statuses].sort(([a], [b]) => a - b).map(([s, n]) => `${s}×${n}`).join(', ')}`)
    expect(problems).toEqual([])
    const after = await snapshot()
    const changed = changedCollections(before, after)
    for (const slug of changed) console.log(`[fuzz] ${slug} changed:\n${rowDifferences(before.get(slug)!, after.get(slug)!)}`)
    expect(changed, 'no request changed any data').toEqual([])
  })
})

/** The rows that differ between two snapshots of a collection (JSON arrays), so a failure names them. */
function rowDifferences(before: string, after: string): string {
  const rows = (json: string) => new Set((JSON.parse(json) as unknown[]).map((row) => JSON.stringify(row)))
  const [was, is] = [rows(before), rows(after)]
  const gone = [...was].filter((row) => !is.has(row))
  const added = [...is].filter((row) => !was.has(row))
  return [...gone.map((row) => `  - ${row}`), ...added.map((row) => `  + ${row}`)].join('\n').slice(0, 4000)
}
