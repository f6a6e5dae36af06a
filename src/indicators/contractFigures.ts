import type { Payload } from 'payload'

import { assessContract } from '@/contracts/assessment'
import { idOf } from '@/fields/idOf'

import { allCommuneIds } from './communes'
import { nextSixMonths, within } from './period'

/** One commune's contracts in figures: how many, how many fully assessed, open gaps, notice deadlines soon. */
export type ContractFigures = { contracts: number; assessed: number; gaps: number; noticeSoon: number }

/**
 * Every commune's contract figures in three queries (communes, checklist points, contracts), against the
 * checklist as it stands: a contract is assessed when each of its points has an answer (« sans objet » included);
 * its gaps are the points answered « partiellement », « non » or « je ne sais pas » (as on the contract's page).
 * Communes without a contract are absent.
 */
export async function contractFiguresByCommune(
  payload: Payload,
  today: Date,
): Promise<{ ids: number[]; figures: Map<number, ContractFigures> }> {
  const read = { limit: 0, pagination: false, depth: 0 } as const
  const [ids, criteria, contracts] = await Promise.all([
    allCommuneIds(payload),
    payload.find({ collection: 'contract-criteria', ...read, select: { title: true, advice: true } }),
    payload.find({ collection: 'contracts', ...read, select: { commune: true, answers: true, noticeDeadline: true } }),
  ])
  const soon = nextSixMonths(today)
  const figures = new Map<number, ContractFigures>()
  for (const contract of contracts.docs) {
    const commune = idOf(contract.commune)
    const answers = (contract.answers ?? []).map((a) => ({ criterion: idOf(a.criterion), answer: a.answer }))
    const assessment = assessContract(criteria.docs, answers)
    const row = figures.get(commune) ?? { contracts: 0, assessed: 0, gaps: 0, noticeSoon: 0 }
    row.contracts += 1
    if (answers.length > 0 && assessment.unanswered.length === 0) row.assessed += 1
    row.gaps += assessment.gaps.length
    if (within(contract.noticeDeadline, soon)) row.noticeSoon += 1
    figures.set(commune, row)
  }
  return { ids, figures }
}

/** One value per commune from its figures; null for a commune that recorded no contract. */
export async function perCommuneFromContracts(
  payload: Payload,
  today: Date,
  value: (figures: ContractFigures) => number | null,
): Promise<Map<number, number | null>> {
  const { ids, figures } = await contractFiguresByCommune(payload, today)
  return new Map(ids.map((id) => [id, figures.has(id) ? value(figures.get(id)!) : null]))
}
