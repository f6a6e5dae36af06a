/** Bad input to /api/users gets a 4xx with a clear message, never a 500, and changes nothing. */
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { dataAtRest, settledData } from '@tests/helpers/dataAtRest'
import { formIn, postForm } from '@tests/helpers/forms'
import { type Client, client, loginToken } from '@tests/helpers/http'
import { bootPayload } from '@tests/helpers/payload'
import { createPeople, PASSWORD, type People } from '@tests/helpers/people'
import { providerId } from '@tests/helpers/providers'
import { type RunningServer, startServer } from '@tests/helpers/server'

let payload: Payload
let server: RunningServer
let people: People
let coordinator: Client
let member: Client
let anonymous: Client

const messagesOf = (json: any): string =>
  [json?.message, ...(json?.errors ?? []).flatMap((e: any) => [e.message, ...(e.data?.errors ?? []).map((d: any) => d.message)])]
    .filter(Boolean)
    .join(' | ')

const valid = () => ({
  email: `new.${Math.random().toString(36).slice(2)}@test.local`,
  name: 'Nora Nouvelle',
  password: PASSWORD,
  roles: ['member'],
})

beforeAll(async () => {
  let databaseUrl: string
  ;({ payload, databaseUrl } = await bootPayload())
  people = await createPeople(payload, 'bad')
  server = await startServer(databaseUrl)
  coordinator = client(server.url, await loginToken(server.url, people.coordinator.email, PASSWORD))
  member = client(server.url, await loginToken(server.url, people['member A'].email, PASSWORD))
  anonymous = client(server.url, null)
})
afterAll(async () => {
  await server?.stop()
})

async function expectRefusedWithoutChange(send: () => Promise<{ status: number; json: any }>, message?: RegExp) {
  const before = await payload.find({ collection: 'users', limit: 0, pagination: false, depth: 0, sort: 'id' })
  const { status, json } = await send()
  expect(status, JSON.stringify(json)).toBeGreaterThanOrEqual(400)
  expect(status).toBeLessThan(500)
  expect(messagesOf(json), 'a message explains the refusal').not.toBe('')
  if (message) expect(messagesOf(json)).toMatch(message)
  const after = await payload.find({ collection: 'users', limit: 0, pagination: false, depth: 0, sort: 'id' })
  expect(after.docs).toEqual(before.docs)
}

describe('bad input to /api/users', () => {
  it('malformed JSON', async () => {
    await expectRefusedWithoutChange(() => coordinator.request('POST', '/api/users', '{"email": "x@test.local", '), /JSON/)
  })

  it('unknown fields, on create and on update', async () => {
    await expectRefusedWithoutChange(
      () => coordinator.request('POST', '/api/users', { ...valid(), isSuperUser: true }),
      /Champ inconnu : « isSuperUser »/,
    )
    await expectRefusedWithoutChange(
      () => member.request('PATCH', `/api/users/${people['member A'].id}`, { name: 'Anne', nickname: 'Nana' }),
      /Champ inconnu/,
    )
  })

  it.each([
    ['a number as name', { name: 12345 }],
    ['an object as name', { name: { $ne: null } }],
    ['an unknown role', { roles: ['superuser'] }],
    ['a role as a plain string', { roles: 'admin' }],
    ['a malformed e-mail', { email: 'pas-une-adresse' }],
    ['a number as e-mail', { email: 42 }],
    ['a commune id that is text', { commune: 'sion' }],
    ['a commune that does not exist', { commune: 999999 }],
    ['a 100,000-character name', { name: 'x'.repeat(100_000) }],
    ['a number as password', { password: 123456789012 }],
    ['a missing name', { name: undefined }],
  ])('%s', async (_label, override) => {
    await expectRefusedWithoutChange(() => coordinator.request('POST', '/api/users', { ...valid(), ...override }))
  })

  it('a body that is not an object', async () => {
    await expectRefusedWithoutChange(() => coordinator.request('POST', '/api/users', '[1, 2, 3]'))
    await expectRefusedWithoutChange(() => coordinator.request('POST', '/api/users', '"texte"'))
  })

  it('wrong ids are a 4xx, not a 500', async () => {
    for (const id of ['abc', '999999', "1' or '1'='1", '-1', '1.5', '0x10']) {
      const read = await coordinator.request('GET', `/api/users/${encodeURIComponent(id)}`)
      expect(read.status, `GET ${id}`).toBeGreaterThanOrEqual(400)
      expect(read.status, `GET ${id}`).toBeLessThan(500)
      await expectRefusedWithoutChange(() => coordinator.request('PATCH', `/api/users/${encodeURIComponent(id)}`, { name: 'X' }))
      await expectRefusedWithoutChange(() => coordinator.request('DELETE', `/api/users/${encodeURIComponent(id)}`))
    }
  })

  it('hostile query strings are answered without error and without leaking', async () => {
    for (const query of [
      "where[email][equals]=' or 1=1 --",
      'where[roles][in]=admin&depth=100',
      'where[unknownField][equals]=1',
      'limit=-5&page=abc',
      'sort=;drop',
    ]) {
      const { status, json } = await member.request('GET', `/api/users?${query}`)
      expect(status, query).toBeLessThan(500)
      for (const doc of json?.docs ?? []) expect(doc.id, query).toBe(people['member A'].id)
    }
  })

  it('a valid request still works (the checks above are not refusing everything)', async () => {
    const data = valid()
    const { status } = await coordinator.request('POST', '/api/users', data)
    expect(status).toBe(201)
    expect((await payload.count({ collection: 'users', where: { email: { equals: data.email } } })).totalDocs).toBe(1)
  })
})

/*
 * Issue 17, "no 5xx on hostile input": requests that each answered 500. Every one must get a 4xx with a French
 * message and change nothing; the same requests written correctly must still work.
 */

/** Every row of every collection, as one text: what a refused request must leave unchanged (tests/helpers/dataAtRest.ts). */
const asText = (data: Map<string, string>) => [...data].map(([slug, rows]) => `${slug}:${rows}`).join('\n')
const everything = async () => asText(await dataAtRest(payload))
const settled = async () => asText(await settledData(payload))

/** French, not Payload's or Node's English ("An unknown error occurred", "Something went wrong"). */
const french = (text: string) =>
  /[éèêàçù’«]|\b(le|la|les|des|du|une?|est|doit|pas|cette?|vous|aucun)\b/i.test(text) && !/unknown error|went wrong/i.test(text)

type Raw = { status: number; text: string; headers: Headers }
async function raw(
  method: string,
  path: string,
  init: { body?: BodyInit; headers?: Record<string, string>; token?: string } = {},
): Promise<Raw> {
  const headers: Record<string, string> = { ...init.headers }
  if (init.token) headers.authorization = `JWT ${init.token}`
  const response = await fetch(`${server.url}${path}`, { method, headers, body: init.body, redirect: 'manual' })
  return { status: response.status, text: await response.text(), headers: response.headers }
}

function expectFrench4xx({ status, text }: { status: number; text: string }, label: string) {
  expect(status, `${label}: ${text.slice(0, 300)}`).toBeGreaterThanOrEqual(400)
  expect(status, `${label}: ${text.slice(0, 300)}`).toBeLessThan(500)
  expect(french(text), `${label} explains in French: ${text.slice(0, 300)}`).toBe(true)
}

const multipart = (parts: string, boundary = 'relais-fuzz') => ({
  body: parts,
  headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
})
const part = (name: string, value: string, boundary = 'relais-fuzz') =>
  `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`
/** Bodies Payload's multipart reader cannot read, or whose `_payload` is not a JSON object. */
const malformedMultipart = [
  { label: 'cut short', ...multipart(`${part('email', 'a@b.ch')}--relais-fu`) },
  { label: 'no boundary', body: part('email', 'a@b.ch'), headers: { 'content-type': 'multipart/form-data' } },
  { label: 'no closing boundary', ...multipart('--relais-fuzz\r\nContent-Disposition: form-data; name="email"\r\n\r\na@b.ch') },
  { label: '_payload not JSON', ...multipart(`${part('_payload', '{"email": ')}--relais-fuzz--\r\n`) },
  { label: '_payload a list', ...multipart(`${part('_payload', '[1,2]')}--relais-fuzz--\r\n`) },
]

describe('hostile requests that answered 500 (issue 17)', () => {
  it('versions of collections and globals that have none, and impossible version ids', async () => {
    const token = await loginToken(server.url, people['member A'].email, PASSWORD)
    const before = await settled()
    const unversioned = payload.config.collections.filter((c) => !c.versions).map((c) => c.slug)
    expect(unversioned.length).toBeGreaterThan(10)
    for (const slug of unversioned) {
      expectFrench4xx(await raw('GET', `/api/${slug}/versions`, { token }), `GET ${slug}/versions`)
      expectFrench4xx(await raw('GET', `/api/${slug}/versions/1`, { token }), `GET ${slug}/versions/1`)
      expectFrench4xx(await raw('POST', `/api/${slug}/versions/1`), `anonymous POST ${slug}/versions/1`)
    }
    for (const global of payload.config.globals.filter((g) => !g.versions))
      expectFrench4xx(await raw('GET', `/api/globals/${global.slug}/versions`, { token }), `GET globals/${global.slug}/versions`)
    for (const slug of payload.config.collections.filter((c) => c.versions).map((c) => c.slug)) {
      expectFrench4xx(await raw('GET', `/api/${slug}/versions/abc`, { token }), `GET ${slug}/versions/abc`)
      expectFrench4xx(await raw('POST', `/api/${slug}/versions/abc`), `POST ${slug}/versions/abc`)
    }
    expect(await everything()).toBe(before)
    // Collections with versions still list them for those allowed to read them.
    expect((await coordinator.request('GET', '/api/guides/versions?limit=1')).status).toBe(200)
  })

  const dotted = [
    '/api/meetings?where[committee.id][equals]=abc',
    '/api/agenda-items?where[meeting.status][equals]=zzz',
    '/api/initiatives?where[communes.name][near]=1,2',
    '/api/users?where[commune.ofsNumber][greater_than]=douze',
    '/api/contracts?where[commune.district][like]=%00',
    '/api/agenda-items?where[meeting.committee.slug][in]=copil,pirate',
    '/api/agenda-items?where[meeting.inconnu][equals]=1',
    '/api/agenda-items?where[documents.url][near]=1,2',
    '/api/users?where[commune][equals][0]=1',
  ]

  it('a `where` on a path through a relationship, a group or an array is checked field by field', async () => {
    for (const path of dotted) {
      const response = await raw('GET', path, { token: await loginToken(server.url, people['member A'].email, PASSWORD) })
      expectFrench4xx(response, path)
    }
    // Valid dotted queries still run.
    for (const path of [
      '/api/agenda-items?where[meeting.status][equals]=convened',
      '/api/meetings?where[committee.slug][equals]=cotec',
      '/api/users?where[commune.ofsNumber][equals]=6266',
      '/api/meetings?where[committee.id][equals]=1',
    ]) {
      const { status, json } = await member.request('GET', path)
      expect(status, `${path}: ${JSON.stringify(json)}`).toBe(200)
    }
    const { json } = await member.request('GET', '/api/users?where[commune.ofsNumber][equals]=6266')
    expect(json.docs.map((d: { id: number }) => d.id)).toEqual([people['member A'].id])
  })

  it('the same hostile query in a body: method override with a form, JSON or a GraphQL argument', async () => {
    const token = await loginToken(server.url, people['member A'].email, PASSWORD)
    for (const header of ['x-payload-http-method-override', 'x-http-method-override']) {
      for (const path of dotted) {
        const [address, query] = path.split('?') as [string, string]
        const response = await raw('POST', address, {
          token,
          body: query,
          headers: { 'content-type': 'application/x-www-form-urlencoded', [header]: 'GET' },
        })
        expectFrench4xx(response, `${header} ${path}`)
      }
    }
    // The admin panel's own use of the override (relationship fields) still works, with the same answer as a GET.
    const query = `where[commune.ofsNumber][equals]=6266&depth=0`
    const viaOverride = await raw('POST', '/api/users', {
      token,
      body: query,
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-payload-http-method-override': 'GET' },
    })
    expect(viaOverride.status).toBe(200)
    expect(JSON.parse(viaOverride.text).docs).toEqual((await member.request('GET', `/api/users?${query}`)).json.docs)
    // GraphQL arguments reach the same check.
    for (const query of [
      '{ AgendaItems(where: { meeting: { equals: "abc" } }) { docs { id } } }',
      '{ Users(where: { name: { like: "\\u0000" } }) { docs { id } } }',
      '{ Meetings(where: { committee: { in: ["1", "x"] } }) { docs { id } } }',
      '{ AgendaItems(where: { OR: [{ title: { equals: "Point" } }, { meeting: { not_equals: "x" } }] }) { docs { id } } }',
    ]) {
      const { status, json } = await member.request('POST', '/api/graphql', { query })
      expect(status, query).toBeLessThan(500)
      const errors = json.errors ?? []
      expect(errors.length, `${query}: ${JSON.stringify(json)}`).toBeGreaterThan(0)
      for (const error of errors) {
        expect(error.extensions?.statusCode ?? 400, `${query}: ${JSON.stringify(error)}`).toBeLessThan(500)
        expect(french(error.message), `${query}: ${error.message}`).toBe(true)
      }
    }
  })

  it('a malformed multipart body, on Payload’s endpoints and on the pages’ forms', async () => {
    const token = await loginToken(server.url, people['member A'].email, PASSWORD)
    const before = await settled()
    const targets: [string, string, string?][] = [
      ['POST', '/api/users/login'],
      ['POST', '/api/users/forgot-password'],
      ['POST', '/api/graphql'],
      ['POST', '/api/contracts'],
      ['PATCH', `/api/users/${people['member A'].id}`, token],
      ['POST', '/connexion'],
      ['POST', '/demande-de-compte'],
      ['POST', '/mot-de-passe-oublie'],
    ]
    for (const [method, path, who] of targets)
      for (const body of malformedMultipart)
        expectFrench4xx(await raw(method, path, { ...body, token: who }), `${method} ${path} ${body.label}`)
    expect(await everything()).toBe(before)
    // A well-formed multipart login (as the admin panel sends it) still works.
    const login = await raw(
      'POST',
      '/api/users/login',
      multipart(`${part('_payload', JSON.stringify({ email: people['member A'].email, password: PASSWORD }))}--relais-fuzz--\r\n`),
    )
    expect(login.status, login.text).toBe(200)
  })

  it('a German visitor is refused in German, by the pages’ proxy and by the API (guard-language.int.spec.ts: more)', async () => {
    const fields = new FormData()
    fields.set('email', people['member A'].email)
    const page = await raw('POST', '/connexion', { body: fields, headers: { origin: 'https://evil.example', cookie: 'relais-locale=de' } })
    expect(page.status, page.text).toBe(403)
    expect(page.text).toBe('Dieses Formular muss aus Relais selbst gesendet werden.')
    const api = await raw('GET', '/api/faqs?limit=abc', { headers: { 'accept-language': 'de-CH,de;q=0.9' } })
    expect(api.status, api.text).toBe(400)
    expect(JSON.parse(api.text).errors[0].message).toBe('Der Parameter «limit» muss eine positive ganze Zahl sein.')
  })

  it('a cross-origin form post is a 403, a newline in the login’s `next` no 500', async () => {
    const page = await fetch(`${server.url}/connexion`).then((r) => r.text())
    const form = formIn(page, 'password')
    const fields = new FormData()
    fields.set('email', people['member A'].email)
    fields.set('password', PASSWORD)
    for (const origin of ['https://evil.example', 'null', 'pas une adresse']) {
      expectFrench4xx(await raw('POST', '/connexion', { body: fields, headers: { origin } }), `MPA post from ${origin}`)
      expectFrench4xx(
        await raw('POST', '/connexion', { body: fields, headers: { origin, 'next-action': 'a'.repeat(42) } }),
        `fetch action from ${origin}`,
      )
    }
    for (const next of ['/guides\r\nSet-Cookie: pirate=1', '/\n/evil.example', '/guides\u0000', '/a\u2028b']) {
      const response = await postForm(`${server.url}/connexion`, form, { email: people['member A'].email, password: PASSWORD, next })
      expect(response.status, `${JSON.stringify(next)}: ${response.html.slice(0, 200)}`).toBe(303)
      expect(response.location, JSON.stringify(next)).toMatch(/^\/(?![/\\])[\x21-\x7e]*$/)
      expect(response.setCookie.some((c) => c.startsWith('pirate'))).toBe(false)
      expect((await raw('GET', `/connexion?next=${encodeURIComponent(next)}`)).status).toBe(200)
    }
    // A same-origin login still works and goes where `next` says.
    const ok = await postForm(`${server.url}/connexion`, form, { email: people['member A'].email, password: PASSWORD, next: '/guides' })
    expect([ok.status, ok.location]).toEqual([303, '/guides'])
  })

  it('GraphQL: no internal error inside a 200, and no "Did you mean" hints in production', async () => {
    const anonymousAccess = await anonymous.request('POST', '/api/graphql', { query: '{ Access { canAccessAdmin } }' })
    expect(anonymousAccess.json.errors?.[0]?.extensions?.statusCode, JSON.stringify(anonymousAccess.json)).toBe(401)
    expect(french(anonymousAccess.json.errors[0].message)).toBe(true)
    const memberAccess = await member.request('POST', '/api/graphql', { query: '{ Access { canAccessAdmin } }' })
    expect(memberAccess.json, JSON.stringify(memberAccess.json)).toEqual({ data: { Access: { canAccessAdmin: false } } })
    const coordinatorAccess = await coordinator.request('POST', '/api/graphql', { query: '{ Access { canAccessAdmin } }' })
    expect(coordinatorAccess.json).toEqual({ data: { Access: { canAccessAdmin: true } } })
    for (const query of ['{ Userz { docs { id } } }', '{ Users(limt: 1) { docs { id } } }', '{ Users { docs { emial } } }']) {
      const { status, json } = await member.request('POST', '/api/graphql', { query })
      expect(status).toBeLessThan(500)
      expect(JSON.stringify(json), query).not.toMatch(/Did you mean/)
      expect(json.errors?.length, query).toBeGreaterThan(0)
    }
  })

  it('a word where a document id belongs, on every route of every collection that takes one', async () => {
    const token = await loginToken(server.url, people.coordinator.email, PASSWORD)
    const before = await settled()
    let routes = 0
    // The admin's preferences are addressed by key (`/:key`), which Payload matches before `/:id`.
    for (const collection of payload.config.collections.filter((c) => !(c.endpoints || []).some((e) => e.path === '/:key'))) {
      for (const endpoint of (collection.endpoints || []).filter((e) => e.path.startsWith('/:id'))) {
        routes++
        for (const id of ['null', 'abc', 'undefined', '-1']) {
          const path = `/api/${collection.slug}${endpoint.path.replace(':id', id)}`
          expectFrench4xx(
            await raw(endpoint.method.toUpperCase(), path, {
              token,
              body: endpoint.method === 'get' || endpoint.method === 'delete' ? undefined : '{}',
              headers: { 'content-type': 'application/json' },
            }),
            `${endpoint.method} ${path}`,
          )
        }
      }
    }
    expect(routes).toBeGreaterThan(30)
    expect(await everything()).toBe(before)
  })

  it('e-mail verification routes (off in Relais), and filters on fields the caller may not read', async () => {
    const token = await loginToken(server.url, people['member A'].email, PASSWORD)
    const before = await settled()
    for (const code of ['abc', '1', "' OR 1=1 --"])
      expectFrench4xx(await raw('POST', `/api/users/verify/${encodeURIComponent(code)}`), `verify ${code}`)
    for (const path of [
      '/api/users?where[totpSecret][equals]=x',
      '/api/users?where[resetPasswordToken][exists]=true',
      '/api/account-events?where[actor.totpSecret][equals]=x',
      '/api/users?sort=hash',
    ])
      expectFrench4xx(await raw('GET', path, { token }), path)
    expect(await everything()).toBe(before)
  })

  it('a guide poster with a hostile format or slug is a French 400 or 404, and changes nothing', async () => {
    const token = await loginToken(server.url, people['member A'].email, PASSWORD)
    const before = await everything()
    for (const format of ['A5', 'A4 A3', "A4' OR 1=1 --", '../A4', '%00', 'A4&format=A3', 'x'.repeat(5000)])
      expectFrench4xx(await raw('GET', `/guides/phishing/affiche.pdf?format=${encodeURIComponent(format)}`, { token }), `format ${format}`)
    for (const slug of ["' OR 1=1 --", '..%2F..%2Fetc%2Fpasswd', '%00', 'x'.repeat(500)])
      expectFrench4xx(await raw('GET', `/guides/${slug}/affiche.pdf`, { token }), `slug ${slug.slice(0, 40)}`)
    // The guide's own page, likewise (a NUL byte reached PostgreSQL, which answered 500).
    expectFrench4xx(await raw('GET', '/guides/%00', { token }), 'guide page %00')
    expect(await everything()).toBe(before)
  })

  it('a template download with a hostile slug is a French 400 or 404, and changes nothing', async () => {
    const token = await loginToken(server.url, people['member A'].email, PASSWORD)
    const before = await everything()
    for (const slug of ["' OR 1=1 --", '..%2F..%2Fetc%2Fpasswd', '%00', 'x'.repeat(500), 'Modele', 'modele-inconnu'])
      expectFrench4xx(await raw('GET', `/modeles/${slug}/telecharger`, { token }), `slug ${slug.slice(0, 40)}`)
    expect(await everything()).toBe(before)
  })

  it('an inventory line with hostile values, or another commune’s contract, is a French 400 and changes nothing', async () => {
    const token = await loginToken(server.url, people['validator A'].email, PASSWORD)
    const process = (await payload.find({ collection: 'processes', where: { key: { equals: 'salaires' } }, limit: 1 })).docs[0]!.id
    const contractB = (
      await payload.create({
        collection: 'contracts',
        data: {
          commune: people.communeB.id,
          provider: await providerId(payload, 'Hostile SA'),
          service: 'Contrat de B',
        },
      })
    ).id
    const json = { 'content-type': 'application/json' }
    const line = (fields: Record<string, unknown>) => JSON.stringify({ process, product: 'Produit hostile', ...fields })
    const before = await everything()
    for (const fields of [
      { rating: 9 },
      { rating: 'beaucoup' },
      { rating: 2.5 },
      { inUseSince: 1500 },
      { inUseSince: 'hier' },
      { inUseSince: 3000 },
      { hosting: 'lune' },
      { contract: contractB },
      { contract: 999999 },
      { product: '' },
      { product: 'x'.repeat(500) },
      { comment: 'x'.repeat(5000) },
    ])
      expectFrench4xx(
        await raw('POST', '/api/commune-tools', { token, headers: json, body: line(fields) }),
        JSON.stringify(fields).slice(0, 60),
      )
    for (const key of ["' OR 1=1 --", '..%2F..%2Fetc%2Fpasswd', '%00', 'x'.repeat(500), 'Majuscules', 'produit-inconnu'])
      expectFrench4xx(await raw('GET', `/qui-utilise-quoi/produit/${key}`, { token }), `product ${key.slice(0, 40)}`)
    expect(await everything()).toBe(before)
    expect((await payload.count({ collection: 'commune-tools', where: { product: { equals: 'Produit hostile' } } })).totalDocs).toBe(0)
  })

  it('a body in an encoding Payload does not read (form, plain text) is a 415 on every collection, its own included', async () => {
    const token = await loginToken(server.url, people.coordinator.email, PASSWORD)
    const before = await everything()
    const bodies = [
      ['application/x-www-form-urlencoded', 'document=%5Bobject+Object%5D&name=x'],
      ['text/plain', '{"name":"x"}'],
      ['application/xml', '<name>x</name>'],
    ] as const
    for (const slug of payload.config.collections.map((c) => c.slug))
      for (const [type, body] of bodies) {
        const response = await raw('POST', `/api/${slug}`, { token, body, headers: { 'content-type': type } })
        expectFrench4xx(response, `POST ${slug} as ${type}`)
        // (The bare payload-preferences collection is refused earlier, 404: the admin writes its preferences by key.)
        if (slug !== 'payload-preferences') expect(response.status, `POST ${slug} as ${type}`).toBe(415)
      }
    expect(await everything()).toBe(before)
    // A form body with a method override is still a query.
    expect(
      (
        await raw('POST', '/api/faqs', {
          token,
          body: 'limit=1',
          headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-payload-http-method-override': 'GET' },
        })
      ).status,
    ).toBe(200)
  })

  it('a file name that is no upload is a 404, not looked for on the disk (which answered 500)', async () => {
    const token = await loginToken(server.url, people['member B'].email, PASSWORD)
    for (const name of ['abc', '0x10', 'affiche.png', 'x'.repeat(300), '%00']) {
      const response = await raw('GET', `/api/media/file/${name}`, { token })
      expectFrench4xx(response, `GET media/file/${name}`)
      if (name !== '%00') expect(response.status, name).toBe(404)
    }
    expect((await raw('GET', '/api/media/file/abc')).status).toBeGreaterThanOrEqual(400)
  })

  it('found by the fuzz (issue 25): a list given to « contains » on a relationship, a nul character in a login body', async () => {
    const token = await loginToken(server.url, people['member B'].email, PASSWORD)
    for (const path of [
      '/api/watch-items?where[guides.attachments][contains]=1%2C2',
      '/api/agenda-items?where[or][0][priorityChange.measure][contains]=1%2C2',
    ]) {
      const response = await raw('GET', path, { token })
      expectFrench4xx(response, path)
      expect(response.status, path).toBe(400)
    }
    const nulEmail = JSON.stringify({ email: '\u0000@test.local', password: PASSWORD })
    const form = new FormData()
    form.append('_payload', nulEmail)
    for (const init of [{ body: form }, { body: nulEmail, headers: { 'content-type': 'application/json' } }]) {
      const response = await raw('POST', '/api/users/login', init)
      expectFrench4xx(response, 'POST /api/users/login with a nul character')
      expect(response.status).toBe(400)
    }
  })

  it('src/payloadGuard/requestChecks.ts: Payload’s own collections by id, preferences by key, NUL bytes, paging, routes it lacks', async () => {
    const token = await loginToken(server.url, people.admin.email, PASSWORD)
    const before = await settled()
    for (const path of ['/api/payload-locked-documents/abc', '/api/payload-jobs/abc', '/api/payload-migrations/abc'])
      expectFrench4xx(await raw('GET', path, { token }), path)
    expect((await raw('GET', '/api/payload-locked-documents/abc', { token })).status).toBe(404)
    expectFrench4xx(
      await raw('POST', '/api/payload-preferences', { token, body: '{}', headers: { 'content-type': 'application/json' } }),
      'bare preferences write',
    )
    const missingKey = await raw('DELETE', '/api/payload-preferences/aucune-preference-de-ce-nom', { token })
    expect(missingKey.status, missingKey.text).toBeLessThan(500)
    expectFrench4xx(await raw('GET', '/api/faqs/%00', { token }), 'NUL byte in the address')
    for (const query of ['limit=-5', 'page=0', 'depth=abc'])
      expect((await raw('GET', `/api/faqs?${query}`, { token })).text).toContain('doit être un nombre entier positif')
    expectFrench4xx(await raw('GET', '/api/payload-migrations', { token }), 'a route Payload does not have')
    expect(await everything()).toBe(before)
  })

  it('GET /api/access: the permission map for logged-in users only', async () => {
    expectFrench4xx(await raw('GET', '/api/access'), 'anonymous')
    expect((await raw('GET', '/api/access', { headers: { 'x-payload-http-method-override': 'GET' } })).status).toBe(401)
    expect((await raw('GET', '/api/access', { headers: { authorization: 'JWT pas-un-jeton' } })).status).toBe(401)
    const { status, json } = await member.request('GET', '/api/access')
    expect(status).toBe(200)
    expect(json.collections).toBeTruthy()
  })

  it('deleting a cancelled meeting is refused; a planned one goes with its draft agenda', async () => {
    const committee = (await payload.find({ collection: 'committees', where: { slug: { equals: 'cotec' } }, limit: 1 })).docs[0]!
    const meetingWithItem = async (status: string) => {
      const meeting = await payload.create({
        collection: 'meetings',
        data: {
          committee: committee.id,
          title: `Séance ${status}`,
          startsAt: '2027-03-01T08:00:00.000Z',
          durationMinutes: 60,
          status,
        } as never,
        context: { meetingTransition: true },
      })
      await payload.create({
        collection: 'agenda-items',
        data: { meeting: meeting.id, title: 'Point', durationMinutes: 10 } as never,
        context: { meetingTransition: true },
      })
      return meeting.id
    }
    for (const status of ['cancelled', 'approved', 'held', 'convened']) {
      const id = await meetingWithItem(status)
      const before = await everything()
      const { status: answer, json } = await coordinator.request('DELETE', `/api/meetings/${id}`)
      expect(answer, `${status}: ${JSON.stringify(json)}`).toBe(409)
      expect(french(messagesOf(json))).toBe(true)
      expect(await everything()).toBe(before)
    }
    const planned = await meetingWithItem('planned')
    expect((await coordinator.request('DELETE', `/api/meetings/${planned}`)).status).toBe(200)
    expect((await payload.count({ collection: 'agenda-items', where: { meeting: { equals: planned } } })).totalDocs).toBe(0)
  })
})
