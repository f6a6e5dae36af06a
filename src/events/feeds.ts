import { randomBytes } from 'node:crypto'

import type { Payload } from 'payload'

import { calendarFromBlocks, veventBlock } from '@/calendar/ics'
import { publicUrl } from '@/config/runtime'
import { poolOf } from '@/db/pool'
import { defaultLocale, type Locale } from '@/i18n/locales'
import { translatorFor } from '@/i18n/translator'
import type { Event, User } from '@/payload-types'

import { eventCalendarEvent } from './calendar'
import { type EventType, eventTypeKeys } from './vocabulary'

/** The person's feed secret, created on first use (and replaced, which revokes the old links, on request). */
export async function calendarToken(payload: Payload, user: User, { renew = false } = {}): Promise<string> {
  const current = (await payload.findByID({ collection: 'users', id: user.id, depth: 0, select: { calendarToken: true } })).calendarToken
  if (current && !renew) return current
  const token = randomBytes(24).toString('base64url')
  await payload.db.updateOne({ collection: 'users', id: user.id, data: { calendarToken: token } })
  return token
}

export const feedUrls = (token: string) => ({
  events: `${publicUrl()}/flux/${token}/evenements.ics`,
  byType: Object.fromEntries(eventTypeKeys.map((type) => [type, `${publicUrl()}/flux/${token}/evenements.ics?type=${type}`])) as Record<
    EventType,
    string
  >,
  meetings: `${publicUrl()}/flux/${token}/seances.ics`,
})

/** The active account a feed secret belongs to, or null: an unknown, revoked or disabled link answers 404. */
export async function feedOwner(payload: Payload, token: string): Promise<User | null> {
  if (!/^[A-Za-z0-9_-]{32}$/.test(token)) return null
  const { docs } = await payload.find({ collection: 'users', where: { calendarToken: { equals: token } }, limit: 1, depth: 0 })
  const user = docs[0]
  return user && !user.disabled ? user : null
}

// A feed covers the last year (from midnight UTC, so that it stays the same all day) and everything ahead.
export const feedSince = () => `${new Date(Date.now() - 365 * 24 * 3600_000).toISOString().slice(0, 10)}T00:00:00.000Z`

type FeedRow = Pick<
  Event,
  'id' | 'title' | 'startsAt' | 'endsAt' | 'place' | 'onlineUrl' | 'summary' | 'cancelled' | 'calendarSequence' | 'updatedAt'
>

/**
 * Every published event (cancelled ones too, so that calendars drop them), optionally of one type. The rule is the
 * one members read events by (published only), applied in a single SQL query of the columns a calendar needs:
 * calendar apps poll feeds, and Payload's general read of 1,000 versioned documents costs four times as much.
 */
export async function eventsFeed(payload: Payload, type?: EventType, locale: Locale = defaultLocale): Promise<string> {
  const pool = poolOf(payload)
  // Calendar apps poll every few minutes and events change rarely: the file is rebuilt only when a published
  // event was written (count or latest update) or the day changed.
  const {
    rows: [state],
  } = await pool.query<{ n: number; changed: string }>(
    `select count(*)::int as n, coalesce(max(updated_at), 'epoch')::text as changed from events`,
  )
  const key = `${state!.n}|${state!.changed}|${feedSince()}`
  const feedKey = `${locale}|${type ?? 'all'}`
  const cached = feedCache.get(feedKey)
  if (cached?.key === key) return cached.ics
  const { rows } = await pool.query<FeedRow>(
    // Title and summary are localised (events_locales): the owner's language, else French (the fallback).
    `select e.id, coalesce(shown.title, french.title) as title, e.starts_at as "startsAt", e.ends_at as "endsAt", e.place,
            e.online_url as "onlineUrl", coalesce(shown.summary, french.summary) as summary, e.cancelled,
            e.calendar_sequence::int as "calendarSequence", e.updated_at::text as "updatedAt"
       from events e
       left join events_locales french on french._parent_id = e.id and french._locale = 'fr'
       left join events_locales shown on shown._parent_id = e.id and shown._locale = $3::text::_locales
      where e._status = 'published' and e.starts_at > $1 and ($2::text is null or e.type::text = $2)
      order by e.starts_at, e.id`,
    [feedSince(), type ?? null, locale],
  )
  // Each event's block is kept until that event changes: after one edit, one block is written, not a thousand.
  const blocks = rows.map((row) => {
    const blockKey = `${locale}|${row.id}|${row.updatedAt}`
    let block = eventBlocks.get(blockKey)
    if (!block) {
      block = veventBlock(
        eventCalendarEvent(
          { ...row, startsAt: new Date(row.startsAt).toISOString(), endsAt: new Date(row.endsAt).toISOString() } as Event,
          locale,
        ),
      )
      eventBlocks.set(blockKey, block)
    }
    return block
  })
  if (eventBlocks.size > 4 * rows.length + 1000) eventBlocks.clear()
  // The feed's name and the texts Relais adds are in the language of the person whose link it is.
  const t = translatorFor(locale, 'calendar')
  const name = type ? t('eventsOfTypeName', { type: translatorFor(locale, 'vocab.events')(`typesPlural.${type}`) }) : t('eventsName')
  const ics = calendarFromBlocks(name, blocks, locale)
  feedCache.set(feedKey, { key, ics })
  return ics
}

const feedCache = new Map<string, { key: string; ics: string }>()
const eventBlocks = new Map<string, string>()
