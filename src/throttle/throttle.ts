import crypto from 'node:crypto'

import type { Payload } from 'payload'

import { sidePool } from '@/db/sidePool'
import { defaultLocale, type UiLocale } from '@/i18n/locales'
import { translatorFor } from '@/i18n/translator'

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

const KEEP_MS = 24 * 60 * 60 * 1000

const keyed = (payload: Payload, value: string) =>
  crypto.createHmac('sha256', payload.secret).update(`throttle:${value.trim().toLowerCase()}`).digest('hex').slice(0, 40)

type Keys = { action: string; subject: string | null; source: string | null }

function keysOf(payload: Payload, event: Event): Keys {
  return {
    action: event.action,
    subject: event.subject === undefined ? null : keyed(payload, event.subject),
    source: event.source === undefined ? null : keyed(payload, event.source),
  }
}

/** The SQL condition of a limit's scope, with its parameters numbered from `first`. */
function scope(keys: Keys, by: Limit['by'], first = 1): { sql: string; values: unknown[] } {
  const parts = ['action = $' + first]
  const values: unknown[] = [keys.action]
  const column = (name: 'subject' | 'source') => {
    const value = keys[name]
    if (value === null) return parts.push(`${name} is null`)
    values.push(value)
    parts.push(`${name} = $${first + values.length - 1}`)
  }
  if (by !== 'source') column('subject')
  if (by !== 'subject') column('source')
  return { sql: parts.join(' and '), values }
}

/*
 * The statements run on the side pool (src/db/sidePool.ts), outside any transaction of the request: visible at once to
 * every other request and process, and never waiting for a connection that the request's own transaction holds. The
 * windows are measured by the database's clock, the one that stamps the rows.
 */

export async function take(payload: Payload, event: Event, limits: Limit[]): Promise<Verdict> {
  const db = sidePool(payload)
  const keys = keysOf(payload, event)
  const { rows } = await db.query<{ id: number }>(
    'insert into throttle_events (action, subject, source) values ($1, $2, $3) returning id',
    [keys.action, keys.subject, keys.source],
  )
  const id = rows[0]!.id
  for (const limit of limits) {
    const { sql, values } = scope(keys, limit.by, 2)
    const inWindow = `${sql} and created_at > now() - $1::float8 * interval '1 millisecond'`
    const counted = await db.query<{ n: number }>(`select count(*)::int as n from throttle_events where ${inWindow}`, [
      limit.windowMs,
      ...values,
    ])
    if (counted.rows[0]!.n <= limit.max) continue
    await db.query('delete from throttle_events where id = $1', [id])
    // Free again once the max-th most recent event has left the window (then at most max - 1 remain, plus the next).
    const free = await db.query<{ wait: number | null }>(
      `select (extract(epoch from (min(created_at) + $1::float8 * interval '1 millisecond' - now())) * 1000)::float8 as wait
         from (select created_at from throttle_events where ${inWindow} order by created_at desc limit $${values.length + 2}) recent`,
      [limit.windowMs, ...values, limit.max],
    )
    return { ok: false, retryAfterMs: Math.max(1000, Math.ceil(free.rows[0]?.wait ?? 0)), limit }
  }
  // Housekeeping: the longest window is a day.
  await db.query(`delete from throttle_events where created_at < now() - $1::float8 * interval '1 millisecond'`, [KEEP_MS])
  return { ok: true, id }
}

/** Withdraws the events of `event`'s subject and source (a successful login forgives the failures before it). */
export async function forgive(payload: Payload, event: Event): Promise<void> {
  const { sql, values } = scope(keysOf(payload, event), 'subject+source')
  await sidePool(payload).query(`delete from throttle_events where ${sql}`, values)
}

/** Withdraws one event `take` recorded (the attempt turned out right). */
export async function withdraw(payload: Payload, id: number | string): Promise<void> {
  await sidePool(payload).query('delete from throttle_events where id = $1', [id])
}

/** "dans 12 minutes", "in 2 Stunden": the wait, rounded up, in words a person reads, in their language. */
export function waitInWords(ms: number, locale: UiLocale = defaultLocale): string {
  const t = translatorFor(locale, 'wait')
  const minutes = Math.ceil(ms / 60_000)
  return minutes < 60 ? t('minutes', { count: minutes }) : t('hours', { count: Math.ceil(minutes / 60) })
}
