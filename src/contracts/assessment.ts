import { type ContractAnswer, gapAnswers } from './vocabulary'

export type Criterion = { id: number; title: string; advice: string }
export type Answer = { criterion: number; answer: ContractAnswer; note?: string | null }

export type Assessment<C extends Criterion = Criterion> = {
  /** Share of the applicable points the contract covers (partly: half a point), in %; null before any answer. */
  score: number | null
  applicable: number
  /** Points answered partly, no or "je ne sais pas", in the checklist's order, with the advice to close them. */
  gaps: { criterion: C; answer: ContractAnswer; note?: string | null }[]
  /** Points not looked at yet. */
  unanswered: C[]
}

const points: Partial<Record<ContractAnswer, number>> = { oui: 1, partiel: 0.5 }

/** A contract's score and gaps against the checklist (criteria in their order; answers to removed points ignored). */
export function assessContract<C extends Criterion>(criteria: C[], answers: Answer[]): Assessment<C> {
  const byCriterion = new Map(answers.map((a) => [a.criterion, a]))
  const applicable = criteria.filter((c) => byCriterion.get(c.id)?.answer !== 'sans-objet')
  const answered = applicable.filter((c) => byCriterion.has(c.id))
  const covered = answered.reduce((sum, c) => sum + (points[byCriterion.get(c.id)!.answer] ?? 0), 0)
  return {
    score: answered.length && applicable.length ? Math.round((100 * covered) / applicable.length) : null,
    applicable: applicable.length,
    gaps: answered
      .filter((c) => gapAnswers.includes(byCriterion.get(c.id)!.answer))
      .map((c) => ({ criterion: c, answer: byCriterion.get(c.id)!.answer, note: byCriterion.get(c.id)!.note })),
    unanswered: applicable.filter((c) => !byCriterion.has(c.id)),
  }
}
