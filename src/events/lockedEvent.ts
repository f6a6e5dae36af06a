import type { Payload } from 'payload'

import type { Transaction } from '@/db/transaction'
import type { Event } from '@/payload-types'

/**
 * Locks an event's row until the end of the transaction, then reads its published version (null when it has none):
 * registrations, cancellations and mailings of one event are then taken one after the other.
 */
export async function lockedEvent(payload: Payload, { req, lock }: Transaction, eventId: number): Promise<Event | null> {
  await lock('events', eventId)
  return (await payload.findByID({ collection: 'events', id: eventId, depth: 0, draft: false, req, disableErrors: true })) as Event | null
}
