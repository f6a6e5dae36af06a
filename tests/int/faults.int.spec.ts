/**
 * Faults on real components (issue #10 item 4). The production server runs on an embedded PostgreSQL of
 * this file's own, so that the test can stop and restart it; jobs run in the server as in production.
 *   1. PostgreSQL restarted while members tick their checklists: the server reconnects by itself, and every
 *      write it acknowledged is in the database afterwards.
 *   2. The search index unreachable while staff edit content: the edits succeed, searching answers a French
 *      503, and once the index is back the queued updates catch up; the consistency check finds zero drift.
 * The Meilisearch engine shares the same queue and retries (src/search/sync.ts); only its network path differs.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { getPayload, type Payload } from 'payload'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { type EmbeddedServer, startEmbeddedPostgres } from '@/db/embedded'
import { richTextFromBlocks } from '@/richtext/fromBlocks'
import { checkSearchIndex } from '@/search/indexer'
import { closePayload } from '@scripts/with-payload'
import { chromiumAvailable, launchBrowser } from '@tests/helpers/browser'
import { client, loginToken } from '@tests/helpers/http'
import { createUser, PASSWORD } from '@tests/helpers/people'
import { freePort } from '@tests/helpers/ports'
import { type RunningServer, startServer } from '@tests/helpers/server'

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
const states = ['done', 'partial', 'todo', 'na'] as const

let dataDir: string
let port: number
let postgres: EmbeddedServer
let databaseUrl: string
let payload: Payload
let server: RunningServer

const startPostgres = () => startEmbeddedPostgres({ dataDir: path.join(dataDir, 'pg'), port })
const healthy = () =>
  fetch(`${server.url}/api/health`).then(
    (r) => r.ok,
    () => false,
  )

async function waitFor(what: string, check: () => Promise<boolean>, seconds: number) {
  const deadline = Date.now() + seconds * 1000
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`${what}: not within ${seconds} s\n${server.output().slice(-4000)}`)
    await sleep(500)
  }
}

/** The text Chromium shows at `url` for the holder of `token`; null (with a notice) where Chromium is absent. */
async function textInBrowser(url: string, token: string): Promise<string | null> {
  if (!chromiumAvailable()) return null
  const browser = await launchBrowser()
  try {
    const context = await browser.newContext()
    await context.addCookies([{ name: 'payload-token', value: token, url }])
    const page = await context.newPage()
    await page.goto(url)
    await page
      .getByRole('alert')
      .waitFor({ timeout: 15_000 })
      .catch(() => {})
    return await page.locator('body').innerText()
  } finally {
    await browser.close()
  }
}

beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'relais-faults-'))
  fs.chmodSync(dataDir, 0o755)
  port = await freePort()
  postgres = await startPostgres()
  await postgres.createDatabase('faults')
  databaseUrl = postgres.urlFor('faults')
  Object.assign(process.env, { DATABASE_URL: databaseUrl, RELAIS_DATA_DIR: dataDir })
  const { default: config } = await import('@payload-config')
  payload = await getPayload({ config })
  server = await startServer(databaseUrl, { RELAIS_JOBS: 'on', RELAIS_DATA_DIR: dataDir })
})

afterAll(async () => {
  if (payload) await closePayload(payload)
  await server?.stop()
  await postgres?.stop()
  if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true })
})

describe('PostgreSQL restarted under load', () => {
  it('the server reconnects by itself and every acknowledged write is in the database', async () => {
    const guide = (await payload.find({ collection: 'guides', where: { slug: { equals: 'sauvegardes' } }, limit: 1 })).docs[0]!
    const itemKeys = (guide.checklist ?? []).slice(0, 4).map((item) => item.key)
    const communes = (await payload.find({ collection: 'communes', sort: 'name', limit: 6, depth: 0 })).docs

    // Six members of six communes; each owns its progress rows from the start, so that every write under
    // load is an update whose outcome can be checked exactly.
    const members = await Promise.all(
      communes.map(async (commune, i) => {
        const person = await createUser(payload, {
          email: `panne.${i}@test.local`,
          name: `Panne ${i}`,
          roles: ['member'],
          commune: commune.id,
        })
        const token = await loginToken(server.url, person.email, PASSWORD)
        const as = client(server.url, token)
        const rows = new Map<string, { id: number; acknowledged: string; inDoubt: Set<string> }>()
        for (const itemKey of itemKeys) {
          const { status, json } = await as.request('POST', '/api/checklist-progress', { guide: guide.id, itemKey, state: 'todo' })
          expect(status).toBe(201)
          rows.set(itemKey, { id: json.doc.id, acknowledged: 'todo', inDoubt: new Set() })
        }
        return { as, token, rows }
      }),
    )

    type Phase = 'before' | 'down' | 'after'
    let phase = 'before' as Phase
    let running = true
    // Answers by phase and status (0: no answer at all).
    const outcomes: Record<Phase, Record<number, number>> = { before: {}, down: {}, after: {} }
    const count = (where: Record<number, number>, wanted: (status: number) => boolean) =>
      Object.entries(where).reduce((sum, [status, n]) => sum + (wanted(Number(status)) ? n : 0), 0)
    const workers = members.map(async ({ as, rows }, index) => {
      for (let step = index; running; step++) {
        const itemKey = itemKeys[step % itemKeys.length]!
        const row = rows.get(itemKey)!
        const state = states[(step + index) % states.length]!
        const startedIn = phase
        // A request the server did not acknowledge may still have committed: its state stays possible.
        row.inDoubt.add(state)
        const status = await as.request('PATCH', `/api/checklist-progress/${row.id}`, { state }).then(
          (r) => {
            if (r.status >= 400 && r.status < 500) console.log(`[faults] ${r.status}: ${JSON.stringify(r.json)}`)
            return r.status
          },
          () => 0,
        )
        if (status === 200) {
          row.acknowledged = state
          row.inDoubt.clear()
        }
        // A request in flight when the phase changed counts as one of the outage.
        const bucket = startedIn === phase ? phase : 'down'
        outcomes[bucket][status] = (outcomes[bucket][status] ?? 0) + 1
        if (status !== 200) await sleep(200)
      }
    })

    await sleep(3_000)
    phase = 'down'
    await postgres.stop()
    await sleep(4_000)
    // A page while the database is down: no technical detail in the answer; in a browser, the French error page.
    const pageWhileDown = await members[0]!.as.request('GET', '/guides/sauvegardes')
    const pageSeenWhileDown = await textInBrowser(`${server.url}/guides/sauvegardes`, members[0]!.token)
    postgres = await startPostgres()
    phase = 'after'
    await waitFor('the server answers healthy again', healthy, 60)
    await sleep(3_000)
    running = false
    await Promise.all(workers)
    console.log(`[faults] PostgreSQL restart under load: ${JSON.stringify(outcomes)}; page while down: ${pageWhileDown.status}`)

    expect(outcomes.before).toEqual({ 200: expect.any(Number) })
    expect(
      count(outcomes.down, (status) => status !== 200),
      'the outage was real',
    ).toBeGreaterThan(0)
    // Never a refusal nor an input error. A request caught by the restart itself (its connection dropped, the
    // database back by the time the answer is checked) may still get a plain 500.
    expect(
      count(outcomes.down, (status) => status >= 400 && status < 500),
      'an outage is never a 4xx',
    ).toBe(0)
    expect(count(outcomes.down, (status) => status === 503)).toBeGreaterThan(count(outcomes.down, (status) => status === 500))
    expect(outcomes.after[200], 'writes succeed again without any restart of the app').toBeGreaterThan(0)
    expect(pageWhileDown.status).toBeGreaterThanOrEqual(500)
    expect(pageWhileDown.json.raw).not.toMatch(/ECONNREFUSED|at async|node_modules/)
    if (pageSeenWhileDown !== null) expect(pageSeenWhileDown).toContain('Relais est momentanément indisponible')

    // After recovery every member writes once more, and the page renders: no lingering broken connection.
    for (const { as, rows } of members) {
      const row = rows.get(itemKeys[0]!)!
      const { status } = await as.request('PATCH', `/api/checklist-progress/${row.id}`, { state: 'done' })
      expect(status).toBe(200)
      row.acknowledged = 'done'
      row.inDoubt.clear()
    }
    const page = await members[0]!.as.request('GET', '/guides/sauvegardes')
    expect(page.status).toBe(200)
    expect(page.json.raw).toContain(guide.title)

    // Nothing acknowledged is lost: each row holds its last acknowledged state, or that of a later request
    // whose answer was lost in the outage.
    const lost: string[] = []
    for (const { rows } of members) {
      for (const [itemKey, row] of rows) {
        const stored = (await payload.findByID({ collection: 'checklist-progress', id: row.id, depth: 0 })).state
        if (stored !== row.acknowledged && !row.inDoubt.has(stored))
          lost.push(`${row.id}/${itemKey}: ${row.acknowledged} acknowledged, ${stored} stored`)
      }
    }
    expect(lost).toEqual([])
    const uncaught = server.output().indexOf('uncaughtException')
    expect(uncaught < 0 ? '' : server.output().slice(uncaught, uncaught + 3000)).toBe('')
  }, 180_000)
})

describe('search index unreachable', () => {
  it('edits succeed, searches answer 503 in French, and the index catches up with zero drift', async () => {
    const coordinator = await createUser(payload, {
      email: 'panne.coordination@test.local',
      name: 'Coordination Panne',
      roles: ['coordinator'],
    })
    const as = client(server.url, await loginToken(server.url, coordinator.email, PASSWORD))
    const guide = (await payload.find({ collection: 'guides', where: { slug: { equals: 'mots-de-passe' } }, limit: 1 })).docs[0]!
    const search = (q: string) => as.request('GET', `/api/search?q=${encodeURIComponent(q)}`)
    const admin = new pg.Client({ connectionString: databaseUrl })
    await admin.connect()
    try {
      // The index's table out of reach, as an engine that does not answer.
      await admin.query('alter table search_documents rename to search_documents_offline')

      const edit = await as.request('PATCH', `/api/guides/${guide.id}`, { title: `${guide.title} — Zygophylle` })
      expect(edit.status).toBe(200)
      const faq = await as.request('POST', '/api/faqs', {
        question: 'Que faire du zygophylle ?',
        answer: richTextFromBlocks([{ p: 'Le zygophylle se range avec les sauvegardes.' }]),
        theme: 'securite',
      })
      expect(faq.status, JSON.stringify(faq.json)).toBe(201)

      const refused = await search('zygophylle')
      expect(refused.status).toBe(503)
      expect(refused.json.errors[0].message).toBe('La recherche est momentanément indisponible. Réessayez dans un instant.')

      // The sync job has met the fault and is waiting to retry.
      await waitFor(
        'a failed search sync attempt',
        async () => {
          const { rows } = await admin.query(
            `select count(*)::int as n from payload_jobs where task_slug = 'searchSync' and total_tried > 0 and has_error is not true and completed_at is null`,
          )
          return rows[0].n > 0
        },
        30,
      )

      await admin.query('alter table search_documents_offline rename to search_documents')
      await waitFor(
        'the index caught up',
        async () => {
          const { status, json } = await search('zygophylle')
          const urls: string[] = status === 200 ? json.hits.map((hit: { url: string }) => hit.url) : []
          return urls.includes(`/guides/${guide.slug}`) && urls.some((url) => url.startsWith('/faq'))
        },
        90,
      )
    } finally {
      await admin.query('alter table if exists search_documents_offline rename to search_documents').catch(() => {})
      await admin.end()
    }

    const report = await checkSearchIndex(payload)
    expect({ missing: report.missing, stale: report.stale, orphaned: report.orphaned }).toEqual({ missing: [], stale: [], orphaned: [] })
    expect(report.indexed).toBe(report.expected)
  }, 180_000)
})
