import type { Payload, TaskConfig } from 'payload'

import { inTransaction } from '@/db/transaction'
import { type AlertMessage, regionalAlertHtml, regionalAlertSubject } from '@/email/templates/regionalAlert'
import { byLanguage } from '@/i18n/byLanguage'
import { messageAt } from '@/i18n/labels'
import { defaultLocale, type Locale } from '@/i18n/locales'
import { translatorFor } from '@/i18n/translator'
import type { RegionalAlert } from '@/payload-types'
import { done, refuse } from '@/result'

// The templates are written in the recipient's language, given last (src/email/templates/regionalAlert.ts).
const subjectIn = regionalAlertSubject as (alert: AlertMessage, locale: Locale) => string
const htmlIn = regionalAlertHtml as (alert: AlertMessage, locale: Locale) => string

/** Alerts leave with the events' mail queue, within seconds of the publication. */
export const alertMailQueue = 'mail'

/**
 * Who receives a regional alert: in every commune, the accounts marked référent numérique or municipal secretary
 * (validator) and the référent named in the commune's register, each address once. Nobody without a commune.
 */
export async function alertRecipients(payload: Payload): Promise<string[]> {
  const [accounts, registers] = await Promise.all([
    payload.find({
      collection: 'users',
      where: {
        and: [
          { disabled: { not_equals: true } },
          { commune: { exists: true } },
          { or: [{ communeReferent: { equals: true } }, { communeValidator: { equals: true } }] },
        ],
      },
      depth: 0,
      limit: 0,
      pagination: false,
      select: { email: true },
    }),
    payload.find({ collection: 'commune-registers', depth: 0, limit: 0, pagination: false, select: { referentEmail: true } }),
  ])
  const emails = [...accounts.docs.map((user) => user.email), ...registers.docs.map((register) => register.referentEmail)]
  return [...new Set(emails.filter((email): email is string => Boolean(email)).map((email) => email.trim().toLowerCase()))].sort()
}

/**
 * Sends a published alert exactly once: the alert's row is locked and the sending claimed (`mailedAt`) in one
 * transaction, so a second job (a retry, another instance) finds it claimed; the e-mails go out after the claim,
 * one per person. A failed message is logged; `mailedTo` records how many went out.
 */
export async function sendAlertMails(payload: Payload, alertId: number): Promise<number> {
  let alert: RegionalAlert | null = null
  const claim = await inTransaction(payload, null, async ({ req, lock }) => {
    await lock('regional_alerts', alertId)
    alert = await payload.findByID({ collection: 'regional-alerts', id: alertId, depth: 0, req, disableErrors: true })
    if (!alert || alert.status !== 'published') return refuse(404, 'gone')
    if (alert.mailedAt) return refuse(409, 'already sent')
    await payload.db.updateOne({ collection: 'regional-alerts', id: alertId, data: { mailedAt: new Date().toISOString() }, req })
    return done('claimed')
  })
  if (!claim.ok || !alert) return 0
  const claimed: RegionalAlert = alert
  let sent = 0
  // Each person in their language: the severity's word too.
  for (const [locale, addresses] of await byLanguage(payload, await alertRecipients(payload))) {
    const message = {
      id: claimed.id,
      title: claimed.title,
      whatToCheck: claimed.whatToCheck,
      severity: translatorFor(locale, 'vocab.alerts')(`severities.${claimed.severity}`),
      expiresOn: claimed.expiresOn,
    }
    for (const to of addresses)
      await payload.sendEmail({ to, subject: subjectIn(message, locale), html: htmlIn(message, locale) }).then(
        () => sent++,
        (err: unknown) => payload.logger.error({ err, msg: `Alert ${alertId}: e-mail to ${to} failed` }),
      )
  }
  await payload.db.updateOne({ collection: 'regional-alerts', id: alertId, data: { mailedTo: sent } })
  return sent
}

export const regionalAlertMailTask: TaskConfig<'regionalAlertMail'> = {
  slug: 'regionalAlertMail',
  label: messageAt(defaultLocale, 'alerts.mailTask'),
  inputSchema: [{ name: 'alertId', type: 'number', required: true }],
  retries: 3,
  handler: async ({ input, req }) => ({ output: { sent: await sendAlertMails(req.payload, input.alertId) } }),
}
