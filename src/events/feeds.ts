import { randomBytes } from 'node:crypto'
import type { Payload } from 'payload'

import { calendarFile } from '../calendar/ics'
import { publicUrl } from '../config/runtime'
import type { Event, User } from '../payload-types'
import { eventCalendarEvent } from './calendar'
import { type EventType, eventTypes } from '../../collections/Events/options'

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
  byType: Object.fromEntries(Object.keys(eventTypes).map((type) => [type, `${publicUrl()}/flux/${token}/evenements.ics?type=${type}`])) as Record<EventType, string>,
  meetings: `${publicUrl()}/flux/${token}/seances.ics`,
})

/** The active account a feed secret belongs to, or null: an unknown, revoked or disabled link answers 404. */
export async function feedOwner(payload: Payload, token: string): Promise<User | null> {
  if (!/^[A-Za-z0-9_-]{32}$/.test(token)) return null
  const { docs } = await payload.find({ collection: 'users', where: { calendarToken: { equals: token } }, limit: 1, depth: 0 })
  const user = docs[0]
  return user && !user.disabled ? user : null
}

// A feed covers the last year and everything ahead: enough history for a calendar, bounded in size.
export const feedSince = () => new Date(Date.now() - 365 * 24 * 3600_000).toISOString()

/** Every published event (cancelled ones too, so that calendars drop them), optionally of one type. */
export async function eventsFeed(payload: Payload, user: User, type?: EventType): Promise<string> {
  const { docs } = await payload.find({
    collection: 'events',
    where: { and: [{ _status: { equals: 'published' } }, { startsAt: { greater_than: feedSince() } }, ...(type ? [{ type: { equals: type } }] : [])] },
    sort: 'startsAt',
    depth: 0,
    limit: 0,
    pagination: false,
    draft: false,
    user,
    overrideAccess: false,
    select: { title: true, startsAt: true, endsAt: true, place: true, onlineUrl: true, summary: true, cancelled: true, calendarSequence: true, _status: true },
  })
  const name = type ? `Relais — ${eventTypes[type]}s` : 'Relais — événements'
  return calendarFile({ name, method: 'PUBLISH', events: (docs as Event[]).map(eventCalendarEvent) })
}
