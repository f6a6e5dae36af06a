import { daysUntil } from '@/contracts/noticeDeadline'
import { noticeReminderDays } from '@/contracts/vocabulary'
import { zurichDay } from '@/fields/day'

/**
 * The pure rules of the home page: which dates count as "en retard", "cette semaine", "dans les 90 jours", which
 * checklist action comes next, and since when "what changed" counts. Days are Zurich calendar days (YYYY-MM-DD).
 */

const DAY = 86_400_000

/** Adds whole days to a calendar day. */
export const addDays = (day: string, days: number) =>
  new Date(Date.parse(`${day.slice(0, 10)}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10)

/** The Sunday that ends the calendar week (Monday to Sunday) of `today`. */
export function weekEnd(today: string): string {
  const weekday = new Date(`${today.slice(0, 10)}T00:00:00Z`).getUTCDay() // 0 = Sunday
  return addDays(today, weekday === 0 ? 0 : 7 - weekday)
}

export type ActionUrgency = 'overdue' | 'thisWeek'

/**
 * An open action item's urgency on the home page: its due day has passed (« en retard »), or it falls between today
 * and Sunday (« cette semaine »); later ones are not shown (null). The due date is a calendar day (stored at noon
 * or midnight UTC by the admin's picker): its Zurich day is compared, as /seances/actions compares it.
 */
export function actionUrgency(dueDate: string, today: string): ActionUrgency | null {
  const due = zurichDay(dueDate)
  if (due < today) return 'overdue'
  return due <= weekEnd(today) ? 'thisWeek' : null
}

/**
 * Days left before a contract's last day to give notice, when it falls within the reminder window (today up to
 * 90 days ahead, the window of the référent's e-mail); null for a passed, later or missing deadline.
 */
export function noticeDaysLeft(noticeDeadline: string | null | undefined, today: string): number | null {
  if (!noticeDeadline) return null
  const days = daysUntil(zurichDay(noticeDeadline), today)
  return days >= 0 && days <= noticeReminderDays ? days : null
}

type ChecklistItem = { key: string; label: string }

/**
 * The checklist's next action for a commune: the first item (in the guide's order) that is neither done nor marked
 * not applicable, « en partie » included; null once every item is done or not applicable.
 */
export function nextAction<T extends ChecklistItem>(checklist: T[], states: Map<string, string>): T | null {
  return checklist.find((item) => states.get(item.key) !== 'done' && states.get(item.key) !== 'na') ?? null
}

/** With no earlier login to compare with (a first visit), "what changed" covers this many days. */
export const firstVisitDays = 30

/**
 * Since when "what changed since your last visit" counts: the person's previous login (stored at each login before
 * the new one overwrites it); on a first login, the last 30 days.
 */
export function changesSince(previousLoginAt: string | null | undefined, now: Date): { since: Date; firstVisit: boolean } {
  if (previousLoginAt && !Number.isNaN(Date.parse(previousLoginAt)))
    return { since: new Date(Math.min(Date.parse(previousLoginAt), now.getTime())), firstVisit: false }
  return { since: new Date(now.getTime() - firstVisitDays * DAY), firstVisit: true }
}
