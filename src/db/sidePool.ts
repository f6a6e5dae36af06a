import type { Payload } from 'payload'
import pg from 'pg'

import { poolOf } from './pool'

/**
 * A small pool of its own for the few statements that must run outside the request's transaction (the rate limits:
 * visible at once to every request and process) while that transaction holds a connection of Payload's pool.
 *
 * Taken from Payload's pool, such a statement waits for a connection that other requests hold while they wait too: a
 * crowd of logins larger than the pool starved it (every login stuck 10 s, then errors). Here each statement takes a
 * connection and gives it back at once, never waiting for anything else while holding it, so this pool always moves.
 */
const MAX = 2
const state = globalThis as unknown as { __relaisSidePools?: Map<string, pg.Pool> }

export function sidePool(payload: Payload): pg.Pool {
  const connectionString = poolOf(payload).options.connectionString!
  const pools = (state.__relaisSidePools ??= new Map())
  let pool = pools.get(connectionString)
  if (!pool) {
    // allowExitOnIdle: an idle connection must not keep a script or a test process alive.
    pool = new pg.Pool({ connectionString, max: MAX, connectionTimeoutMillis: 10_000, idleTimeoutMillis: 30_000, allowExitOnIdle: true })
    // A connection lost while idle is dropped by the pool; without a listener its error would end the process.
    pool.on('error', (err: Error) => payload.logger.warn({ err, msg: 'Side pool: an idle PostgreSQL connection was lost' }))
    pools.set(connectionString, pool)
  }
  return pool
}
