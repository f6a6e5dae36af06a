/**
 * The machinery of the access-matrix specs (tests/int/access-matrix-*.int.spec.ts): the cells of docs/access.md,
 * which spec file checks which row, the running world every operation acts in (one Payload, one server, one logged-in
 * client per actor, all per spec file) and the table itself (`checkMatrixPart`). Operations live by domain in
 * tests/int/access/; each reports whether it took effect, judged by reading the database afterwards, never by the
 * status code alone.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { CollectionSlug, Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { poolOf as dbPool } from '@/db/pool'

import { type Client, client, loginToken } from './http'
import { bootPayload } from './payload'
import { actorNames, createPeople, createUser, PASSWORD, type People, type Person } from './people'
import { type RunningServer, startServer } from './server'

export type Cell = { collection: string; operation: string; actor: string; allowed: boolean }

/** The cells of the access matrix in docs/access.md: one per (collection, operation, actor). */
export function readAccessMatrix(file = path.resolve(import.meta.dirname, '../../docs/access.md')): Cell[] {
  const rows = fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.startsWith('|'))
    .map((line) =>
      line
        .split('|')
        .slice(1, -1)
        .map((cell) => cell.trim()),
    )
  const [header, , ...body] = rows
  const actors = header!.slice(2)
  return body.flatMap(([collection, operation, ...marks]) =>
    marks.map((mark, i) => {
      if (mark !== '✓' && mark !== '✗') throw new Error(`docs/access.md: "${mark}" in ${collection} / ${operation} is neither ✓ nor ✗`)
      return { collection: collection!, operation: operation!, actor: actors[i]!, allowed: mark === '✓' }
    }),
  )
}

/**
 * The spec files of the matrix, each with its own Payload and server. Two on purpose: each file pays a boot, the
 * search queue, a server start and seven logins (about 20 s of CPU on a 2-core machine, measured for issue 18), so
 * domains share a file. Accounts are the costly rows (a password hashed per disposable account) and have no
 * search rows, so their file skips the search queue.
 */
export const matrixParts = ['accounts', 'content'] as const
export type MatrixPart = (typeof matrixParts)[number]

const partOfCollection: Record<string, MatrixPart> = {
  users: 'accounts',
  sessions: 'accounts',
  communes: 'accounts',
  'account-requests': 'accounts',
  'account-events': 'accounts',
  'audit-events': 'accounts',
  'throttle-events': 'accounts',
  permissions: 'accounts',
  media: 'content',
  'site-settings': 'content',
  guides: 'content',
  'checklist-progress': 'content',
  templates: 'content',
  faqs: 'content',
  measures: 'content',
  'priority-changes': 'content',
  'measure-updates': 'content',
  actors: 'content',
  initiatives: 'content',
  'contract-criteria': 'content',
  contracts: 'content',
  providers: 'content',
  'commune-tools': 'content',
  'commune-registers': 'content',
  'digital-decisions': 'content',
  'digital-incidents': 'content',
  'shared-incidents': 'content',
  'regional-alerts': 'content',
  'alert-acknowledgements': 'content',
  'content-reports': 'content',
  pages: 'content',
  follows: 'content',
  notifications: 'content',
  'indicator-snapshots': 'content',
  committees: 'content',
  meetings: 'content',
  'agenda-items': 'content',
  'action-items': 'content',
  events: 'content',
  registrations: 'content',
  'event-mailings': 'content',
  feeds: 'content',
  'watch-items': 'content',
  // Search rows go with the fixtures they look for.
  search: 'content',
}

/** Which spec file checks a row; a row of a collection no file claims is an error, never a row left unchecked. */
export function partOf({ collection }: Pick<Cell, 'collection'>): MatrixPart {
  const part = partOfCollection[collection]
  if (!part) throw new Error(`docs/access.md: no access-matrix spec checks the rows of "${collection}" (tests/helpers/matrix.ts)`)
  return part
}

export type Context = { as: Client; actor: Person | null; label: string }
export type Operation = (ctx: Context) => Promise<boolean>
export type Operations = Record<string, Operation>

/** A domain's part of the table: its operations, and the records they act on. */
export type MatrixDomain = {
  operations: Operations
  /** Written as the system (fixtures, not the rules under test), before the search queue runs. */
  fixtures?: () => Promise<void>
  /** Written straight into the search index once the queue has run. */
  indexed?: () => Promise<void>
}

// The running world of one spec file, set by `checkMatrixPart` before any cell runs (live bindings for the domains).
export let payload: Payload
export let people: People
export let server: RunningServer
/** Other members of communes A and B (no actor): the targets of "an employee of A/B" rows. */
export let employeeA: Person
export let employeeB: Person
export const clients = new Map<string, Client>()

let sequence = 0
/** A number no other call in this file returns (for unique OFS numbers, measure numbers…). */
export const nextNumber = () => sequence++
export const unique = () => `${Date.now().toString(36)}${nextNumber().toString(36)}`

export const poolOf = () => dbPool(payload)

/** A refused request is a 4xx, or a 2xx that leaves a protected field unchanged; never a 5xx. */
export function tookEffect(status: number, happened: boolean): boolean {
  expect(status, 'server error').toBeLessThan(500)
  if (happened) expect(status, 'effect without a success status').toBeLessThan(300)
  return happened
}

export const exists = async (collection: CollectionSlug, id: number) =>
  (await payload.count({ collection, where: { id: { equals: id } } })).totalDocs === 1

export async function readById(as: Client, collection: string, id: number) {
  const { status, json } = await as.request('GET', `/api/${collection}/${id}`)
  return tookEffect(status, status === 200 && json.id === id)
}

/**
 * Seen through search: in the results or the search box's suggestions; for a word only that entry holds
 * (`only`), even a count of results would give it away.
 */
export async function found({ as }: Context, q: string, url: string, { only = false } = {}): Promise<boolean> {
  const results = await as.request('GET', `/api/search?q=${encodeURIComponent(q)}`)
  const suggestions = await as.request('GET', `/api/search/suggest?q=${encodeURIComponent(q)}`)
  const seen =
    (results.json?.hits ?? []).some((hit: { url: string }) => hit.url === url) ||
    (suggestions.json?.suggestions ?? []).some((hit: { url: string }) => hit.url === url) ||
    (only && (results.json?.total ?? 0) > 0)
  tookEffect(suggestions.status, seen)
  return tookEffect(results.status, seen)
}

/** Logs every actor in (again, after a row has ended their sessions). */
export async function logInEveryone() {
  for (const name of actorNames) clients.set(name, client(server.url, await loginToken(server.url, people[name].email, PASSWORD)))
}

/** The column of an actor (0 for anonymous), to give each actor a record of its own. */
export const actorIndex = (label: string) => ['anonymous', ...actorNames].indexOf(label as never)

/**
 * The rows of docs/access.md that belong to `part`, each actor's cell a test: the operation runs as that actor over
 * HTTP against the production build, and took effect exactly when the cell says ✓. `more` adds tests inside the
 * same suite (after the cells), on the same world.
 */
export function checkMatrixPart(part: MatrixPart, domains: MatrixDomain[], more?: () => void) {
  const operations: Operations = Object.assign({}, ...domains.map((domain) => domain.operations))
  const cells = readAccessMatrix().filter((cell) => partOf(cell) === part)

  describe(`access matrix (docs/access.md) over HTTP: ${part}`, () => {
    beforeAll(async () => {
      const env = { RELAIS_DATA_DIR: fs.mkdtempSync(path.join(os.tmpdir(), 'relais-matrix-')) }
      let databaseUrl: string
      ;({ payload, databaseUrl } = await bootPayload(env))
      people = await createPeople(payload, 'matrix')
      employeeA = await createUser(payload, {
        email: 'employee.a@test.local',
        name: 'Émile A',
        roles: ['member'],
        commune: people.communeA.id,
      })
      employeeB = await createUser(payload, {
        email: 'employee.b@test.local',
        name: 'Berthe B',
        roles: ['member'],
        commune: people.communeB.id,
      })
      for (const domain of domains) await domain.fixtures?.()
      if (cells.some((cell) => cell.collection === 'search')) {
        await payload.jobs.run({ queue: 'search', limit: 1000 })
        for (const domain of domains) await domain.indexed?.()
      }
      server = await startServer(databaseUrl, env)
      clients.set('anonymous', client(server.url, null))
      await logInEveryone()
    })
    afterAll(async () => {
      await server?.stop()
    })

    it('covers every operation it lists, and every actor column', () => {
      const missing = [...new Set(cells.map((c) => `${c.collection} | ${c.operation}`))].filter((key) => !operations[key])
      expect(missing).toEqual([])
      expect(new Set(cells.map((c) => c.actor))).toEqual(new Set(['anonymous', ...actorNames]))
    })

    it.each(cells.map((cell) => [`${cell.collection} | ${cell.operation} | ${cell.actor} → ${cell.allowed ? '✓' : '✗'}`, cell] as const))(
      '%s',
      async (_label, cell) => {
        const actor = cell.actor === 'anonymous' ? null : people[cell.actor as (typeof actorNames)[number]]
        const happened = await operations[`${cell.collection} | ${cell.operation}`]!({
          as: clients.get(cell.actor)!,
          actor,
          label: cell.actor,
        })
        expect(happened).toBe(cell.allowed)
      },
    )

    more?.()
  })
}
