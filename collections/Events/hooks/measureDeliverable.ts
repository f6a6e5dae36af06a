import type { CollectionAfterChangeHook } from 'payload'

import { deliverablePublished } from '@/measures/deliverables'

/**
 * An event published (not re-published) is a deliverable of the measures that link its series (its type: the
 * symposiums, the trainings…): it starts them (src/measures/deliverables.ts).
 */
export const eventDeliverablePublished: CollectionAfterChangeHook = async ({ doc, previousDoc, req }) => {
  if (doc._status !== 'published' || previousDoc?._status === 'published') return doc
  await deliverablePublished(req, { kind: 'event-series', type: doc.type, title: doc.title })
  return doc
}
