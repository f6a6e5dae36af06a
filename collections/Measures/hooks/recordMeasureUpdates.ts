import type { CollectionAfterChangeHook } from 'payload'

import { type TrackedMeasureField, trackedMeasureFields } from '@/measures/vocabulary'

/** What a change says about itself: the server action or the decision passes it in `context`. */
export type MeasureChangeContext = { measureNote?: string; proposalId?: number }

const asText = (value: unknown) => {
  if (value == null) return ''
  if (typeof value === 'object' && 'id' in value) return String((value as { id: unknown }).id)
  return String(value)
}

/** One measure-updates entry per tracked field that changed, in the same transaction as the change. */
export const recordMeasureUpdates: CollectionAfterChangeHook = async ({ doc, previousDoc, operation, req, context }) => {
  if (operation !== 'update') return doc
  const { measureNote, proposalId } = context as MeasureChangeContext
  const by = req.user as { id: number; name?: string } | null
  for (const field of Object.keys(trackedMeasureFields) as TrackedMeasureField[]) {
    const from = asText(previousDoc?.[field])
    const to = asText(doc[field])
    if (from === to) continue
    await req.payload.create({
      collection: 'measure-updates',
      data: { measure: doc.id, field, from, to, note: measureNote, proposal: proposalId, by: by?.id, byName: by?.name },
      req,
    })
  }
  return doc
}
