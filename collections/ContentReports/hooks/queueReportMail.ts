import type { CollectionAfterChangeHook } from 'payload'

import { reportMailQueue } from '@/contentReports/mail'

/**
 * A new report tells the content's owner (or the coordination) by e-mail, through the jobs queue and in the write's
 * transaction: the job exists only if the report committed, and it claims the sending, so a retry or a second
 * instance sends nothing more.
 */
export const queueReportMail: CollectionAfterChangeHook = async ({ doc, operation, req }) => {
  if (operation !== 'create' || doc.notifiedAt) return doc
  await req.payload.jobs.queue({ task: 'contentReportMail', input: { reportId: doc.id }, queue: reportMailQueue, req })
  return doc
}
