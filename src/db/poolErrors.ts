import type { Payload } from 'payload'

import { poolOf } from './pool'

/**
 * When PostgreSQL restarts or a proxy drops connections, every open client receives an error event: an idle
 * one through the pool, which re-emits it, and a checked-out one (inside a transaction, between statements)
 * on itself. Payload's adapter listens on neither, so the error would be thrown as an uncaught exception.
 * Listening is enough: a broken client is discarded when released, and the next query opens a new one, so
 * the application recovers by itself once the database is back.
 */
export function logPoolErrors(payload: Payload) {
  const pool = poolOf(payload)
  if (!pool || pool.listenerCount('error') > 0) return
  let lastWarning = 0
  const warn = (error: Error) => {
    // One line per outage, not one per connection.
    if (Date.now() - lastWarning < 5_000) return
    lastWarning = Date.now()
    payload.logger.warn({ msg: 'PostgreSQL connection lost; connections are reopened on the next queries', err: error.message })
  }
  pool.on('error', warn)
  pool.on('connect', (client) => client.on('error', warn))
}
