/**
 * `npm run bench`: performance budgets of DESIGN.md measured on this machine, against a fresh embedded
 * PostgreSQL (and the production build for pages):
 * - pages: the member pages people open most (home, a guide, the measures, a measure, the map, the agenda, the
 *   FAQ, a search) over HTTP at 20 connections, each beside the bare login page measured in the same run: ≥ 0.8×
 *   its requests/s, p95 ≤ 1.25× its p95, and ≥ 100 requests/s with p95 ≤ 150 ms; and the server's resident
 *   memory under that load, ≤ 600 MB (scripts/bench/pages.ts). `-- pages /faq /mesures` measures some pages
 *   only; `-- pages --profile` writes a CPU profile of the server (.cpuprofile, for Chrome's DevTools) to
 *   bench-profiles/;
 * - search: the PostgreSQL search engine over 50,000 generated documents, p95 ≤ 20 ms per query (one at a
 *   time), compared with a naive ILIKE scan of the same rows (scripts/bench/search.ts).
 * - feed: the subscribable events feed with 1,000 events over HTTP, p95 ≤ 100 ms (scripts/bench/feed.ts).
 * `npm run bench -- pages` (or `feed`, `search`) runs one part only (search needs no build nor server); no
 * argument runs them all, the HTTP parts first so that the search index does not disturb them. Exit code 1
 * when a budget is missed.
 */
import './env'

import fs from 'node:fs'
import path from 'node:path'

import { getPayload, type Payload } from 'payload'

import { startEmbeddedPostgres } from '@/db/embedded'
import { poolOf } from '@/db/pool'
import config from '@payload-config'
import { closePayload } from '@scripts/with-payload'
import { ensureProductionBuild } from '@tests/helpers/build'
import { type RunningServer, startServer } from '@tests/helpers/server'

import { benchDataDir as dataDir, benchEnv as env, benchPort as port } from './env'
import { benchFeed } from './feed'
import { benchPages } from './pages'
import { benchSearch } from './search'

const parts = ['pages', 'feed', 'search'] as const
const args = process.argv.slice(2)
const profile = args.includes('--profile')
const asked = args
  .filter((arg) => !arg.startsWith('/') && arg !== '--profile')
  .map((arg) => (arg === 'page' || arg === 'map' ? 'pages' : arg))
const onlyPages = args.filter((arg) => arg.startsWith('/'))
const unknown = asked.filter((part) => !(parts as readonly string[]).includes(part))
if (unknown.length) {
  console.error(`npm run bench -- [${parts.join('|')}]: unknown part ${unknown.join(', ')}`)
  fs.rmSync(dataDir, { recursive: true, force: true })
  process.exit(2)
}
const runs = (part: (typeof parts)[number]) => asked.length === 0 || asked.includes(part)

// As in scripts/with-payload.ts: nothing else may keep the event loop alive while modules load. Hold it open.
const keepAlive = setInterval(() => {}, 60_000)
const postgres = await startEmbeddedPostgres({ dataDir: path.join(dataDir, 'pg'), port })
await postgres.createDatabase('bench')
const databaseUrl = postgres.urlFor('bench')

let server: RunningServer | undefined
let failed = false
let shutdownPayload = async () => {}
try {
  // Payload in this process too (it runs the migrations; the server then finds them done): the same code paths as the app.
  const payload = await getPayload({ config })
  const pool = poolOf(payload)
  shutdownPayload = () => closePayload(payload)

  if (runs('pages') || runs('feed')) {
    ensureProductionBuild()
    const profileDir = path.resolve('bench-profiles')
    if (profile) fs.mkdirSync(profileDir, { recursive: true })
    server = await startServer(databaseUrl, env, profile ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [])
  }

  if (server) {
    for (const [part, bench] of [
      ['pages', (payload: Payload, server: RunningServer) => benchPages(payload, server, onlyPages)],
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
clearInterval(keepAlive)
process.exit(failed ? 1 : 0)
