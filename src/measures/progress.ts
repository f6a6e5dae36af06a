import { doneStatuses, type MeasurePriority, type MeasureStatus, priorityDeadlines } from './vocabulary'

/** A milestone as the measure stores it: a sub-deliverable with its due day (YYYY-MM-DD or an ISO date). */
export type Milestone = { id?: string | null; title: string; dueDate?: string | null; done?: boolean | null }

type Dated = { status: MeasureStatus; priority: MeasurePriority; targetDate?: string | null }

const day = (value: string) => value.slice(0, 10)

/**
 * The measure's % when it has milestones: the share of milestones done, rounded to the unit (3 of 4 → 75).
 * Without milestones there is no roll-up (`null`): the % is the one COTEC members enter by hand.
 */
export function rolledUpProgress(milestones: readonly Milestone[] | null | undefined): number | null {
  if (!milestones?.length) return null
  return Math.round((100 * milestones.filter((m) => m.done).length) / milestones.length)
}

/** The day a measure is due: its own target date when staff set one, otherwise its priority's (none for C). */
export const measureDeadline = (measure: Dated): string | null =>
  measure.targetDate ? day(measure.targetDate) : priorityDeadlines[measure.priority]

/**
 * Late: past its deadline (the day after it, `today` being a Zurich day YYYY-MM-DD) and not done. A measure
 * « réalisée » or « déjà appliquée » is done; « continue » never ends and « suspendue » was stopped on purpose:
 * neither is late.
 */
export function isLate(measure: Dated, today: string): boolean {
  if (doneStatuses.includes(measure.status) || measure.status === 'continue' || measure.status === 'suspendue') return false
  const deadline = measureDeadline(measure)
  return deadline !== null && day(today) > deadline
}

/** The milestones not done whose due day has passed. */
export const lateMilestones = (milestones: readonly Milestone[] | null | undefined, today: string): Milestone[] =>
  (milestones ?? []).filter((m) => !m.done && m.dueDate && day(today) > day(m.dueDate))
