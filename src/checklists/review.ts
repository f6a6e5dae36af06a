/** When a guide is due for review: last review + interval. */
export function reviewDueDate(guide: { lastReviewedAt: string; reviewIntervalMonths: number }): Date {
  const due = new Date(guide.lastReviewedAt)
  due.setUTCMonth(due.getUTCMonth() + guide.reviewIntervalMonths)
  return due
}

export const isReviewOverdue = (guide: { lastReviewedAt: string; reviewIntervalMonths: number }, now = new Date()) =>
  reviewDueDate(guide).getTime() < now.getTime()

export const formatDate = (iso: string | Date) =>
  new Intl.DateTimeFormat('fr-CH', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Zurich' }).format(new Date(iso))
