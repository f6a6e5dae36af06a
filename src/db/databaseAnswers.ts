import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'

/** Whether PostgreSQL answers a trivial query right now. */
export const databaseAnswers = (payload: Payload): Promise<boolean> =>
  payload.db.drizzle.execute(sql`select 1`).then(
    () => true,
    () => false,
  )
