/**
 * Issue #10, bad input at scale: well over 1,000 generated malformed or hostile requests (wrong types, huge
 * strings, unknown fields, injection strings, impossible ids, other communes' ids) across every REST collection,
 * GraphQL and the intranet's pages, from anonymous visitors to coordinators. None may answer 5xx, change data or
 * leak: commune B never sees commune A's private words, and no answer shows a stack trace.
 *
 * Issue #17 grew it by classes, each built from the config rather than listed: every collection's and global's
 * version routes; `where` paths through each collection's relationships, groups and arrays; every way Payload takes
 * a query or a body (query string, method override with a form or JSON, JSON, multipart `_payload`, malformed
 * multipart, form-urlencoded); every endpoint of Relais's own; cross-origin and malformed form posts to the pages.
 * Refusals from our own checks must be in French.
 */
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { dataFields } from '@/payloadGuard/fieldTypes'
import { changedCollections, dataAtRest, rowDifferences, settledData } from '@tests/helpers/dataAtRest'
import { type Client, client, loginToken } from '@tests/helpers/http'
import { bootPayload } from '@tests/helpers/payload'
import { createPeople, PASSWORD, type People } from '@tests/helpers/people'
import { providerNamed } from '@tests/helpers/providers'
import { type RunningServer, startServer } from '@tests/helpers/server'

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
  fixture.contract = (
    await payload.create({
      collection: 'contracts',
      // The provider's record is the region's (every member reads the directory): the secret is the commune's service.
      data: { commune: communeA.id, provider: providerNamed('Fournisseur du réseau'), service: 'Service Safran' },
    })
  ).id
  fixture.decision = (
    await payload.create({
      collection: 'digital-decisions',
      data: {
        commune: communeA.id,
        decidedOn: '2026-10-01',
        subject: 'Décision Muscade',
        reason: 'Muscade.',
        risks: 'Muscade.',
        decidedBy: 'executif',
      },
    })
  ).id
  fixture.incident = (
    await payload.create({
      collection: 'digital-incidents',
      data: {
        commune: communeA.id,
        occurredOn: '2026-10-02',
        summary: 'Incident Cubèbe',
        impact: 'Cubèbe.',
        actions: 'Cubèbe.',
        status: 'ouvert',
      },
    })
  ).id
  server = await startServer(databaseUrl)
  as.anonymous = client(server.url, null)
  for (const name of ['member A', 'member B', 'validator A', 'coordinator'] as const)
    as[name] = client(server.url, await loginToken(server.url, people[name].email, PASSWORD))
})
afterAll(async () => {
  await server?.stop()
})

type Request = { who: string; method: string; path: string; body?: unknown; headers?: Record<string, string>; french?: boolean }

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

/** The routes every collection has, which the loop over collections above already sends hostile requests to. */
const everyCollectionsRoutes = new Set(['/', '/:id', '/count', '/versions', '/versions/:id', '/access/:id?'])
/** Routes that end or renew the caller's own session: sent anonymously only, so that the fuzz keeps its logins. */
const sessionRoutes = ['/logout', '/refresh-token']
const operators = [
  'equals',
  'not_equals',
  'in',
  'not_in',
  'all',
  'exists',
  'greater_than',
  'less_than_equal',
  'like',
  'not_like',
  'contains',
  'near',
  'within',
  'intersects',
  'pirate',
]
const hostileValues = ['abc', 'zzz', '1,2', '-1', '1e400', '%00', "' OR 1=1 --", 'true', '2026-13-45', '']

type Fields = ReturnType<typeof dataFields>
const subFieldsOf = (field: Fields[number]): Fields => ('fields' in field && Array.isArray(field.fields) ? dataFields(field.fields) : [])

/** Paths that go through a relationship (to the related collection's fields), a group or an array of `collection`. */
function dottedPaths(fields: Fields): string[] {
  const paths: string[] = []
  for (const field of fields) {
    if ((field.type === 'relationship' || field.type === 'upload') && typeof field.relationTo === 'string') {
      const related = payload.config.collections.find((c) => c.slug === field.relationTo)
      const relatedFields = related ? dataFields(related.fields) : []
      paths.push(`${field.name}.id`, `${field.name}.inconnu`, ...relatedFields.map((f) => `${field.name}.${f.name}`))
      for (const deeper of relatedFields.filter((f) => f.type === 'relationship' && typeof f.relationTo === 'string').slice(0, 2))
        paths.push(`${field.name}.${deeper.name}.id`)
    }
    if (field.type === 'group' || field.type === 'array')
      paths.push(...subFieldsOf(field).map((f) => `${field.name}.${f.name}`), `${field.name}.inconnu`)
  }
  return paths
}

/** The same query string, as Payload accepts it: in the address, or in a body with a method override. */
function queryRequest(who: string, base: string, query: string, r: ReturnType<typeof random>): Request {
  const way = r.pick(['url', 'url', 'form', 'form-http', 'json'] as const)
  if (way === 'url') return { who, method: 'GET', path: `${base}?${query}`, french: true }
  if (way === 'json')
    return {
      who,
      method: 'POST',
      path: base,
      body: JSON.stringify({ where: query }),
      headers: { 'content-type': 'application/json', 'x-payload-http-method-override': 'GET' },
    }
  const header = way === 'form' ? 'x-payload-http-method-override' : 'x-http-method-override'
  return {
    who,
    method: 'POST',
    path: base,
    body: query,
    headers: { 'content-type': 'application/x-www-form-urlencoded', [header]: 'GET' },
    french: true,
  }
}

const boundary = 'relais-fuzz'
const multipartPart = (name: string, value: string) => `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`
/** A body in each encoding Payload reads (JSON, multipart `_payload`) or does not (form-urlencoded), or a broken multipart one. */
function encodedBody(
  body: Record<string, unknown>,
  r: ReturnType<typeof random>,
  kind = r.pick(['json', 'json', 'multipart', 'broken', 'form'] as const),
): Pick<Request, 'body' | 'headers' | 'french'> {
  const json = JSON.stringify(body)
  switch (kind) {
    case 'json':
      return { body }
    case 'multipart':
      return {
        body: `${multipartPart('_payload', json)}--${boundary}--\r\n`,
        headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
      }
    case 'broken':
      return {
        body: r.pick([
          `${multipartPart('_payload', json.slice(0, 10))}--${boundary}--\r\n`,
          multipartPart('_payload', json),
          `--${boundary}\r\nContent-Disposition: form-data`,
        ]),
        headers: {
          'content-type': r.pick([`multipart/form-data; boundary=${boundary}`, 'multipart/form-data', 'multipart/mixed; boundary=x']),
        },
        french: true,
      }
    case 'form':
      return {
        body: new URLSearchParams(Object.entries(body).map(([k, v]) => [k, String(v)])).toString(),
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
      }
  }
}

/** Issue #17's classes: version routes, dotted paths, every encoding, Relais's own endpoints. */
function classesOf17(r: ReturnType<typeof random>, actors: string[]): Request[] {
  const list: Request[] = []
  for (const collection of payload.config.collections) {
    const fields = dataFields(collection.fields)
    const base = `/api/${collection.slug}`
    // Version routes, also where there are none; restoring only ever names a version that does not exist.
    list.push({
      who: r.pick(actors),
      method: 'GET',
      path: `${base}/versions?where[${r.pick(['version.title', 'parent', 'inconnu'])}][equals]=${r.pick(hostileValues)}`,
    })
    list.push({ who: r.pick(actors), method: 'GET', path: `${base}/versions/${encodeURIComponent(r.pick([...impossibleIds, '999999']))}` })
    list.push({
      who: r.pick(['anonymous', ...actors]),
      method: 'POST',
      path: `${base}/versions/${encodeURIComponent(r.pick([...impossibleIds, '999999']))}`,
    })
    // A `where` through relationships, groups and arrays, sent every way Payload reads a query.
    const paths = dottedPaths(fields)
    for (let i = 0; i < Math.min(4, paths.length); i++) {
      const path = r.pick(paths)
      const query = `where[${r.next() < 0.3 ? 'or][0][' : ''}${path}][${r.pick(operators)}]=${encodeURIComponent(r.pick(hostileValues))}`
      list.push(queryRequest(r.pick(actors), base, query, r))
    }
    // A bad body in each encoding, to create and to update.
    list.push({ who: r.pick(actors), method: 'POST', path: base, ...encodedBody(badBody(fields, r), r) })
    list.push({
      who: r.pick(actors),
      method: 'PATCH',
      path: `${base}/${encodeURIComponent(r.pick(impossibleIds))}`,
      ...encodedBody(badBody(fields, r), r),
    })
  }
  for (const global of payload.config.globals) {
    list.push({ who: r.pick(actors), method: 'GET', path: `/api/globals/${global.slug}/versions` })
    list.push({
      who: r.pick(['anonymous', ...actors]),
      method: 'POST',
      path: `/api/globals/${global.slug}/versions/${r.pick(impossibleIds)}`,
    })
  }
  // Every other endpoint (Relais's own, Payload's auth and upload routes), with impossible ids, hostile bodies in
  // every encoding and hostile query strings.
  const endpoints = [
    ...payload.config.collections.flatMap((c) =>
      (c.endpoints || [])
        .filter((e) => !everyCollectionsRoutes.has(e.path))
        .map((e) => ({ ...e, route: e.path, path: `/api/${c.slug}${e.path}` })),
    ),
    ...(payload.config.endpoints || []).map((e) => ({ ...e, route: e.path, path: `/api${e.path}` })),
  ]
  for (const endpoint of endpoints) {
    for (let i = 0; i < 3; i++) {
      const path = endpoint.path.replace(
        /\{?\/?:\w+\??\}?/g,
        (param) => `${param.includes('/') ? '/' : ''}${encodeURIComponent(r.pick(impossibleIds))}`,
      )
      const method = endpoint.method.toUpperCase()
      const who = sessionRoutes.includes(endpoint.route) ? 'anonymous' : r.pick(actors)
      const hostile = {
        [r.pick(['to', 'reason', 'q', 'decision', 'comment', 'email', 'token', 'inconnu'])]: r.pick(hostileStrings).slice(0, 2000),
      }
      if (method === 'GET')
        list.push({
          who,
          method,
          path: `${path}?${r.pick(['q', 'type', 'limit', 'where[id][equals]'])}=${encodeURIComponent(r.pick(hostileStrings).slice(0, 300))}`,
        })
      else list.push({ who, method, path, ...encodedBody(hostile, r) })
    }
  }
  // Payload's auth endpoints, anonymous, with broken multipart bodies.
  for (const route of ['login', 'forgot-password', 'reset-password', 'unlock', 'first-register'])
    list.push({
      who: 'anonymous',
      method: 'POST',
      path: `/api/users/${route}`,
      ...encodedBody({ email: r.pick(hostileStrings).slice(0, 200), password: 'x' }, r, 'broken'),
    })
  // GraphQL: internal errors that came back inside a 200.
  for (const query of [
    '{ Access { canAccessAdmin } }',
    '{ Users(where: { name: { like: "\\u0000" } }) { docs { id } } }',
    '{ AgendaItems(where: { meeting: { equals: "abc" } }) { docs { id } } }',
    '{ Meetings(where: { committee: { in: ["x"] } }) { docs { id } } }',
    '{ Userz { docs { id } } }',
  ])
    for (const who of actors) list.push({ who, method: 'POST', path: '/api/graphql', body: { query } })
  // Pages: form posts from another site, and multipart bodies Next cannot read.
  for (const page of ['/connexion', '/demande-de-compte', '/mot-de-passe-oublie', '/contrats', '/ma-commune', '/admin']) {
    const form = new FormData()
    form.set('email', 'x@y.ch')
    list.push({
      who: r.pick(actors),
      method: 'POST',
      path: page,
      body: form,
      headers: {
        origin: r.pick(['https://evil.example', 'null', 'pas une adresse']),
        ...(r.next() < 0.5 ? { 'next-action': 'a'.repeat(42) } : {}),
      },
      french: true,
    })
    list.push({
      who: 'anonymous',
      method: 'POST',
      path: page,
      body: `${multipartPart('email', 'x')}--${boundary.slice(0, 4)}`,
      headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
      french: true,
    })
  }
  return list
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
      list.push({
        who,
        method: 'PATCH',
        path: `${base}/${encodeURIComponent(r.pick([...impossibleIds, ...foreignIds]))}`,
        body: badBody(fields, r),
      })
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
    list.push({
      who: query.startsWith('mutation') ? 'member B' : who,
      method: 'POST',
      path: '/api/graphql',
      body: { query, variables: r.next() < 0.3 ? 'pas un objet' : undefined },
    })
  }
  // Intranet pages: hostile query strings and forged form posts (a server action id that does not exist).
  const pages = [
    '/carte',
    '/contrats',
    `/contrats/${fixture.contract}`,
    '/ma-commune',
    '/mesures',
    '/agenda',
    '/seances',
    '/recherche',
    '/guides',
    '/acteurs',
  ]
  for (let i = 0; i < 60; i++) {
    const page = r.pick(pages)
    list.push({
      who: r.pick(actors),
      method: 'GET',
      path: `${page}?${r.pick(['theme', 'commune', 'q', 'type', 'fait', 'mois'])}=${encodeURIComponent(r.pick(hostileStrings).slice(0, 500))}`,
    })
    const form = new FormData()
    form.set(r.pick(['provider', 'contract', 'commune', 'answer-1', 'subject']), r.pick(hostileStrings).slice(0, 1000))
    list.push({ who: r.pick(actors), method: 'POST', path: page, body: form })
  }
  for (const id of [...impossibleIds, String(fixture.contract)])
    list.push({ who: 'member B', method: 'GET', path: `/contrats/${encodeURIComponent(id)}` })
  list.push(...classesOf17(r, actors))
  return list
}

/** French, not Payload's or Node's English ("An unknown error occurred", "Something went wrong"). */
const french = (text: string) =>
  /[éèêàçù’«]|\b(le|la|les|des|du|une?|est|doit|pas|cette?|vous|aucun)\b/i.test(text) && !/unknown error|went wrong/i.test(text)

describe('1,000+ malformed and hostile requests', () => {
  it('answer no 5xx, change nothing and leak nothing', async () => {
    const before = await settledData(payload)
    const all = requests()
    expect(all.length).toBeGreaterThanOrEqual(1000)
    const problems: string[] = []
    const statuses = new Map<number, number>()
    const started = Date.now()
    for (const request of all) {
      const { status, json } = await as[request.who]!.request(request.method, request.path, request.body, request.headers)
      statuses.set(status, (statuses.get(status) ?? 0) + 1)
      const text = typeof json?.raw === 'string' ? json.raw : JSON.stringify(json ?? '')
      const label = `${request.who} ${request.method} ${request.path.slice(0, 120)}`
      if (status >= 500)
        problems.push(
          `${label} ${request.body instanceof FormData ? '' : JSON.stringify(request.body ?? '').slice(0, 100)} → ${status}: ${text.slice(0, 200)}`,
        )
      if (request.french && status >= 400 && !french(text))
        problems.push(`${label} ${JSON.stringify(request.headers ?? {})} → ${status} not in French: ${text.slice(0, 200)}`)
      if (request.path === '/api/graphql' && /"statusCode":5\d\d|Something went wrong|Did you mean/.test(text))
        problems.push(`${label} ${JSON.stringify(request.body).slice(0, 100)} → ${text.slice(0, 200)}`)
      if (/node_modules|\/work\/|at async |\.ts:\d+/.test(text)) problems.push(`${label} shows a stack trace`)
      if (request.who !== 'member A' && request.who !== 'validator A' && request.who !== 'coordinator') {
        const leaked = secretsOfA.filter((word) => text.includes(word) && !decodeURIComponent(request.path).includes(word))
        if (leaked.length)
          problems.push(`${label} ${JSON.stringify(request.body ?? '').slice(0, 100)} leaks ${leaked.join(', ')}: ${text.slice(0, 300)}`)
      }
    }
    console.log(
      `[fuzz] ${all.length} requests in ${Math.round((Date.now() - started) / 1000)} s: ${[...statuses]
        .sort(([a], [b]) => a - b)
        .map(([s, n]) => `${s}×${n}`)
        .join(', ')}`,
    )
    expect(problems).toEqual([])
    const after = await dataAtRest(payload)
    const changed = changedCollections(before, after)
    for (const slug of changed) console.log(`[fuzz] ${slug} changed:\n${rowDifferences(before.get(slug)!, after.get(slug)!)}`)
    expect(changed, 'no request changed any data').toEqual([])
  }, 240_000)
})
