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
  process.exit(2)
}
const runs = (part: (typeof parts)[number]) => asked.length === 0 || asked.includes(part)

// As in scripts/with-payload.ts: while tsx transpiles the dynamic imports below on its loader thread, nothing keeps
// the event loop alive, and the process could stall or end before the bench ran. Hold it open.
const keepAlive = setInterval(() => {}, 60_000)
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'relais-bench-'))
fs.chmodSync(dataDir, 0o755)
const port = await freePort()
const env = { PAYLOAD_SECRET: 'bench-secret-0123456789abcdef0123456789', RELAIS_JOBS: 'off', RELAIS_DEMO: 'off', RELAIS_DATA_DIR: dataDir }
// Payload's modules are loaded first, before any child process (the database, the server) exists: loaded after,
// tsx's loader has been seen to stall for good on a busy machine. The configuration reads DATABASE_URL as it loads.
Object.assign(process.env, env, { DATABASE_URL: `postgres://relais:relais@127.0.0.1:${port}/bench` })
const { getPayload } = await import('payload')
const { default: config } = await import('@payload-config')
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
