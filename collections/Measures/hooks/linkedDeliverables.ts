import type { CollectionAfterChangeHook } from 'payload'

import { deliverablesLinked } from '@/measures/deliverables'
import type { Measure } from '@/payload-types'

/** Linking a deliverable that is already published starts a measure that had not started (src/measures/deliverables.ts). */
export const linkedDeliverablesPublished: CollectionAfterChangeHook = async ({ doc, previousDoc, req }) => {
  await deliverablesLinked(req, doc as Measure, previousDoc as Partial<Measure> | undefined)
  return doc
}
