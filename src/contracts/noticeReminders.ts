import type { Payload, TaskConfig } from 'payload'

import { contractNoticeHtml, contractNoticeSubject, type NoticeReminder } from '@/email/templates/contractNotice'
import { zurichDay } from '@/fields/day'
import { idOf } from '@/fields/idOf'
import { byLanguage } from '@/i18n/byLanguage'
import { messageAt } from '@/i18n/labels'
import { defaultLocale, type Locale } from '@/i18n/locales'
import { providerName } from '@/providers/names'

import { whoKeepsContracts } from './recipients'
import { contractView } from './view'
import { noticeReminderDays } from './vocabulary'

// The templates are written in the recipient's language, given last (src/email/templates/contractNotice.ts).
const subjectIn = contractNoticeSubject as (reminder: NoticeReminder, locale: Locale) => string
const htmlIn = contractNoticeHtml as (commune: string, reminder: NoticeReminder, locale: Locale) => string

/**
 * E-mails each commune's référent 90 days (or less, for a contract recorded late) before the last day to give
 * notice, once per deadline: the deadline reminded about is stored on the contract, so a new term or notice
 * period brings a new reminder and nothing else does.
 */
export async function sendContractNoticeReminders(payload: Payload, now = new Date()): Promise<number> {
  const today = zurichDay(now)
  const horizon = new Date(Date.parse(today) + (noticeReminderDays + 1) * 86_400_000).toISOString()
  const { docs } = await payload.find({
    collection: 'contracts',
    where: { and: [{ noticeDeadline: { greater_than_equal: `${today}T00:00:00.000Z` } }, { noticeDeadline: { less_than: horizon } }] },
    limit: 0,
    pagination: false,
    depth: 1,
  })
  const criteria = (await payload.find({ collection: 'contract-criteria', limit: 0, pagination: false, depth: 0 })).docs
  let sent = 0
  for (const contract of docs) {
    if (!contract.noticeDeadline || !contract.termEndsOn || contract.noticeReminderSentFor === contract.noticeDeadline) continue
    const commune = typeof contract.commune === 'object' ? contract.commune : null
    const to = await whoKeepsContracts(payload, idOf(contract.commune))
    if (!to.length) {
      payload.logger.warn(`Contract ${contract.id}: nobody to remind of its notice deadline (no referent nor secretary)`)
      continue
    }
    const view = contractView(contract, criteria, now)
    const reminder = {
      id: contract.id,
      provider: providerName(contract.provider),
      service: contract.service,
      noticeDeadline: contract.noticeDeadline,
      termEndsOn: contract.termEndsOn,
      days: view.daysLeft!,
      gaps: view.assessment.gaps.length,
    }
    // One message per language: each person reads it in theirs.
    for (const [locale, addresses] of await byLanguage(payload, to))
      await payload.sendEmail({ to: addresses, subject: subjectIn(reminder, locale), html: htmlIn(commune?.name ?? '', reminder, locale) })
    // Bookkeeping only, written directly: no hook recomputes anything and the author stays.
    await payload.db.updateOne({ collection: 'contracts', id: contract.id, data: { noticeReminderSentFor: contract.noticeDeadline } })
    sent++
  }
  return sent
}

export const contractNoticeRemindersTask: TaskConfig<'contractNoticeReminders'> = {
  slug: 'contractNoticeReminders',
  label: messageAt(defaultLocale, 'contracts.reminderTask'),
  schedule: [{ cron: '0 15 7 * * *', queue: 'daily' }],
  outputSchema: [{ name: 'sent', type: 'number' }],
  handler: async ({ req }) => ({ output: { sent: await sendContractNoticeReminders(req.payload) } }),
}
