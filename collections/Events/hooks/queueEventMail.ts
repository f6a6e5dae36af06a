import type { CollectionAfterChangeHook } from 'payload'

import { eventMailQueue } from '@/events/mail'

/**
 * Once published: the announcement (if asked for and not yet sent) and, on cancellation, the registrants' notice
 * (if not yet sent) go out through the jobs queue, in the write's transaction, so that they exist only if the write committed.
 */
export const queueEventMail: CollectionAfterChangeHook = async ({ doc, req }) => {
  if (doc._status !== 'published') return doc
  const queue = async (kind: 'announcement' | 'cancellation') => {
    const sent = await req.payload.count({
      collection: 'event-mailings',
      where: { and: [{ event: { equals: doc.id } }, { kind: { equals: kind } }] },
      req,
    })
    if (!sent.totalDocs) await req.payload.jobs.queue({ task: 'eventMail', input: { eventId: doc.id, kind }, queue: eventMailQueue, req })
  }
  if (doc.announce && !doc.cancelled) await queue('announcement')
  if (doc.cancelled) await queue('cancellation')
  return doc
}
