/**
 * `npm run bench`: performance budgets of DESIGN.md measured on this machine, against a fresh embedded
 * PostgreSQL (and the production build for pages):
 * - page: the guide page over HTTP, ≥ 100 requests/s and p95 ≤ 150 ms at 20 connections;
 * - search: the PostgreSQL search engine over 50,000 generated documents, p95 ≤ 20 ms per query (one at a
 *   time), compared with a naive ILIKE scan of the same rows (scripts/bench/search.ts).
 * - map: the map page /carte (59 communes, filters), held to the same budget as the guide page;
 * - feed: the subscribable events feed with 1,000 events over HTTP, p95 ≤ 100 ms (scripts/bench/feed.ts).
 * `npm run bench -- page` (or `feed`, `search`) runs one part only (search needs no build nor server); no
 * argument runs them all, the HTTP parts first so that the search index does not disturb them. Exit code 1
 * when a budget is missed.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { Payload } from 'payload'

import { startEmbeddedPostgres } from '@/db/embedded'
import { poolOf } from '@/db/pool'
import { closePayload } from '@scripts/with-payload'
import { ensureProductionBuild } from '@tests/helpers/build'
import { freePort } from '@tests/helpers/ports'
import { type RunningServer, startServer } from '@tests/helpers/server'

import { benchFeed } from './feed'
import { measure } from './measure'
import { benchSearch } from './search'

const parts = ['page', 'map', 'feed', 'search'] as const
const asked = process.argv.slice(2)
const unknown = asked.filter((part) => !(parts as readonly string[]).includes(part))
if (unknown.length) {
  console.error(`npm run bench -- [${parts.join('|')}]: unknown part ${unknown.join(', ')}`)
  process.exit(2)
}
const runs = (part: (typeof parts)[number]) => asked.length === 0 || asked.includes(part)

const PASSWORD = 'banc d’essai de relais 2026'
const budgets = { perSecond: 100, p95: 150 }
/** The bench member's session, made by the first page bench that needs it. */
let memberToken: string | undefined

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'relais-bench-'))
fs.chmodSync(dataDir, 0o755)
const postgres = await startEmbeddedPostgres({ dataDir: path.join(dataDir, 'pg'), port: await freePort() })
await postgres.createDatabase('bench')
const databaseUrl = postgres.urlFor('bench')

const env = { PAYLOAD_SECRET: 'bench-secret-0123456789abcdef0123456789', RELAIS_JOBS: 'off', RELAIS_DEMO: 'off', RELAIS_DATA_DIR: dataDir }
let server: RunningServer | undefined
let failed = false
let shutdownPayload = async () => {}
try {
  if (runs('page') || runs('map') || runs('feed')) {
    ensureProductionBuild()
    server = await startServer(databaseUrl, env)
  }
  // Payload in this process too (it runs the migrations when there is no server): the same code paths as the app.
  Object.assign(process.env, env, { DATABASE_URL: databaseUrl })
  const { getPayload } = await import('payload')
  const { default: config } = await import('@payload-config')
  const payload = await getPayload({ config })
  const pool = poolOf(payload)
  shutdownPayload = () => closePayload(payload)

  if (server) {
    for (const [part, bench] of [
      ['page', benchGuidePage],
      ['map', benchMapPage],
      ['feed', benchFeed],
    ] as const) {
      if (!runs(part)) continue
      try {
        if (!(await bench(payload, server))) failed = true
      } catch (error) {
        console.error(`${part} bench failed:`, error)
        failed = true
      }
    }
    await server.stop() // the search bench runs alone on the machine
    server = undefined
  }
  if (runs('search')) {
    try {
      // Not `failed ||= …`: the search must run even when the page missed its budget.
      if (!(await benchSearch(pool))) failed = true
    } catch (error) {
      console.error('search bench failed:', error)
      failed = true
    }
  }
} catch (error) {
  console.error('bench failed:', error)
  failed = true
} finally {
  await shutdownPayload()
  await server?.stop()
  await postgres.stop()
  fs.rmSync(dataDir, { recursive: true, force: true })
}
process.exit(failed ? 1 : 0)

/** A member of Sion's session token, created once through the same code path as the app (Payload's local API). */
async function memberSession(payload: Payload, server: RunningServer): Promise<string> {
  if (memberToken) return memberToken
  const sion = (await payload.find({ collection: 'communes', where: { ofsNumber: { equals: 6266 } }, limit: 1 })).docs[0]!
  await payload.create({
    collection: 'users',
    data: { email: 'bench@relais.test', name: 'Banc Essai', roles: ['member'], commune: sion.id, password: PASSWORD },
  })
  const login = await fetch(`${server.url}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'bench@relais.test', password: PASSWORD }),
  })
  memberToken = ((await login.json()) as { token: string }).token
  return memberToken
}

/** A page as a member of Sion sees it, at 20 connections for 15 s; returns false if over budget. */
async function benchPage(payload: Payload, server: RunningServer, path: string, rendered: string): Promise<boolean> {
  const token = await memberSession(payload, server)
  // The same session a browser holds in its cookie, sent as a header (Payload accepts both).
  const page = () => fetch(`${server.url}${path}`, { headers: { authorization: `JWT ${token}` } })
  const first = await page()
  if (!(await first.text()).includes(rendered)) throw new Error(`${path} did not render`)

  await measure(page, { concurrency: 20, seconds: 3 }) // warm-up
  const result = await measure(page, { concurrency: 20, seconds: 15 })
  const ok = result.perSecond >= budgets.perSecond && result.p95 <= budgets.p95 && result.errors === 0
  console.log(
    `${path}, 20 connections, 15 s: ${result.perSecond.toFixed(0)} req/s, p50 ${result.p50.toFixed(0)} ms, ` +
      `p95 ${result.p95.toFixed(0)} ms, ${result.errors} errors (${result.requests} requests) — budget ≥ ${budgets.perSecond} req/s, p95 ≤ ${budgets.p95} ms: ${ok ? 'OK' : 'OVER BUDGET'}`,
  )
  return ok
}

function benchGuidePage(payload: Payload, server: RunningServer) {
  return benchPage(payload, server, '/guides/sauvegardes', 'Checklist des actions minimales')
}

/** The map filtered by a theme with a commune open: the heaviest variant (every shape, two lists). */
function benchMapPage(payload: Payload, server: RunningServer) {
  return benchPage(payload, server, '/carte?theme=cybersecurite&commune=6266', 'Sion : ')
}
