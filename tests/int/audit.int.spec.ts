/**
 * The audit trail (issue 17) over real HTTP against the production build: each audited act writes exactly the
 * expected row (actor and their roles, action, target, field-level before → after, commune), nobody can write,
 * change or delete a row through REST or GraphQL (nor through SQL, except the retention job), readers see only
 * what they may, and the row shares the transaction of the change it records.
 */
import type { Payload } from 'payload'
import type { Pool } from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { readable } from '@/audit/list'
import { purgeAuditTrail } from '@/audit/retention'
import { sourceAddressOf } from '@/audit/sourceAddress'
import { poolOf } from '@/db/pool'
import { priorities } from '@/measures/vocabulary'
import { type Client, client, loginToken } from '@tests/helpers/http'
import { bootPayload } from '@tests/helpers/payload'
import { createPeople, createUser, PASSWORD, type People, type Person } from '@tests/helpers/people'
import { providerId } from '@tests/helpers/providers'
import { type RunningServer, startServer } from '@tests/helpers/server'

type Row = {
  id: number
  action: string
  actor_id: number | null
  actor_name: string | null
  actor_roles: string | null
  target_collection: string
  target_id: string | null
  target_label: string | null
  commune_id: number | null
  changes: { field: string; before: unknown; after: unknown }[] | null
  detail: Record<string, unknown> | null
  source_address: string | null
}

let payload: Payload
let pool: Pool
let server: RunningServer
let people: People
const as: Record<string, Client> = {}
const tokens: Record<string, string> = {}
let sequence = 0
const unique = () => `${Date.now().toString(36)}${(sequence++).toString(36)}`

/** The rows written since `after` (an audit id), oldest first, read in SQL: what is really stored. */
const rowsSince = async (after: number, where = 'true', values: unknown[] = []) =>
  (await pool.query<Row>(`select * from audit_events where id > $1 and (${where}) order by id`, [after, ...values])).rows
const lastId = async () => Number((await pool.query('select coalesce(max(id), 0) as id from audit_events')).rows[0].id)
const count = async () => Number((await pool.query('select count(*)::int as n from audit_events')).rows[0].n)
const changesOf = (row: Row) => Object.fromEntries((row.changes ?? []).map((c) => [c.field, [c.before, c.after]]))

async function employee(commune: number, key: string): Promise<Person> {
  return createUser(payload, { email: `audit.${key}.${unique()}@test.local`, name: `Employé ${key}`, roles: ['member'], commune })
}

beforeAll(async () => {
  const booted = await bootPayload()
  payload = booted.payload
  pool = poolOf(payload)
  people = await createPeople(payload, 'audit')
  // As behind the reverse proxy of a deployment: the address it forwards is the one recorded (src/net/forwarded.ts).
  server = await startServer(booted.databaseUrl, { RELAIS_TRUSTED_PROXIES: '127.0.0.1' })
  for (const name of ['member A', 'validator A', 'cotec', 'copil', 'coordinator', 'admin'] as const) {
    tokens[name] = await loginToken(server.url, people[name].email, PASSWORD)
    as[name] = client(server.url, tokens[name])
  }
  as.anonymous = client(server.url, null)
}, 180_000)

afterAll(async () => {
  await server?.stop()
})

describe('each audited act writes exactly the expected row', () => {
  it('roles and commune of an account, by a coordinator', async () => {
    const target = await employee(people.communeA.id, 'roles')
    const since = await lastId()
    const { status } = await as.coordinator.request('PATCH', `/api/users/${target.id}`, {
      roles: ['member', 'cotec'],
      commune: people.communeB.id,
    })
    expect(status).toBe(200)
    const rows = await rowsSince(since)
    expect(rows).toHaveLength(1)
    const [row] = rows as [Row]
    expect(row).toMatchObject({
      action: 'account-changed',
      actor_id: people.coordinator.id,
      actor_roles: 'coordinator',
      target_collection: 'users',
      target_id: String(target.id),
      commune_id: people.communeB.id,
    })
    expect(row.actor_name).toContain(people.coordinator.email)
    expect(row.target_label).toContain(target.email)
    expect(changesOf(row)).toEqual({ roles: [['member'], ['member', 'cotec']], commune: [people.communeA.id, people.communeB.id] })
  })

  it('a password reset link, asked anonymously or by someone logged in; never the token', async () => {
    for (const [who, actor] of [
      ['anonymous', null],
      ['validator A', people['validator A']],
    ] as const) {
      const target = await employee(people.communeA.id, 'reset')
      const since = await lastId()
      const { status } = await as[who]!.request('POST', '/api/users/forgot-password', { email: target.email })
      expect(status).toBe(200)
      const rows = await rowsSince(since)
      expect(rows.map((r) => r.action)).toEqual(['password-reset-sent'])
      expect(rows[0]).toMatchObject({
        actor_id: actor?.id ?? null,
        target_collection: 'users',
        target_id: String(target.id),
        commune_id: people.communeA.id,
      })
      const token = (await pool.query('select reset_password_token from users where id = $1', [target.id])).rows[0].reset_password_token
      expect(token).toBeTruthy()
      expect(JSON.stringify(rows[0])).not.toContain(token)
    }
    // « Envoyer un lien » on /ma-commune/comptes (and its endpoint): the row names the secretary who sent it.
    const target = await employee(people.communeA.id, 'reset-link')
    const before = await lastId()
    expect((await as['validator A']!.request('POST', `/api/users/${target.id}/reset-link`)).status).toBe(200)
    expect((await rowsSince(before)).map((r) => [r.action, r.actor_id, r.target_id])).toEqual([
      ['password-reset-sent', people['validator A'].id, String(target.id)],
    ])
    // An unknown address: nothing to record, and the answer is the same.
    const since = await lastId()
    expect((await as.anonymous.request('POST', '/api/users/forgot-password', { email: `personne.${unique()}@test.local` })).status).toBe(
      200,
    )
    expect(await rowsSince(since)).toEqual([])
  })

  it('a second factor reset by an administrator; never the secret', async () => {
    const target = await createUser(payload, {
      email: `audit.totp.${unique()}@test.local`,
      name: 'Coordination Deux',
      roles: ['coordinator'],
    })
    await pool.query(`update users set totp_enabled = true, totp_secret = 'SEALED-SECRET-XYZ' where id = $1`, [target.id])
    const since = await lastId()
    const { status } = await as.admin.request('PATCH', `/api/users/${target.id}`, { totpEnabled: false })
    expect(status).toBe(200)
    const rows = await rowsSince(since)
    expect(rows).toHaveLength(1)
    expect(rows[0]).toMatchObject({
      action: 'second-factor-reset',
      actor_id: people.admin.id,
      actor_roles: 'admin',
      target_id: String(target.id),
    })
    expect(changesOf(rows[0]!)).toEqual({ totpEnabled: [true, false] })
    expect(JSON.stringify(rows[0])).not.toMatch(/SEALED|secret/i)
  })

  it('an account disabled, then enabled again, by the commune’s validator', async () => {
    const target = await employee(people.communeA.id, 'disable')
    let since = await lastId()
    expect((await as['validator A']!.request('PATCH', `/api/users/${target.id}`, { disabled: true })).status).toBe(200)
    let rows = await rowsSince(since)
    expect(rows).toHaveLength(1)
    expect(rows[0]).toMatchObject({
      action: 'account-disabled',
      actor_id: people['validator A'].id,
      actor_roles: 'member',
      commune_id: people.communeA.id,
    })
    expect(changesOf(rows[0]!)).toEqual({ disabled: [false, true] })
    since = await lastId()
    expect((await as['validator A']!.request('PATCH', `/api/users/${target.id}`, { disabled: false })).status).toBe(200)
    rows = await rowsSince(since)
    expect(rows.map((r) => [r.action, changesOf(r)])).toEqual([['account-enabled', { disabled: [true, false] }]])
  })

  it('a save that changes nothing that matters writes nothing', async () => {
    const target = await employee(people.communeA.id, 'noop')
    const since = await lastId()
    expect((await as.coordinator.request('PATCH', `/api/users/${target.id}`, { roles: ['member'] })).status).toBe(200)
    await loginToken(server.url, target.email, PASSWORD)
    expect(await rowsSince(since)).toEqual([])
  })

  it('an export download: which file, which filters, from which address', async () => {
    const since = await lastId()
    const response = await fetch(`${server.url}/mesures/export?format=csv&axe=1&priorite=A`, {
      headers: { authorization: `JWT ${tokens['member A']}`, 'x-forwarded-for': '203.0.113.50, 198.51.100.7' },
    })
    expect(response.status).toBe(200)
    await response.text()
    const rows = await rowsSince(since)
    expect(rows).toHaveLength(1)
    const day = new Date().toISOString().slice(0, 10)
    expect(rows[0]).toMatchObject({
      action: 'export-downloaded',
      actor_id: people['member A'].id,
      target_collection: 'exports',
      target_label: `mesures-${day}.csv`,
      commune_id: null,
      source_address: '198.51.100.7',
      detail: { file: `mesures-${day}.csv`, filters: { format: 'csv', axe: '1', priorite: 'A' } },
    })
    // One commune's data: the row belongs to that commune, so that its validator sees it.
    const before = await lastId()
    const requests = await fetch(`${server.url}/ma-commune/demandes/export?etat=all`, {
      headers: { authorization: `JWT ${tokens['validator A']}` },
    })
    expect(requests.status).toBe(200)
    await requests.text()
    expect((await rowsSince(before)).map((r) => [r.action, r.target_label, r.commune_id, r.detail])).toEqual([
      [
        'export-downloaded',
        `demandes-de-compte-${day}.csv`,
        people.communeA.id,
        { file: `demandes-de-compte-${day}.csv`, filters: { etat: 'all' } },
      ],
    ])
  })

  it('a refused export leaves no row', async () => {
    const since = await lastId()
    const response = await fetch(`${server.url}/guides/suivi/export`, { headers: { authorization: `JWT ${tokens['member A']}` } })
    expect(response.status).toBe(403)
    expect(await rowsSince(since)).toEqual([])
  })

  it('a contract written, changed and deleted by the commune’s validator', async () => {
    const service = `Messagerie ${unique()}`
    // The providers exist first: creating one is a row of its own.
    const [first, other] = [await providerId(payload, 'Prestataire SA'), await providerId(payload, 'Autre SA')]
    let since = await lastId()
    const created = await as['validator A']!.request('POST', '/api/contracts', {
      provider: first,
      service,
      noticeMonths: 3,
    })
    expect(created.status).toBe(201)
    const id = created.json.doc.id
    let rows = await rowsSince(since)
    expect(rows).toHaveLength(1)
    expect(rows[0]).toMatchObject({
      action: 'record-created',
      actor_id: people['validator A'].id,
      target_collection: 'contracts',
      target_id: String(id),
      commune_id: people.communeA.id,
    })
    expect(rows[0]!.target_label).toContain(service)
    expect(changesOf(rows[0]!)).toMatchObject({
      provider: [null, 'Prestataire SA'],
      service: [null, service],
      noticeMonths: [null, 3],
      commune: [null, people.communeA.id],
    })

    since = await lastId()
    expect((await as['validator A']!.request('PATCH', `/api/contracts/${id}`, { provider: other })).status).toBe(200)
    rows = await rowsSince(since)
    expect(rows.map((r) => [r.action, changesOf(r)])).toEqual([['record-updated', { provider: ['Prestataire SA', 'Autre SA'] }]])

    since = await lastId()
    expect((await as['validator A']!.request('DELETE', `/api/contracts/${id}`)).status).toBe(200)
    rows = await rowsSince(since)
    expect(rows).toHaveLength(1)
    expect(rows[0]).toMatchObject({ action: 'record-deleted', target_id: String(id), commune_id: people.communeA.id })
    expect(changesOf(rows[0]!)).toMatchObject({ provider: ['Autre SA', null], service: [service, null] })
  })

  it('a register entry (decision log) written and deleted', async () => {
    let since = await lastId()
    const subject = `Logiciel ${unique()}`
    const created = await as['validator A']!.request('POST', '/api/digital-decisions', {
      decidedOn: '2026-11-02',
      subject,
      reason: 'Remplace un outil obsolète.',
      risks: 'Dépendance au fournisseur.',
      decidedBy: 'executif',
    })
    expect(created.status).toBe(201)
    const id = created.json.doc.id
    let rows = await rowsSince(since)
    expect(rows.map((r) => [r.action, r.target_collection, r.target_id, r.commune_id, r.actor_id])).toEqual([
      ['record-created', 'digital-decisions', String(id), people.communeA.id, people['validator A'].id],
    ])
    expect(changesOf(rows[0]!)).toMatchObject({ subject: [null, subject], decidedBy: [null, 'executif'] })
    since = await lastId()
    expect((await as.coordinator.request('DELETE', `/api/digital-decisions/${id}`)).status).toBe(200)
    rows = await rowsSince(since)
    expect(rows.map((r) => [r.action, r.actor_id, r.actor_roles])).toEqual([['record-deleted', people.coordinator.id, 'coordinator']])
  })

  it('a priority decision by the Comité', async () => {
    const measure = (await payload.find({ collection: 'measures', where: { number: { equals: 7 } }, depth: 0 })).docs[0]!
    const toPriority = priorities.find((p) => p !== measure.priority)!
    const proposal = await as.cotec!.request('POST', '/api/priority-changes', {
      measure: measure.id,
      toPriority,
      rationale: 'Le contexte a changé depuis 2022.',
    })
    expect(proposal.status).toBe(201)
    const since = await lastId()
    const { status } = await as.copil!.request('POST', `/api/priority-changes/${proposal.json.doc.id}/decision`, {
      decision: 'approved',
      comment: 'Validé en séance.',
    })
    expect(status).toBe(200)
    const rows = await rowsSince(since)
    expect(rows).toHaveLength(1)
    expect(rows[0]).toMatchObject({
      action: 'priority-decided',
      actor_id: people.copil.id,
      actor_roles: 'copil, member',
      target_collection: 'priority-changes',
      target_id: String(proposal.json.doc.id),
      commune_id: null,
      detail: { measure: 7, fromPriority: measure.priority, toPriority },
    })
    expect(changesOf(rows[0]!)).toEqual({ status: ['pending', 'approved'], decisionComment: [null, 'Validé en séance.'] })
  })

  it('a meeting status change', async () => {
    const meeting = await fixtureMeeting()
    const since = await lastId()
    const { status } = await as.coordinator.request('POST', `/api/meetings/${meeting}/transition`, {
      to: 'cancelled',
      reason: 'Quorum impossible.',
    })
    expect(status).toBe(200)
    const rows = await rowsSince(since)
    expect(rows).toHaveLength(1)
    expect(rows[0]).toMatchObject({
      action: 'meeting-status-changed',
      actor_id: people.coordinator.id,
      target_collection: 'meetings',
      target_id: String(meeting),
    })
    expect(changesOf(rows[0]!)).toEqual({ status: ['planned', 'cancelled'], cancellationReason: [null, 'Quorum impossible.'] })
  })
})

describe('nobody writes, changes or deletes a row through the API', () => {
  let rowId: number
  beforeAll(async () => {
    rowId = await lastId()
    expect(rowId).toBeGreaterThan(0)
  })
  const snapshot = async () => JSON.stringify((await pool.query('select * from audit_events order by id')).rows)

  it.each(['admin', 'coordinator', 'validator A', 'member A', 'anonymous'])('REST, as %s', async (who) => {
    const before = await snapshot()
    const c = as[who]!
    const answers = [
      await c.request('POST', '/api/audit-events', { action: 'account-changed', targetCollection: 'users', targetLabel: 'faux' }),
      await c.request('PATCH', `/api/audit-events/${rowId}`, { targetLabel: 'effacé' }),
      await c.request('PATCH', `/api/audit-events?where[id][equals]=${rowId}`, { targetLabel: 'effacé' }),
      await c.request('DELETE', `/api/audit-events/${rowId}`),
      await c.request('DELETE', `/api/audit-events?where[id][exists]=true`),
    ]
    for (const answer of answers) {
      expect(answer.status).toBeGreaterThanOrEqual(400)
      expect(answer.status).toBeLessThan(500)
    }
    expect(await snapshot()).toBe(before)
  })

  it.each(['admin', 'coordinator', 'validator A'])('GraphQL, as %s', async (who) => {
    const before = await snapshot()
    for (const query of [
      `mutation { createAuditEvent(data: { action: account_changed, targetCollection: users, targetLabel: "faux" }) { id } }`,
      `mutation { updateAuditEvent(id: ${rowId}, data: { targetLabel: "effacé" }) { id } }`,
      `mutation { deleteAuditEvent(id: ${rowId}) { id } }`,
    ]) {
      const { status, json } = await as[who]!.request('POST', '/api/graphql', { query })
      expect(status).toBeLessThan(500)
      // Refused by access rules, not by a malformed query.
      expect(json.errors?.[0]?.message, query).toMatch(/not allowed|autorisé/i)
    }
    expect(await snapshot()).toBe(before)
  })

  it('PostgreSQL itself refuses UPDATE and DELETE; deleting the actor only forgets the link', async () => {
    await expect(pool.query('update audit_events set target_label = $1 where id = $2', ['effacé', rowId])).rejects.toThrow(/append-only/)
    await expect(pool.query('delete from audit_events where id = $1', [rowId])).rejects.toThrow(/append-only/)
    // A cutoff set by hand does not open fresh rows either.
    const client = await pool.connect()
    try {
      await client.query('begin')
      await client.query(`select set_config('relais.audit_retention', $1, true)`, [new Date(Date.now() + 86_400_000).toISOString()])
      await expect(client.query('delete from audit_events where id = $1', [rowId])).rejects.toThrow(/append-only/)
    } finally {
      await client.query('rollback')
      client.release()
    }
    // Someone who acted, then whose account is deleted: the row stays, with their name as it was.
    const actor = await createUser(payload, { email: `audit.gone.${unique()}@test.local`, name: 'Partie Bientôt', roles: ['coordinator'] })
    const target = await employee(people.communeA.id, 'gone')
    const token = await loginToken(server.url, actor.email, PASSWORD)
    const since = await lastId()
    expect((await client_(token).request('PATCH', `/api/users/${target.id}`, { communeReferent: true })).status).toBe(200)
    const [row] = await rowsSince(since)
    expect((await as.admin.request('DELETE', `/api/users/${actor.id}`)).status).toBe(200)
    const after = (await pool.query<Row>('select * from audit_events where id = $1', [row!.id])).rows[0]!
    expect(after).toMatchObject({ actor_id: null, actor_name: row!.actor_name, action: 'account-changed' })
    const deletion = await rowsSince(row!.id, `action = 'account-deleted'`)
    expect(deletion.map((r) => [r.target_id, r.actor_id])).toEqual([[String(actor.id), people.admin.id]])
  })

  it('an administrator deleting their own account: deleted, and the row keeps their name', async () => {
    const admin = await createUser(payload, { email: `audit.self.${unique()}@test.local`, name: 'Admin Sortant', roles: ['admin'] })
    const own = client_(await loginToken(server.url, admin.email, PASSWORD))
    const since = await lastId()
    expect((await own.request('DELETE', `/api/users/${admin.id}`)).status).toBe(200)
    expect((await pool.query('select 1 from users where id = $1', [admin.id])).rowCount).toBe(0)
    const rows = await rowsSince(since)
    expect(rows.map((r) => [r.action, r.target_id, r.actor_id, r.actor_roles])).toEqual([
      ['account-deleted', String(admin.id), null, 'admin'],
    ])
    expect(rows[0]!.actor_name).toContain(admin.email)
  })

  it('the retention job removes rows past the retention period only', async () => {
    const old = await pool.query<{ id: number }>(
      `insert into audit_events (action, target_collection, target_label, created_at, updated_at) values ('record-created', 'contracts', 'Ancien', now() - interval '11 years', now() - interval '11 years') returning id`,
    )
    const total = await count()
    expect(await purgeAuditTrail(payload)).toEqual({ deleted: 1 })
    expect(await count()).toBe(total - 1)
    expect((await pool.query('select 1 from audit_events where id = $1', [old.rows[0]!.id])).rowCount).toBe(0)
  })
})

describe('who reads the trail', () => {
  it('validator A sees commune A’s rows only, without source addresses; a member sees none', async () => {
    const { status, json } = await as['validator A']!.request('GET', '/api/audit-events?limit=0&depth=0')
    expect(status).toBe(200)
    expect(json.docs.length).toBeGreaterThan(3)
    expect(new Set(json.docs.map((d: { commune: number }) => d.commune))).toEqual(new Set([people.communeA.id]))
    expect(json.docs.every((d: Record<string, unknown>) => !('sourceAddress' in d))).toBe(true)
    const inSql = Number(
      (await pool.query('select count(*)::int as n from audit_events where commune_id = $1', [people.communeA.id])).rows[0].n,
    )
    expect(json.docs.length).toBe(inSql)

    const member = await as['member A']!.request('GET', '/api/audit-events')
    expect(member.status).toBe(403)
    const graphql = await as['member A']!.request('POST', '/api/graphql', { query: '{ AuditEvents { docs { id } } }' })
    expect(graphql.json.data?.AuditEvents?.docs ?? []).toEqual([])
    expect((await as.anonymous.request('GET', '/api/audit-events')).status).toBe(403)
  })

  it('coordinators read every row without addresses; administrators with them', async () => {
    const total = await count()
    const coordinator = await as.coordinator.request('GET', '/api/audit-events?limit=0&depth=0')
    expect(coordinator.json.totalDocs).toBe(total)
    expect(coordinator.json.docs.some((d: Record<string, unknown>) => 'sourceAddress' in d)).toBe(false)
    const admin = await as.admin.request('GET', '/api/audit-events?limit=0&depth=0')
    expect(admin.json.totalDocs).toBe(total)
    expect(admin.json.docs.some((d: { sourceAddress?: string }) => d.sourceAddress === '198.51.100.7')).toBe(true)
  })

  it('/ma-commune/journal: filters, the validator’s commune only, CSV export itself audited', async () => {
    const page = async (path: string, who: string) => {
      const response = await fetch(`${server.url}${path}`, {
        headers: { cookie: `payload-token=${tokens[who]}`, 'sec-fetch-site': 'none' },
        redirect: 'manual',
      })
      return { status: response.status, body: await response.text(), type: response.headers.get('content-type') }
    }
    const validator = await page('/ma-commune/journal?action=account-disabled', 'validator A')
    expect(validator.status).toBe(200)
    expect(validator.body).toContain('Journal d’audit')
    expect(validator.body).toContain('Compte désactivé')
    const shown = [...validator.body.matchAll(/data-audit="(\d+)"/g)].map((m) => Number(m[1]))
    expect(shown.length).toBeGreaterThan(0)
    const communes = (await pool.query('select distinct commune_id, action from audit_events where id = any($1)', [shown])).rows
    expect(communes).toEqual([{ commune_id: people.communeA.id, action: 'account-disabled' }])
    expect((await page('/ma-commune/journal', 'member A')).status).toBe(403) // reserved to other roles: the French « Vous n’avez pas accès »
    expect((await page('/ma-commune', 'validator A')).body).toContain('href="/ma-commune/journal"')

    const since = await lastId()
    const csv = await page('/ma-commune/journal/export?type=contracts', 'validator A')
    expect(csv.status).toBe(200)
    expect(csv.type).toContain('text/csv')
    const lines = csv.body.trim().split('\r\n')
    expect(lines[0]).toContain('Changements')
    expect(lines.length).toBeGreaterThan(1)
    expect(lines.slice(1).every((line) => line.includes('Contrats') && line.includes(people.communeA.name))).toBe(true)
    const rows = await rowsSince(since)
    expect(rows.map((r) => [r.action, r.actor_id, r.commune_id, (r.detail as { filters: unknown }).filters])).toEqual([
      ['export-downloaded', people['validator A'].id, people.communeA.id, { type: 'contracts' }],
    ])
    expect((await page('/ma-commune/journal/export', 'member A')).status).toBe(403)
  })

  it('shows stored dates as a person reads them: a day without a time, an instant in Zurich time', () => {
    const communes = new Map<number, string>()
    expect(readable('startsOn', '2025-10-26T12:00:00.000Z', communes)).toBe('26 octobre 2025')
    expect(readable('startsAt', '2027-03-01T08:00:00.000Z', communes)).toBe('1 mars 2027 à 09:00')
    expect(readable('provider', 'Hébergement Exemple Sàrl', communes)).toBe('Hébergement Exemple Sàrl')
  })

  it('records the address our server resolved, and only an IP address', () => {
    const headers = (value: string) => new Headers({ 'x-forwarded-for': value })
    expect(sourceAddressOf(headers('203.0.113.9'))).toBe('203.0.113.9')
    expect(sourceAddressOf(headers('2001:db8::1'))).toBe('2001:db8::1')
    expect(sourceAddressOf(headers('<script>alert(1)</script>'))).toBeNull()
    expect(sourceAddressOf(new Headers())).toBeNull()
  })
})

describe('the row shares the transaction of the change', () => {
  it('an audit row that cannot be written rolls the change back', async () => {
    const contract = await payload.create({
      collection: 'contracts',
      data: { commune: people.communeA.id, provider: await providerId(payload, 'Intact SA'), service: `Service ${unique()}` },
    })
    const broken = await providerId(payload, 'Panne-journal SA')
    await pool.query(
      `create or replace function audit_test_fail() returns trigger language plpgsql as $$ begin raise exception 'journal en panne'; end $$`,
    )
    await pool.query(
      `create trigger audit_test_fail before insert on audit_events for each row when (coalesce(new.changes::text, '') || coalesce(new.detail::text, '') like '%Panne-journal%') execute function audit_test_fail()`,
    )
    try {
      const since = await lastId()
      const { status } = await as['validator A']!.request('PATCH', `/api/contracts/${contract.id}`, { provider: broken })
      expect(status).toBeGreaterThanOrEqual(400)
      expect((await pool.query('select provider_id from contracts where id = $1', [contract.id])).rows[0].provider_id).toBe(
        await providerId(payload, 'Intact SA'),
      )
      expect(await rowsSince(since)).toEqual([])
      // An export whose row cannot be written is not served.
      const response = await fetch(`${server.url}/mesures/export?format=csv&partenaire=Panne-journal`, {
        headers: { authorization: `JWT ${tokens['member A']}` },
      })
      expect(response.status).toBe(503)
      expect(await response.text()).toContain('journal d’audit')
      expect(await rowsSince(since)).toEqual([])
    } finally {
      await pool.query('drop trigger audit_test_fail on audit_events; drop function audit_test_fail()')
    }
  })

  it('a change that fails after the row was written leaves no row', async () => {
    const meeting = await fixtureMeeting()
    // After the audit hook, the meeting's save queues its search-index update in the same transaction: that fails.
    await pool.query(
      `create or replace function audit_test_fail() returns trigger language plpgsql as $$ begin raise exception 'file d''attente en panne'; end $$`,
    )
    await pool.query(
      `create trigger audit_test_fail before insert on payload_jobs for each row when (new.input->>'collection' = 'meetings' and new.input->>'id' = '${Number(meeting)}') execute function audit_test_fail()`,
    )
    try {
      const since = await lastId()
      const { status } = await as.coordinator.request('POST', `/api/meetings/${meeting}/transition`, { to: 'cancelled' })
      expect(status).toBeGreaterThanOrEqual(400)
      expect((await pool.query('select status from meetings where id = $1', [meeting])).rows[0].status).toBe('planned')
      expect(await rowsSince(since)).toEqual([])
    } finally {
      await pool.query('drop trigger audit_test_fail on payload_jobs; drop function audit_test_fail()')
    }
    // Once the fault is gone, the same change writes its row.
    const since = await lastId()
    expect((await as.coordinator.request('POST', `/api/meetings/${meeting}/transition`, { to: 'cancelled' })).status).toBe(200)
    expect((await rowsSince(since)).map((r) => r.action)).toEqual(['meeting-status-changed'])
  })
})

const client_ = (token: string) => client(server.url, token)

/** A planned COTEC meeting with one agenda item, written as the system. */
async function fixtureMeeting() {
  const committee = (await payload.find({ collection: 'committees', where: { slug: { equals: 'cotec' } }, depth: 0 })).docs[0]!
  const meeting = await payload.create({
    collection: 'meetings',
    data: {
      committee: committee.id,
      title: `Séance ${unique()}`,
      startsAt: '2027-03-04T13:00:00.000Z',
      durationMinutes: 90,
      place: 'Sion',
      status: 'planned',
    },
    context: { meetingTransition: true },
  })
  await payload.create({
    collection: 'agenda-items',
    data: { meeting: meeting.id, position: 1, durationMinutes: 10, title: 'Point unique' } as never,
    context: { meetingTransition: true },
  })
  return meeting.id
}
