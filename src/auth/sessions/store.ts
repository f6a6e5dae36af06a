import { sql } from '@payloadcms/db-postgres'
import type { Payload, PayloadRequest } from 'payload'

import { poolOf } from '@/db/pool'

/**
 * The open sessions are Payload's own (`users_sessions`: id = the JWT's `sid`, created and expiry dates), with two
 * columns of ours (collections: src/auth/sessions/fields.ts): the device and the last activity. Everything here is
 * one SQL statement on the shared database, so that every app process sees the same state at once: a session
 * deleted here is refused by Payload's JWT check on the next request, in any process.
 *
 * Known limit: Payload itself rewrites a user's whole sessions array from what it read earlier (login, logout,
 * refresh, any update of the account). A session deleted here during the fraction of a second between such a read
 * and its write comes back; ending it again (or the idle timeout) removes it for good.
 */

type Sessions = Record<string, { db: { execute: (query: unknown) => Promise<unknown> } }>

/** At login, inside the login's own transaction (the session row is not committed yet). */
export async function describeSession(
  payload: Payload,
  req: Partial<PayloadRequest>,
  userId: number,
  sid: string,
  device: string,
  now: Date,
) {
  const transaction = req.transactionID ? String(await req.transactionID) : null
  const sessions = (payload.db as unknown as { sessions?: Sessions }).sessions
  const db = (transaction && sessions?.[transaction]?.db) || (payload.db as unknown as { drizzle: Sessions[string]['db'] }).drizzle
  await db.execute(
    sql`update users_sessions set device = ${device}, last_seen_at = ${now.toISOString()} where id = ${sid} and _parent_id = ${userId}`,
  )
}

/** Moves the last activity to `now`, unless another request (of any process) did so less than `every` ms ago. */
export async function touchSession(payload: Payload, userId: number, sid: string, now: Date, every: number) {
  await poolOf(payload).query(
    'update users_sessions set last_seen_at = $3 where id = $1 and _parent_id = $2 and coalesce(last_seen_at, created_at) < $4',
    [sid, userId, now, new Date(now.getTime() - every)],
  )
}

/** Ends the session if it has not been used since `cutoff` (re-checked in the statement itself). */
export async function endIdleSession(payload: Payload, userId: number, sid: string, cutoff: Date) {
  await poolOf(payload).query('delete from users_sessions where id = $1 and _parent_id = $2 and coalesce(last_seen_at, created_at) < $3', [
    sid,
    userId,
    cutoff,
  ])
}

export type OpenSession = { id: string; device: string | null; createdAt: Date; lastSeenAt: Date }

/** The person's sessions still usable at `now` (neither expired nor idle since `cutoff`), the latest used first. */
export async function openSessions(payload: Payload, userId: number, now: Date, cutoff: Date): Promise<OpenSession[]> {
  const { rows } = await poolOf(payload).query<{ id: string; device: string | null; created_at: Date; last_seen_at: Date }>(
    `select id, device, created_at, coalesce(last_seen_at, created_at) as last_seen_at from users_sessions
      where _parent_id = $1 and expires_at > $2 and coalesce(last_seen_at, created_at) >= $3
      order by last_seen_at desc, created_at desc`,
    [userId, now, cutoff],
  )
  return rows.map((r) => ({ id: r.id, device: r.device, createdAt: r.created_at, lastSeenAt: r.last_seen_at }))
}

/** Ends one session of this person; 0 if it is not theirs or already ended. */
export async function deleteSession(payload: Payload, userId: number, sid: string): Promise<number> {
  const { rowCount } = await poolOf(payload).query('delete from users_sessions where id = $1 and _parent_id = $2', [sid, userId])
  return rowCount ?? 0
}

/** Ends every session of this person except `keep` (null: all of them). */
export async function deleteSessionsOf(payload: Payload, userId: number, keep: string | null): Promise<number> {
  const { rowCount } = await poolOf(payload).query('delete from users_sessions where _parent_id = $1 and id is distinct from $2', [
    userId,
    keep,
  ])
  return rowCount ?? 0
}

/** Ends every session of every account except `keep`: how many sessions, of how many accounts. */
export async function deleteEverySession(payload: Payload, keep: string | null): Promise<{ sessions: number; accounts: number }> {
  const { rows } = await poolOf(payload).query<{ sessions: string; accounts: string }>(
    `with ended as (delete from users_sessions where id is distinct from $1 returning _parent_id)
     select count(*) as sessions, count(distinct _parent_id) as accounts from ended`,
    [keep],
  )
  return { sessions: Number(rows[0]?.sessions ?? 0), accounts: Number(rows[0]?.accounts ?? 0) }
}
