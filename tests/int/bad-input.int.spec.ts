/** Bad input to /api/users gets a 4xx with a clear message, never a 500, and changes nothing. */
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { type Client, client, loginToken } from '../helpers/http'
import { bootPayload } from '../helpers/payload'
import { createPeople, PASSWORD, type People } from '../helpers/people'
import { type RunningServer, startServer } from '../helpers/server'

let payload: Payload
let server: RunningServer
let people: People
let coordinator: Client
let member: Client

const messagesOf = (json: any): string =>
  [json?.message, ...(json?.errors ?? []).flatMap((e: any) => [e.message, ...(e.data?.errors ?? []).map((d: any) => d.message)])]
    .filter(Boolean)
    .join(' | ')

const valid = () => ({ email: `new.${Math.random().toString(36).slice(2)}@test.local`, name: 'Nora Nouvelle', password: PASSWORD, roles: ['member'] })

beforeAll(async () => {
  let databaseUrl: string
  ;({ payload, databaseUrl } = await bootPayload())
  people = await createPeople(payload, 'bad')
  server = await startServer(databaseUrl)
  coordinator = client(server.url, await loginToken(server.url, people.coordinator.email, PASSWORD))
  member = client(server.url, await loginToken(server.url, people['member A'].email, PASSWORD))
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
    await expectRefusedWithoutChange(() => coordinator.request('POST', '/api/users', { ...valid(), isSuperUser: true }), /Champ inconnu : « isSuperUser »/)
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
    for (const query of ["where[email][equals]=' or 1=1 --", 'where[roles][in]=admin&depth=100', 'where[unknownField][equals]=1', 'limit=-5&page=abc', 'sort=;drop']) {
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
