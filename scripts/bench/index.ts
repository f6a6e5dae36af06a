/**
 * `npm run bench`: performance budgets of DESIGN.md measured on this machine, against the production build
 * and a fresh embedded PostgreSQL. Today: the guide page (≥ 100 requests/s, p95 ≤ 150 ms at 20 connections).
 * Later capabilities add their measurements here (search, ICS feed).
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { startEmbeddedPostgres } from '../../src/db/embedded'
import { ensureProductionBuild } from '../../tests/helpers/build'
import { freePort } from '../../tests/helpers/ports'
import { startServer } from '../../tests/helpers/server'
import { measure } from './measure'

const PASSWORD = 'banc d’essai de relais 2026'
const budgets = { perSecond: 100, p95: 150 }

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'relais-bench-'))
fs.chmodSync(dataDir, 0o755)
const postgres = await startEmbeddedPostgres({ dataDir: path.join(dataDir, 'pg'), port: await freePort() })
await postgres.createDatabase('bench')
const databaseUrl = postgres.urlFor('bench')

ensureProductionBuild()
const env = { PAYLOAD_SECRET: 'bench-secret-0123456789abcdef0123456789', RELAIS_JOBS: 'off', RELAIS_DEMO: 'off', RELAIS_DATA_DIR: dataDir }
const server = await startServer(databaseUrl, env)
let failed = false
let closePool = async () => {}
try {
  // A member of Sion, created through the same code path as the app (Payload's local API).
  Object.assign(process.env, env, { DATABASE_URL: databaseUrl })
  const { getPayload } = await import('payload')
  const { default: config } = await import('../../payload.config')
  const payload = await getPayload({ config })
  closePool = async () => (payload.db as { pool?: { end: () => Promise<void> } }).pool?.end().catch(() => {})
  const sion = (await payload.find({ collection: 'communes', where: { ofsNumber: { equals: 6266 } }, limit: 1 })).docs[0]!
  await payload.create({ collection: 'users', data: { email: 'bench@relais.test', name: 'Banc Essai', roles: ['member'], commune: sion.id, password: PASSWORD } })
  const login = await fetch(`${server.url}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'bench@relais.test', password: PASSWORD }),
  })
  const { token } = (await login.json()) as { token: string }
  // The same session a browser holds in its cookie, sent as a header (Payload accepts both).
  const page = () => fetch(`${server.url}/guides/sauvegardes`, { headers: { authorization: `JWT ${token}` } })
  const first = await page()
  if (!(await first.text()).includes('Checklist des actions minimales')) throw new Error('the guide page did not render')

  await measure(page, { concurrency: 20, seconds: 3 }) // warm-up
  const result = await measure(page, { concurrency: 20, seconds: 15 })
  const ok = result.perSecond >= budgets.perSecond && result.p95 <= budgets.p95 && result.errors === 0
  failed ||= !ok
  console.log(
    `guide page /guides/sauvegardes, 20 connections, 15 s: ${result.perSecond.toFixed(0)} req/s, p50 ${result.p50.toFixed(0)} ms, ` +
      `p95 ${result.p95.toFixed(0)} ms, ${result.errors} errors (${result.requests} requests) — budget ≥ ${budgets.perSecond} req/s, p95 ≤ ${budgets.p95} ms: ${ok ? 'OK' : 'OVER BUDGET'}`,
  )
} catch (error) {
  console.error('bench failed:', error)
  failed = true
} finally {
  await closePool()
  await server.stop()
  await postgres.stop()
  fs.rmSync(dataDir, { recursive: true, force: true })
}
process.exit(failed ? 1 : 0)
