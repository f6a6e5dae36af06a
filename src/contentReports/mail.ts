import type { Payload, TaskConfig } from 'payload'

import { inTransaction } from '@/db/transaction'
import { contentReportHtml, contentReportSubject } from '@/email/templates/contentReport'
import { idOf } from '@/fields/idOf'
import type { ContentReport } from '@/payload-types'
import { done, refuse } from '@/result'

import { reportTargets } from './vocabulary'

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
    kind: reportTargets[claimed.targetKind],
    title: claimed.targetTitle ?? '',
    path: claimed.targetPath ?? '',
    section: claimed.section ?? null,
    message: claimed.message,
    asOwner,
  }
  let sent = 0
  for (const address of to) {
    await payload.sendEmail({ to: address, subject: contentReportSubject(message), html: contentReportHtml(message) }).then(
      () => sent++,
      (err: unknown) => payload.logger.error({ err, msg: `Content report ${reportId}: e-mail to ${address} failed` }),
    )
  }
  return sent
}

export const contentReportMailTask: TaskConfig<'contentReportMail'> = {
  slug: 'contentReportMail',
  label: 'Signalement de contenu par e-mail',
  inputSchema: [{ name: 'reportId', type: 'number', required: true }],
  retries: 3,
  handler: async ({ input, req }) => ({ output: { sent: await sendReportMail(req.payload, input.reportId) } }),
}
