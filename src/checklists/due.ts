import { idOf } from '@/fields/idOf'

import { addMonths, type Due, dueState, periodMonths } from './recurrence'

type GuideChecklist = {
  id: number
  title: string
  slug: string
  checklist?: { key: string; label: string; recurrence?: string | null }[] | null
}
type Answer = { id: number; commune: unknown; guide: unknown; itemKey: string; state: string; doneOn?: string | null }

export type RecurringDue = Due & {
  /** The checklist-progress row. */
  answer: number
  commune: number
  guide: { title: string; slug: string }
  item: { key: string; label: string }
  doneOn: string
}

/**
 * Every recurring action a commune answered « fait » with the day it was done, and where it stands on `today`:
 * its due date (the done day plus the period), « à jour », « à refaire bientôt » or « à refaire ». Sorted by due date.
 */
export function recurringDues(guides: GuideChecklist[], answers: Answer[], today: string): RecurringDue[] {
  const byItem = new Map<string, Answer[]>()
  for (const answer of answers) {
    if (answer.state !== 'done' || !answer.doneOn) continue
    const key = `${idOf(answer.guide)}|${answer.itemKey}`
    byItem.set(key, [...(byItem.get(key) ?? []), answer])
  }
  const dues: RecurringDue[] = []
  for (const guide of guides) {
    for (const item of guide.checklist ?? []) {
      const months = periodMonths(item.recurrence)
      if (!months) continue
      for (const answer of byItem.get(`${guide.id}|${item.key}`) ?? []) {
        // Days are stored at noon UTC (src/fields/day.ts): the first ten characters are the Zurich day.
        const doneOn = answer.doneOn!.slice(0, 10)
        dues.push({
          ...dueState({ doneOn, months, today }),
          answer: answer.id,
          commune: idOf(answer.commune),
          guide: { title: guide.title, slug: guide.slug },
          item: { key: item.key, label: item.label },
          doneOn,
        })
      }
    }
  }
  return dues.sort((a, b) => a.due.localeCompare(b.due) || a.item.label.localeCompare(b.item.label, 'fr'))
}

export type CalendarMonth = { month: string; dues: RecurringDue[] }

/**
 * The compliance calendar of a commune: what is overdue, then what falls due in the next 12 months, by month of
 * its due date (« 2027-03 »).
 */
export function complianceCalendar(dues: RecurringDue[], today: string): { overdue: RecurringDue[]; months: CalendarMonth[] } {
  const horizon = addMonths(today, 12)
  const overdue = dues.filter((due) => due.state === 'overdue')
  const months: CalendarMonth[] = []
  for (const due of dues) {
    if (due.state === 'overdue' || due.due > horizon) continue
    const month = due.due.slice(0, 7)
    const last = months.at(-1)
    if (last?.month === month) last.dues.push(due)
    else months.push({ month, dues: [due] })
  }
  return { overdue, months }
}
