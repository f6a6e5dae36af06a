import type { Payload } from 'payload'

import { type AccessUser, decidesPriorities, hasRole } from '@/access/roles'
import { inTransaction } from '@/db/transaction'
import type { Measure, PriorityChange, User } from '@/payload-types'
import { done, type Result, refuse } from '@/result'
import type { MeasureChangeContext } from '@collections/Measures/hooks/recordMeasureUpdates'

export type Decision = { decision: 'approved' | 'rejected'; comment?: string; meeting?: string }
export type DecisionOutcome = Result

/** What is wrong with a decision before anything is read (French, for forms and the API alike). */
export function decisionProblem(user: AccessUser, input: Partial<Decision>): DecisionOutcome | null {
  if (!decidesPriorities(user)) return refuse(403, 'Seul le Comité (COPIL) ou la coordination, en son nom, décide des priorités.')
  if (input.decision !== 'approved' && input.decision !== 'rejected') return refuse(400, 'Choisissez « valider » ou « refuser ».')
  if (input.comment !== undefined && typeof input.comment !== 'string') return refuse(400, 'Le commentaire doit être un texte.')
  if (input.meeting !== undefined && typeof input.meeting !== 'string') return refuse(400, 'La séance doit être un texte.')
  if ((input.comment?.length ?? 0) > 2000) return refuse(400, 'Le commentaire est limité à 2000 caractères.')
  if ((input.meeting?.length ?? 0) > 200) return refuse(400, 'La séance est limitée à 200 caractères.')
  if (input.decision === 'rejected' && !input.comment?.trim()) return refuse(400, 'Indiquez pourquoi la proposition est refusée.')
  if (!hasRole(user, 'copil') && !input.meeting?.trim())
    return refuse(400, 'Vous décidez au nom du Comité : indiquez la séance (par exemple « Comité du 12 décembre 2026 »).')
  return null
}

/**
 * Validates or rejects a pending proposal in one transaction. The proposal and its measure are locked, so two
 * decisions at once are taken one after the other: a proposal is decided once, and a validation applies only
 * if the measure still has the priority and rank the proposal started from (otherwise it must be reproposed).
 */
export async function decideProposal(payload: Payload, user: User, id: number, input: Decision): Promise<DecisionOutcome> {
  const problem = decisionProblem(user, input)
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
    if (!proposal) return refuse(404, 'Cette proposition n’existe pas.')
    if (proposal.status !== 'pending') return refuse(409, 'Cette proposition a déjà été traitée.')
    if (proposal.proposedBy === user.id) return refuse(403, 'Vous ne pouvez pas décider de votre propre proposition.')
    const measureId = proposal.measure as number
    await lock('measures', measureId)
    const measure = (await payload.findByID({ collection: 'measures', id: measureId, depth: 0, req })) as Measure

    if (input.decision === 'approved') {
      if (measure.priority !== proposal.fromPriority || measure.rank !== proposal.fromRank)
        return refuse(
          409,
          `La mesure a changé depuis cette proposition (priorité ${measure.priority}, rang ${measure.rank}) : refusez-la et proposez à nouveau.`,
        )
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
    return done(
      input.decision === 'approved' ? `Proposition validée : la mesure ${measure.number} est mise à jour.` : 'Proposition refusée.',
    )
  })
}
