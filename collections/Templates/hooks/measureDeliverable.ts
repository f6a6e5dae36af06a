import type { CollectionAfterChangeHook } from 'payload'

import { deliverablePublished } from '@/measures/deliverables'

/**
 * Templates have no drafts: one is published when it is created. That starts the measures that link it as a
 * deliverable (src/measures/deliverables.ts); later edits do not.
 */
export const templateDeliverablePublished: CollectionAfterChangeHook = async ({ doc, operation, req }) => {
  if (operation !== 'create') return doc
  await deliverablePublished(req, { kind: 'template', id: doc.id, title: doc.title })
  return doc
}
