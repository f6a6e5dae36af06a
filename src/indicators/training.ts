import type { Payload } from 'payload'

import { type EventType, eventTypes } from '@/events/vocabulary'
import { idOf } from '@/fields/idOf'

import { lastTwelveMonths, roughlyWithin, within } from './period'

/** One event type's figures for one commune: registrations kept and attendance noted. */
export type TrainingRow = { type: EventType; label: string; registered: number; attended: number }

/**
 * Registrations and attendance of each commune's people at the ARVr's events (trainings, webinars, workshops,
 * symposiums) held in the last twelve months, by event type. Four queries for the whole region: events of the
 * period (not cancelled), their registrations, and the communes of the people registered (their account's
 * commune). A registration counts when it was kept (not cancelled, not left on the waiting list) or when the
 * person's attendance was noted.
 */
export async function trainingByCommune(payload: Payload, today: Date): Promise<Map<number, Map<EventType, TrainingRow>>> {
  const span = lastTwelveMonths(today)
  const read = { limit: 0, pagination: false, depth: 0 } as const
  const events = (
    await payload.find({
      collection: 'events',
      ...read,
      where: { startsAt: roughlyWithin(span) },
      select: { type: true, startsAt: true, cancelled: true },
    })
  ).docs.filter((event) => !event.cancelled && within(event.startsAt, span))
  const byCommune = new Map<number, Map<EventType, TrainingRow>>()
  if (events.length === 0) return byCommune
  const typeOf = new Map(events.map((event) => [event.id, event.type as EventType]))
  const registrations = (
    await payload.find({
      collection: 'registrations',
      ...read,
      where: { event: { in: [...typeOf.keys()] } },
      select: { event: true, user: true, status: true, attended: true },
    })
  ).docs.filter((r) => r.attended || r.status === 'confirmed')
  const userIds = [...new Set(registrations.map((r) => idOf(r.user)))]
  if (userIds.length === 0) return byCommune
  const users = await payload.find({ collection: 'users', ...read, where: { id: { in: userIds } }, select: { commune: true } })
  const communeOf = new Map(users.docs.map((user) => [user.id, user.commune ? idOf(user.commune) : null]))
  for (const registration of registrations) {
    const commune = communeOf.get(idOf(registration.user))
    const type = typeOf.get(idOf(registration.event))
    if (!commune || !type) continue
    const rows = byCommune.get(commune) ?? new Map<EventType, TrainingRow>()
    const row = rows.get(type) ?? { type, label: eventTypes[type], registered: 0, attended: 0 }
    row.registered += 1
    if (registration.attended) row.attended += 1
    rows.set(type, row)
    byCommune.set(commune, rows)
  }
  return byCommune
}

/** One commune's rows, in the order of the event types, only the types it took part in. */
export const trainingRows = (rows: Map<EventType, TrainingRow> | undefined): TrainingRow[] =>
  (Object.keys(eventTypes) as EventType[]).flatMap((type) => (rows?.get(type) ? [rows.get(type)!] : []))
