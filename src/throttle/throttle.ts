import crypto from 'node:crypto'

import type { Payload, Where } from 'payload'

/**
 * Rate limits kept in the database (collection `throttle-events`), so that they hold across app processes.
 *
 * `take` records one event, then counts the events of each limit's window, its own included; over a limit, the
 * event is withdrawn and the caller refused with the time to wait. Recording before counting makes concurrent
 * requests safe: of N requests racing, no more than `max` can each see themselves within the limit.
 *
 * A limit counts by `subject` (what is aimed at: the typed e-mail address), by `source` (the client's address), or
 * by both. Both are stored as keyed hashes: the table says nothing about who tried what.
 */
export type Limit = { by: 'subject' | 'source' | 'subject+source'; max: number; windowMs: number }
export type Event = { action: string; subject?: string; source?: string }
export type Verdict = { ok: true; id: number | string } | { ok: false; retryAfterMs: number; limit: Limit }

const COLLECTION = 'throttle-events'
const KEEP_MS = 24 * 60 * 60 * 1000

const keyed = (payload: Payload, value: string) =>
  crypto.createHmac('sha256', payload.secret).update(`throttle:${value.trim().toLowerCase()}`).digest('hex').slice(0, 40)

function keysOf(payload: Payload, event: Event) {
  return {
    action: event.action,
    subject: event.subject === undefined ? null : keyed(payload, event.subject),
    source: event.source === undefined ? null : keyed(payload, event.source),
  }
}

function scope(keys: ReturnType<typeof keysOf>, by: Limit['by']): Where[] {
  const where: Where[] = [{ action: { equals: keys.action } }]
  if (by !== 'source') where.push({ subject: { equals: keys.subject } })
  if (by !== 'subject') where.push({ source: { equals: keys.source } })
  return where
}

export async function take(payload: Payload, event: Event, limits: Limit[]): Promise<Verdict> {
  const keys = keysOf(payload, event)
  // Outside any transaction of the request (no `req`): visible at once to every other request and process.
  const row = await payload.db.create({ collection: COLLECTION, data: keys })
  const now = Date.now()
  for (const limit of limits) {
    const where: Where = { and: [...scope(keys, limit.by), { createdAt: { greater_than: new Date(now - limit.windowMs).toISOString() } }] }
    const { totalDocs } = await payload.db.count({ collection: COLLECTION, where })
    if (totalDocs <= limit.max) continue
    await payload.db.deleteOne({ collection: COLLECTION, where: { id: { equals: row.id } } })
    // Free again once the max-th most recent event has left the window (then at most max - 1 remain, plus the next).
    const { docs } = await payload.db.find<{ createdAt: string }>({
      collection: COLLECTION,
      where,
      sort: '-createdAt',
      limit: limit.max,
      pagination: false,
    })
    const freeAt = new Date(docs[limit.max - 1]?.createdAt ?? docs.at(-1)?.createdAt ?? now).getTime() + limit.windowMs
    return { ok: false, retryAfterMs: Math.max(1000, freeAt - now), limit }
  }
  // Housekeeping: the longest window is a day.
  await payload.db.deleteMany({ collection: COLLECTION, where: { createdAt: { less_than: new Date(now - KEEP_MS).toISOString() } } })
  return { ok: true, id: row.id }
}

/** Withdraws the events of `event`'s subject and source (a successful login forgives the failures before it). */
export async function forgive(payload: Payload, event: Event): Promise<void> {
  const keys = keysOf(payload, event)
  await payload.db.deleteMany({ collection: COLLECTION, where: { and: scope(keys, 'subject+source') } })
}

/** Withdraws one event `take` recorded (the attempt turned out right). */
export async function withdraw(payload: Payload, id: number | string): Promise<void> {
  await payload.db.deleteOne({ collection: COLLECTION, where: { id: { equals: id } } })
}

/** "dans 12 minutes", "dans 2 heures": the wait, rounded up, in words a person reads. */
export function waitInWords(ms: number): string {
  const minutes = Math.ceil(ms / 60_000)
  if (minutes < 60) return `dans ${minutes} minute${minutes > 1 ? 's' : ''}`
  const hours = Math.ceil(minutes / 60)
  return `dans ${hours} heure${hours > 1 ? 's' : ''}`
}
