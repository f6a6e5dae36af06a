import type { Payload } from 'payload'

import { type AccessUser, decidesPriorities, hasRole } from '@/access/roles'
import { inTransaction } from '@/db/transaction'
import type { Translate } from '@/i18n/translator'
import type { Measure, PriorityChange, User } from '@/payload-types'
import { done, type Result, refuse } from '@/result'
import type { MeasureChangeContext } from '@collections/Measures/hooks/recordMeasureUpdates'

/**
 * The request's language (French outside a request), read lazily: this module is loaded with the Payload config and
 * by specs before any request exists, and the request's language module loads that config itself.
 */
const serverTranslator = async (namespace: string) => (await import('@/i18n/server')).serverTranslator(namespace)

export type Decision = { decision: 'approved' | 'rejected'; comment?: string; meeting?: string }
export type DecisionOutcome = Result

/** What is wrong with a decision before anything is read (in the request's language, for forms and the API alike). */
export function decisionProblem(user: AccessUser, input: Partial<Decision>, t: Translate): DecisionOutcome | null {
  if (!decidesPriorities(user)) return refuse(403, t('forbidden'))
  if (input.decision !== 'approved' && input.decision !== 'rejected') return refuse(400, t('decisionRequired'))
  if (input.comment !== undefined && typeof input.comment !== 'string') return refuse(400, t('commentNotText'))
  if (input.meeting !== undefined && typeof input.meeting !== 'string') return refuse(400, t('meetingNotText'))
  if ((input.comment?.length ?? 0) > 2000) return refuse(400, t('commentTooLong', { max: 2000 }))
  if ((input.meeting?.length ?? 0) > 200) return refuse(400, t('meetingTooLong', { max: 200 }))
  if (input.decision === 'rejected' && !input.comment?.trim()) return refuse(400, t('reasonRequired'))
  if (!hasRole(user, 'copil') && !input.meeting?.trim()) return refuse(400, t('meetingRequired'))
  return null
}

/**
 * Validates or rejects a pending proposal in one transaction. The proposal and its measure are locked, so two
 * decisions at once are taken one after the other: a proposal is decided once, and a validation applies only
 * if the measure still has the priority and rank the proposal started from (otherwise it must be reproposed).
 */
export async function decideProposal(payload: Payload, user: User, id: number, input: Decision): Promise<DecisionOutcome> {
  const t = await serverTranslator('measures.decision')
  const problem = decisionProblem(user, input, t)
  if (problem) return problem
  return inTransaction(payload, user, async ({ req, lock }) => {
    await lock('priority_changes', id)
    const proposal = (await payload.findByID({
      collection: 'priority-changes',
      id,
      depth: 0,
      req,
      disableErrors: true,
    })) as PriorityChange | null
    if (!proposal) return refuse(404, t('unknown'))
    if (proposal.status !== 'pending') return refuse(409, t('alreadyDecided'))
    if (proposal.proposedBy === user.id) return refuse(403, t('ownProposal'))
    const measureId = proposal.measure as number
    await lock('measures', measureId)
    const measure = (await payload.findByID({ collection: 'measures', id: measureId, depth: 0, req })) as Measure

    if (input.decision === 'approved') {
      if (measure.priority !== proposal.fromPriority || measure.rank !== proposal.fromRank)
        return refuse(409, t('measureChanged', { priority: measure.priority, rank: measure.rank }))
      const context: MeasureChangeContext = { measureNote: proposal.rationale, proposalId: proposal.id }
      await payload.update({
        collection: 'measures',
        id: measureId,
        data: { priority: proposal.toPriority ?? measure.priority, rank: proposal.toRank ?? measure.rank },
        req,
        context,
      })
    }
    await payload.update({
      collection: 'priority-changes',
      id,
      data: {
        status: input.decision,
        decidedBy: user.id,
        decidedByName: user.name,
        decidedAt: new Date().toISOString(),
        decisionComment: input.comment?.trim() || null,
        meeting: input.meeting?.trim() || null,
      },
      req,
    })
    return done(input.decision === 'approved' ? t('approved', { number: measure.number }) : t('rejected'))
  })
}
