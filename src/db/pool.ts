// Brings in the adapter's augmentation of Payload's `DatabaseAdapter`, which types `payload.db.pool`.
import type {} from '@payloadcms/db-postgres'
import type { Payload } from 'payload'
import type { Pool } from 'pg'

/**
 * The node-postgres pool under Payload's PostgreSQL adapter, for the few statements Payload's API cannot express
 * (row locks, append-only tables, session rows, the search tables, raw reads for feeds). The one way to reach it.
 */
export const poolOf = (payload: Payload): Pool => payload.db.pool
