import { sql } from '@payloadcms/db-postgres'
import type { Payload, PayloadRequest } from 'payload'
import pg from 'pg'

import { poolOf } from '@/db/pool'

/**
 * A per-process cache of what many people read alike (published content: FAQ, guides, measures, events, the site's
 * settings), kept coherent across every instance of the app through PostgreSQL:
 *
 * - Every entry belongs to tags, the slugs of the collections and globals it was read from. A write through Payload
 *   (any collection or global: src/cache/invalidation.ts) sends `NOTIFY relais_cache, '<slug>'` inside its own
 *   transaction, so PostgreSQL delivers it to every listening instance when, and only when, the write commits. Each
 *   instance (this one included) then moves that tag's generation on: entries read before are never served again.
 * - The instance that writes stops serving and storing that tag from the write's hook until its own notification
 *   comes back (or 10 s, if the transaction rolled back): the author's next page is read from the database.
 * - An entry is stamped with its tags' generations taken before it is read; a change committed while it is being read
 *   moves a generation, so the entry is stale as soon as it is stored.
 * - No listening connection (not yet open, lost, reconnecting): nothing is cached, every call reads the database. A
 *   reconnection starts a new epoch: everything cached before it is dropped (notifications may have been missed).
 * - Entries live 60 s at most and 500 at most (least recently used first out), whatever happens.
 *
 * Callers key entries by what the access rules look at (`viewerKey`): two people with the same key must be allowed to
 * read exactly the same thing. Per-person and per-commune parts (progress, registrations, requests) are never cached.
 * Values are shared between requests: callers never mutate them.
 */

export const CACHE_CHANNEL = 'relais_cache'
const MAX_ENTRIES = 500
const MAX_AGE_MS = 60_000
const PENDING_MS = 10_000
const RECONNECT_MS = 2_000

type Entry = { stamp: string; value: Promise<unknown>; at: number }
type State = {
  generations: Map<string, number>
  epoch: number
  entries: Map<string, Entry>
  /** Writes of this process not yet committed and notified back: id → tag, until when. */
  pending: Map<string, { tag: string; until: number }>
  sequence: number
  listener: pg.Client | null
  listening: boolean
  connecting: boolean
}

const processId = `${process.pid}-${Math.random().toString(36).slice(2, 8)}`
const globalState = globalThis as unknown as { __relaisSharedCache?: State }
const state: State = (globalState.__relaisSharedCache ??= {
  generations: new Map(),
  epoch: 0,
  entries: new Map(),
  pending: new Map(),
  sequence: 0,
  listener: null,
  listening: false,
  connecting: false,
})

/**
 * Only in the app's server (scripts/server.ts says so): tests, scripts and jobs run outside it read the database
 * every time, as they may write around Payload (raw SQL, `payload.db`) and read again at once.
 */
const enabled = () => process.env.RELAIS_APP_SERVER === 'true' && process.env.RELAIS_CACHE !== 'off'

const generationOf = (tag: string) => state.generations.get(tag) ?? 0
const bump = (tag: string) => state.generations.set(tag, generationOf(tag) + 1)

function isPending(tag: string, now: number) {
  for (const [id, write] of state.pending) {
    if (write.until < now) state.pending.delete(id)
    else if (write.tag === tag) return true
  }
  return false
}

/** A notification: `<tag>` or `<tag>|<id of the write>` (the id tells the writing process its write has committed). */
function received(message: string | undefined) {
  if (!message) return
  const [tag, id] = message.split('|')
  if (!tag) return
  bump(tag)
  if (id) state.pending.delete(id)
}

function dropEverything() {
  state.listening = false
  state.epoch++
  state.entries.clear()
}

/** Opens the listening connection (once; again after it is lost). Until it listens, nothing is cached. */
function listen(payload: Payload) {
  if (state.listening || state.connecting) return
  const options = poolOf(payload)?.options
  if (!options) return
  state.connecting = true
  const client = new pg.Client({ connectionString: options.connectionString, connectionTimeoutMillis: 10_000 })
  const lost = () => {
    if (state.listener !== client) return
    state.listener = null
    dropEverything()
    client.removeAllListeners('notification')
    void client.end().catch(() => {})
    setTimeout(() => listen(payload), RECONNECT_MS).unref()
  }
  client.on('error', lost)
  client.on('end', lost)
  client.on('notification', (notification) => {
    if (notification.channel === CACHE_CHANNEL) received(notification.payload)
  })
  state.listener = client
  client
    .connect()
    .then(async () => {
      // The connection must not keep a script or a test process alive on its own.
      ;(client as unknown as { connection?: { stream?: { unref?: () => void } } }).connection?.stream?.unref?.()
      await client.query(`listen ${CACHE_CHANNEL}`)
      state.epoch++
      state.entries.clear()
      state.listening = true
    })
    .catch(() => {
      state.connecting = false
      lost()
    })
    .finally(() => {
      state.connecting = false
    })
}

/**
 * The value of `load()`, shared with the other requests of this process that ask for the same `key` with the same
 * `tags` while none of these has changed. `tags`: the collection and global slugs `load` reads (populated
 * relationships included).
 */
export async function sharedRead<T>(payload: Payload, tags: readonly string[], key: string, load: () => Promise<T>): Promise<T> {
  if (!enabled()) return load()
  if (!state.listening) {
    listen(payload)
    return load()
  }
  const now = Date.now()
  if (tags.some((tag) => isPending(tag, now))) return load()
  const stamp = `${state.epoch}:${tags.map(generationOf).join(',')}`
  const full = `${tags.join(',')}|${key}`
  const hit = state.entries.get(full)
  if (hit && hit.stamp === stamp && now - hit.at < MAX_AGE_MS) {
    // Least recently used order: a hit moves to the end.
    state.entries.delete(full)
    state.entries.set(full, hit)
    return hit.value as Promise<T>
  }
  const value = load()
  state.entries.delete(full)
  state.entries.set(full, { stamp, value, at: now })
  value.catch(() => {
    if (state.entries.get(full)?.value === value) state.entries.delete(full)
  })
  while (state.entries.size > MAX_ENTRIES) state.entries.delete(state.entries.keys().next().value!)
  return value
}

type Sessions = Record<string, { db: { execute: (query: unknown) => Promise<unknown> } }>

/**
 * Tells every instance that `tag` changed, when the write of `req` commits (nothing if it rolls back). Meanwhile
 * this process neither serves nor stores `tag`.
 */
export async function invalidate(payload: Payload, req: Partial<PayloadRequest> | undefined, tag: string) {
  const id = `${processId}:${++state.sequence}`
  state.pending.set(id, { tag, until: Date.now() + PENDING_MS })
  bump(tag)
  const transaction = req?.transactionID ? String(await req.transactionID) : null
  const sessions = (payload.db as unknown as { sessions?: Sessions }).sessions
  const db = transaction ? sessions?.[transaction]?.db : undefined
  const message = `${tag}|${id}`
  if (db) await db.execute(sql`select pg_notify(${CACHE_CHANNEL}, ${message})`)
  else await poolOf(payload).query('select pg_notify($1, $2)', [CACHE_CHANNEL, message])
}

/** For tests and the bench: whether this process listens (so that it caches). */
export const sharedCacheListening = () => state.listening
