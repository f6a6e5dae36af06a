import { sql } from '@payloadcms/db-postgres'
import { commitTransaction, createLocalReq, initTransaction, killTransaction, type Payload, type PayloadRequest } from 'payload'

import type { User } from '@/payload-types'
import type { Result } from '@/result'

type Sessions = Record<string, { db: { execute: (query: unknown) => Promise<unknown> } }>

export type Transaction = {
  /** Pass as `req` to every Local API call of the unit of work. */
  req: PayloadRequest
  /** Locks a row until the end of the transaction, so that concurrent changes of it are taken one after the other. */
  lock: (table: string, id: number) => Promise<void>
}

/**
 * Runs a unit of work in one database transaction as `user`: committed if it answers ok, rolled back if it refuses
 * or throws. Refusals then leave nothing half-done.
 */
export async function inTransaction<T extends Result>(
  payload: Payload,
  user: User | null,
  work: (tx: Transaction) => Promise<T>,
): Promise<T> {
  const req = await createLocalReq({ user: user ?? undefined }, payload)
  await initTransaction(req)
  const sessions = (payload.db as unknown as { sessions: Sessions }).sessions
  const lock = async (table: string, id: number) => {
    await sessions[String(await req.transactionID)]!.db.execute(sql`select id from ${sql.identifier(table)} where id = ${id} for update`)
  }
  try {
    const outcome = await work({ req, lock })
    if (outcome.ok) await commitTransaction(req)
    else await killTransaction(req)
    return outcome
  } catch (error) {
    await killTransaction(req)
    throw error
  }
}
