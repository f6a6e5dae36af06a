import type { Payload, TaskConfig } from 'payload'

import { isReviewOverdue, reviewDueDate } from '@/checklists/review'
import { guideReviewHtml, guideReviewSubject } from '@/email/templates/guideReview'
import { messageAt } from '@/i18n/labels'
import { configuredDefaultLocale } from '@/i18n/locales'

/**
 * E-mails the owner of each published guide whose review is overdue, once per revision: the revision date
 * reminded about is stored on the guide, so a daily run does not repeat itself until the guide is reviewed
 * (a new `lastReviewedAt`) and falls due again.
 */
export async function sendGuideReviewReminders(payload: Payload, now = new Date()): Promise<number> {
  const { docs } = await payload.find({
    collection: 'guides',
    where: { _status: { equals: 'published' } },
    limit: 0,
    pagination: false,
    depth: 1,
  })
  let sent = 0
  for (const guide of docs) {
    if (!isReviewOverdue(guide, now) || guide.reviewReminderSentFor === guide.lastReviewedAt) continue
    const owner = typeof guide.owner === 'object' ? guide.owner : null
    if (!owner?.email) {
      payload.logger.warn(`Guide "${guide.title}" is overdue for review but has no owner to remind`)
      continue
    }
    await payload.sendEmail({
      to: owner.email,
      subject: guideReviewSubject(guide.title),
      html: guideReviewHtml({ title: guide.title, slug: guide.slug, ownerName: owner.name, dueDate: reviewDueDate(guide) }),
    })
    // Bookkeeping only: a direct write, so that no new version of the guide is created.
    await payload.db.updateOne({ collection: 'guides', id: guide.id, data: { reviewReminderSentFor: guide.lastReviewedAt } })
    sent++
  }
  return sent
}

export const guideReviewRemindersTask: TaskConfig<'guideReviewReminders'> = {
  slug: 'guideReviewReminders',
  // Payload's jobs take one label: the instance's language.
  label: messageAt(configuredDefaultLocale(), 'guides.reviewTask'),
  schedule: [{ cron: '0 0 7 * * *', queue: 'daily' }],
  outputSchema: [{ name: 'sent', type: 'number' }],
  handler: async ({ req }) => ({ output: { sent: await sendGuideReviewReminders(req.payload) } }),
}
