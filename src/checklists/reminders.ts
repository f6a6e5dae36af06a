import type { Payload, TaskConfig } from 'payload'

import { whoKeepsContracts } from '@/contracts/recipients'
import { poolOf } from '@/db/pool'
import { recurringActionHtml, recurringActionSubject } from '@/email/templates/recurringAction'
import { noonOf } from '@/fields/day'
import { messageAt } from '@/i18n/labels'
import { configuredDefaultLocale } from '@/i18n/locales'

import { type RecurringDue, recurringDues } from './due'
import { DUE_SOON_DAYS } from './recurrence'
import { readRecurringAnswers } from './recurringAnswers'
import { checklistToday } from './today'

/**
 * Claims the reminder of one answer for one due date: the row's `remindedFor` becomes that day in one statement,
 * only if it was another (or none). Two instances, or two runs, cannot both claim it; a new done day makes a new due
 * date, which is claimed anew. Bookkeeping in SQL: `updatedAt` and the author of the answer stay.
 */
async function claim(payload: Payload, due: RecurringDue): Promise<boolean> {
  const { rowCount } = await poolOf(payload).query(
    'update checklist_progress set reminded_for = $1 where id = $2 and reminded_for is distinct from $1',
    [noonOf(due.due), due.answer],
  )
  return rowCount === 1
}

/**
 * E-mails each commune's référent (named in its register, or accounts marked référent; failing both, its municipal
 * secretaries: the recipients of contract reminders) about its recurring actions falling due within 30 days: once
 * per action and due date, in one message per commune. 30 days: the « à refaire bientôt » window of the guide's
 * page, enough to book a restore test with the provider or put a training on the agenda of the next month.
 */
export async function sendRecurringReminders(payload: Payload, now?: Date): Promise<number> {
  const today = checklistToday(now)
  const { guides, answers } = await readRecurringAnswers(payload)
  const reminded = new Map(answers.map((answer) => [answer.id, answer.remindedFor?.slice(0, 10) ?? null]))
  const dueSoon = recurringDues(guides, answers, today).filter(
    (due) => due.state === 'dueSoon' && due.daysLeft <= DUE_SOON_DAYS && reminded.get(due.answer) !== due.due,
  )
  const byCommune = new Map<number, RecurringDue[]>()
  for (const due of dueSoon) byCommune.set(due.commune, [...(byCommune.get(due.commune) ?? []), due])
  let sent = 0
  for (const [commune, dues] of byCommune) {
    const to = await whoKeepsContracts(payload, commune)
    if (!to.length) {
      payload.logger.warn(`Commune ${commune}: nobody to remind of its recurring checklist actions (no digital referent nor secretary)`)
      continue
    }
    const claimed: RecurringDue[] = []
    for (const due of dues) if (await claim(payload, due)) claimed.push(due)
    if (!claimed.length) continue
    const name = (await payload.findByID({ collection: 'communes', id: commune, depth: 0, disableErrors: true }))?.name ?? ''
    const actions = claimed.map((due) => ({ label: due.item.label, guide: due.guide.title, doneOn: due.doneOn, due: due.due }))
    try {
      await payload.sendEmail({ to, subject: recurringActionSubject(actions), html: recurringActionHtml(name, actions) })
      sent++
    } catch (err) {
      payload.logger.error({ err, msg: `Commune ${commune}: reminder of recurring actions failed` })
      // Released, so that the next run tries again.
      await poolOf(payload).query('update checklist_progress set reminded_for = null where id = any($1)', [
        claimed.map((due) => due.answer),
      ])
    }
  }
  return sent
}

export const recurringRemindersTask: TaskConfig<'recurringChecklistReminders'> = {
  slug: 'recurringChecklistReminders',
  // Payload's jobs take one label: the instance's language.
  label: messageAt(configuredDefaultLocale(), 'checklists.remindersTask'),
  schedule: [{ cron: '0 30 7 * * *', queue: 'daily' }],
  outputSchema: [{ name: 'sent', type: 'number' }],
  handler: async ({ req }) => ({ output: { sent: await sendRecurringReminders(req.payload) } }),
}
