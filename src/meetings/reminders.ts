import type { Payload, TaskConfig } from 'payload'

import { actionReminderHtml, actionReminderSubject, actionReminderText } from '@/email/templates/actionReminder'
import { recipientLocale } from '@/i18n/recipient'
import type { ActionItem, Committee, User } from '@/payload-types'

const week = 7 * 24 * 3600_000
// A little under a week, so that a weekly run a few minutes early still reminds.
const quietPeriod = week - 12 * 3600_000

/**
 * One e-mail per owner of overdue open actions, listing them all, at most once a week: an owner reminded less than
 * a week ago (any of their items carries `remindedAt`) is skipped until the next run.
 */
export async function sendActionReminders(payload: Payload, now = new Date()): Promise<{ owners: number; actions: number }> {
  const { docs } = await payload.find({
    collection: 'action-items',
    where: { and: [{ status: { equals: 'open' } }, { dueDate: { less_than: now.toISOString().slice(0, 10) } }] },
    sort: 'dueDate',
    depth: 1,
    limit: 0,
    pagination: false,
    populate: { users: { name: true, email: true, disabled: true, locale: true }, committees: { shortName: true } },
  })
  const byOwner = new Map<number, ActionItem[]>()
  for (const item of docs) byOwner.set((item.owner as User).id, [...(byOwner.get((item.owner as User).id) ?? []), item])
  let owners = 0
  let actions = 0
  for (const items of byOwner.values()) {
    const owner = items[0]!.owner as User
    if (owner.disabled) continue
    if (items.some((item) => item.remindedAt && now.getTime() - new Date(item.remindedAt).getTime() < quietPeriod)) continue
    const overdue = items.map((item) => ({ title: item.title, dueDate: item.dueDate, committee: (item.committee as Committee).shortName }))
    const locale = await recipientLocale(payload, owner)
    await payload.sendEmail({
      to: owner.email,
      subject: actionReminderSubject(overdue.length, locale),
      html: actionReminderHtml(owner.name, overdue, locale),
      text: actionReminderText(owner.name, overdue, locale),
    })
    // Bookkeeping only: a direct write, so that the items' hooks (and search) are not disturbed.
    for (const item of items)
      await payload.db.updateOne({ collection: 'action-items', id: item.id, data: { remindedAt: now.toISOString() } })
    owners++
    actions += items.length
  }
  return { owners, actions }
}

export const actionRemindersTask: TaskConfig<'actionReminders'> = {
  slug: 'actionReminders',
  label: 'Weekly reminder of overdue actions',
  // Monday morning, in time for the week's planning.
  schedule: [{ cron: '0 30 7 * * 1', queue: 'daily' }],
  handler: async ({ req }) => ({ output: await sendActionReminders(req.payload) }),
}
