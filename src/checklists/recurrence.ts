import type { ChecklistState, DueState, RecurrencePeriod } from './vocabulary'

/**
 * Recurring checklist actions (issue 25): an action done on a day must be done again `months` later. Days are
 * Zurich calendar days as YYYY-MM-DD (src/checklists/today.ts gives today's); nothing here reads the clock.
 */

/** How many days before its due date an action shows as « à refaire bientôt », and its référent is reminded. */
export const DUE_SOON_DAYS = 30

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/

const parts = (day: string) => {
  const match = DAY.exec(day)
  if (!match) throw new Error(`not a day: ${day}`)
  return { year: Number(match[1]), month: Number(match[2]), date: Number(match[3]) }
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0')

const daysInMonth = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate()

/** The same day `months` later; a day the month lacks becomes its last day (31 January + 1 month: 28 or 29 February). */
export function addMonths(day: string, months: number): string {
  const { year, month, date } = parts(day)
  const index = year * 12 + (month - 1) + months
  const y = Math.floor(index / 12)
  const m = (index % 12) + 1
  return `${pad(y, 4)}-${pad(m)}-${pad(Math.min(date, daysInMonth(y, m)))}`
}

/** The day `days` later (or earlier, when negative). */
export function addDays(day: string, days: number): string {
  const { year, month, date } = parts(day)
  return new Date(Date.UTC(year, month - 1, date + days)).toISOString().slice(0, 10)
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export const daysBetween = (from: string, to: string) =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000)

/** The months of a period (« 12 » → 12), or null for an action done once. */
export const periodMonths = (period: RecurrencePeriod | string | null | undefined): number | null => {
  const months = Number(period)
  return period && Number.isInteger(months) && months > 0 ? months : null
}

/** The day an action done on `doneOn` must be done again by: the same day `months` later. */
export const dueDate = (doneOn: string, months: number) => addMonths(doneOn, months)

export type Due = { due: string; state: DueState; daysLeft: number }

/**
 * Where an action done on `doneOn`, recurring every `months`, stands on `today`: « à jour » until 30 days before
 * its due date, « à refaire bientôt » from then, « à refaire » (overdue) from the due date on — it is to be done
 * again before that day.
 */
export function dueState({
  doneOn,
  months,
  today,
  soonDays = DUE_SOON_DAYS,
}: {
  doneOn: string
  months: number
  today: string
  soonDays?: number
}): Due {
  const due = dueDate(doneOn, months)
  const daysLeft = daysBetween(today, due)
  const state: DueState = daysLeft <= 0 ? 'overdue' : daysLeft <= soonDays ? 'dueSoon' : 'notDue'
  return { due, state, daysLeft }
}

type Answer = { state: ChecklistState; doneOn?: string | null }

/**
 * A commune's answer as it counts today: a recurring action answered « fait » whose due date has come is to be
 * done again (« pas fait »). Anything else counts as answered.
 */
export function effectiveState(answer: Answer, period: string | null | undefined, today: string): ChecklistState {
  const months = periodMonths(period)
  if (answer.state !== 'done' || !months || !answer.doneOn) return answer.state
  return dueState({ doneOn: answer.doneOn.slice(0, 10), months, today }).state === 'overdue' ? 'todo' : 'done'
}
