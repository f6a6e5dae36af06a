import type { CollectionAfterChangeHook } from 'payload'

import { trackedMeasureFields } from '@/measures/vocabulary'

/**
 * What a change says about itself: the server action or the decision passes it in `context`; `automatic` when
 * Relais made it (a linked deliverable was published: src/measures/deliverables.ts).
 */
export type MeasureChangeContext = { measureNote?: string; proposalId?: number; automatic?: boolean }

const asText = (value: unknown) => {
  if (value == null) return ''
  if (typeof value === 'object' && 'id' in value) return String((value as { id: unknown }).id)
  return String(value)
}

/**
 * One measure-updates entry per save that changed a tracked field, listing every such field, in the same
 * transaction as the change: saving state and progress together is one entry with its comment once.
 */
export const recordMeasureUpdates: CollectionAfterChangeHook = async ({ doc, previousDoc, operation, req, context }) => {
  if (operation !== 'update') return doc
  const { measureNote, proposalId, automatic } = context as MeasureChangeContext
  const by = req.user as { id: number; name?: string } | null
  const changes = [...trackedMeasureFields]
    .map((field) => ({ field, from: asText(previousDoc?.[field]), to: asText(doc[field]) }))
    .filter(({ from, to }) => from !== to)
  if (changes.length === 0) return doc
  await req.payload.create({
    collection: 'measure-updates',
    data: {
      measure: doc.id,
      changes,
      note: measureNote,
      proposal: proposalId,
      automatic: automatic === true,
      by: by?.id,
      byName: by?.name,
    },
    req,
  })
  return doc
}
