import { type CollectionBeforeChangeHook, ValidationError } from 'payload'

import { adminMessage, requestLanguage } from '@/admin/language'
import { messageAt } from '@/i18n/labels'
import { contentLocale } from '@/i18n/locales'
import type { Measure } from '@/payload-types'

/**
 * On a new proposal: the current priority and rank come from the measure, the author from the session, the
 * status is pending; anything a client sent for those is replaced. A proposal must change something.
 */
export const fillProposal: CollectionBeforeChangeHook = async ({ data, operation, req }) => {
  if (operation !== 'create') return data
  const language = contentLocale(requestLanguage(req))
  const labels: Record<string, string> = {
    measure: messageAt(language, 'admin.priorityChanges.measure'),
    rationale: messageAt(language, 'admin.priorityChanges.rationale'),
    toPriority: messageAt(language, 'admin.priorityChanges.toPriority'),
  }
  const fail = (path: string, message: string) => {
    throw new ValidationError({ collection: 'priority-changes', errors: [{ path, message, label: labels[path] }] }, req.t)
  }
  const measureId = typeof data.measure === 'object' ? data.measure?.id : data.measure
  const measure = (await req.payload.findByID({
    collection: 'measures',
    id: measureId,
    depth: 0,
    req,
    disableErrors: true,
  })) as Measure | null
  if (!measure) return fail('measure', adminMessage(req, 'measureMissing'))
  if (typeof data.rationale !== 'string' || data.rationale.trim().length < 10) fail('rationale', adminMessage(req, 'explainProposal'))
  const toPriority = data.toPriority || null
  const toRank = data.toRank ?? null
  if ((toPriority === null || toPriority === measure.priority) && (toRank === null || toRank === measure.rank))
    fail('toPriority', adminMessage(req, 'proposeAChange', { priority: measure.priority ?? '', rank: measure.rank ?? '' }))
  return {
    ...data,
    toPriority: toPriority === measure.priority ? null : toPriority,
    toRank: toRank === measure.rank ? null : toRank,
    rationale: data.rationale.trim(),
    fromPriority: measure.priority,
    fromRank: measure.rank,
    status: 'pending',
    proposedBy: (req.user as { id: number } | null)?.id ?? null,
    proposedByName: (req.user as { name?: string } | null)?.name ?? null,
    decidedBy: null,
    decidedByName: null,
    decidedAt: null,
    decisionComment: null,
    meeting: null,
  }
}
