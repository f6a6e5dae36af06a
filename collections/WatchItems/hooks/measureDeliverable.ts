import type { CollectionAfterChangeHook } from 'payload'

import { deliverablePublished } from '@/measures/deliverables'

/** A watch item published (not re-published) starts the measures that link its kind (src/measures/deliverables.ts). */
export const watchItemDeliverablePublished: CollectionAfterChangeHook = async ({ doc, previousDoc, req }) => {
  if (doc._status !== 'published' || previousDoc?._status === 'published') return doc
  await deliverablePublished(req, { kind: 'watch-kind', type: doc.kind, title: doc.title })
  return doc
}
