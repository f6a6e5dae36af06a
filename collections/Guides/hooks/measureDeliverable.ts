import type { CollectionAfterChangeHook } from 'payload'

import { deliverablePublished } from '@/measures/deliverables'

/** A guide published (not re-published) starts the measures that link it as a deliverable (src/measures/deliverables.ts). */
export const guideDeliverablePublished: CollectionAfterChangeHook = async ({ doc, previousDoc, req }) => {
  if (doc._status !== 'published' || previousDoc?._status === 'published') return doc
  await deliverablePublished(req, { kind: 'guide', id: doc.id, title: doc.title })
  return doc
}
