import type { Payload, TaskConfig } from 'payload'

import { inTransaction } from '@/db/transaction'
import { contentReportHtml, contentReportSubject } from '@/email/templates/contentReport'
import { idOf } from '@/fields/idOf'
import { messageAt } from '@/i18n/labels'
import { configuredDefaultLocale } from '@/i18n/locales'
import { recipientLocale } from '@/i18n/recipient'
import { translatorFor } from '@/i18n/translator'
import type { ContentReport } from '@/payload-types'
import { done, refuse } from '@/result'

/** Reports leave with the events' and alerts' mail queue, within seconds. */
export const reportMailQueue = 'mail'

/** The coordinators who may act (not disabled): they deal with a content that has no owner. */
async function coordinatorEmails(payload: Payload): Promise<string[]> {
  const { docs } = await payload.find({
    collection: 'users',
    where: { and: [{ roles: { contains: 'coordinator' } }, { disabled: { not_equals: true } }] },
    depth: 0,
    limit: 0,
    pagination: false,
    select: { email: true },
  })
  return docs.map((user) => user.email)
}

/**
 * Who is told of a report: the owner of the content when it has one who can still act (a guide's « responsable »),
 * else every coordinator. Each address once.
 */
export async function reportRecipients(
  payload: Payload,
  report: Pick<ContentReport, 'owner'>,
): Promise<{ to: string[]; asOwner: boolean }> {
  const ownerId = report.owner == null ? null : idOf(report.owner)
  if (ownerId != null) {
    const owner = await payload.findByID({
      collection: 'users',
      id: ownerId,
      depth: 0,
      disableErrors: true,
      select: { email: true, disabled: true },
    })
    if (owner?.email && !owner.disabled) return { to: [owner.email.toLowerCase()], asOwner: true }
  }
  return { to: [...new Set((await coordinatorEmails(payload)).map((email) => email.toLowerCase()))].sort(), asOwner: false }
}

/** The language of the person behind an address: their account's, else the instance's. */
async function localeOf(payload: Payload, address: string) {
  const { docs } = await payload.find({
    collection: 'users',
    where: { email: { equals: address } },
    depth: 0,
    limit: 1,
    pagination: false,
    select: { locale: true },
  })
  return recipientLocale(payload, docs[0])
}

/**
 * Tells the owner of a new report exactly once: the report's row is locked and the sending claimed (`notifiedAt`)
 * in one transaction, so a second job (a retry, another instance) finds it claimed and sends nothing.
 */
export async function sendReportMail(payload: Payload, reportId: number): Promise<number> {
  let report: ContentReport | null = null
  const claim = await inTransaction(payload, null, async ({ req, lock }) => {
    await lock('content_reports', reportId)
    report = await payload.findByID({ collection: 'content-reports', id: reportId, depth: 0, req, disableErrors: true })
    if (!report) return refuse(404, 'gone')
    if (report.notifiedAt) return refuse(409, 'already sent')
    await payload.db.updateOne({ collection: 'content-reports', id: reportId, data: { notifiedAt: new Date().toISOString() }, req })
    return done('claimed')
  })
  if (!claim.ok || !report) return 0
  const claimed: ContentReport = report
  const { to, asOwner } = await reportRecipients(payload, claimed)
  const message = {
    id: claimed.id,
    kind: '',
    title: claimed.targetTitle ?? '',
    path: claimed.targetPath ?? '',
    section: claimed.section ?? null,
    message: claimed.message,
    asOwner,
  }
  let sent = 0
  for (const address of to) {
    // The kind of content in the recipient's language (their account's, else the instance's).
    const kind = translatorFor(await localeOf(payload, address), 'vocab.contentReports.targets')(claimed.targetKind)
    const localized = { ...message, kind }
    await payload.sendEmail({ to: address, subject: contentReportSubject(localized), html: contentReportHtml(localized) }).then(
      () => sent++,
      (err: unknown) => payload.logger.error({ err, msg: `Content report ${reportId}: e-mail to ${address} failed` }),
    )
  }
  return sent
}

export const contentReportMailTask: TaskConfig<'contentReportMail'> = {
  slug: 'contentReportMail',
  // Payload's jobs take one label: the instance's language.
  label: messageAt(configuredDefaultLocale(), 'contentReports.mailTask'),
  inputSchema: [{ name: 'reportId', type: 'number', required: true }],
  retries: 3,
  handler: async ({ input, req }) => ({ output: { sent: await sendReportMail(req.payload, input.reportId) } }),
}
