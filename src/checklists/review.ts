/** When a guide is due for review: last review + interval. */
export function reviewDueDate(guide: { lastReviewedAt: string; reviewIntervalMonths: number }): Date {
  const due = new Date(guide.lastReviewedAt)
  due.setUTCMonth(due.getUTCMonth() + guide.reviewIntervalMonths)
  return due
}

export const isReviewOverdue = (guide: { lastReviewedAt: string; reviewIntervalMonths: number }, now = new Date()) =>
  reviewDueDate(guide).getTime() < now.getTime()
