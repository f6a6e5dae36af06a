import type { CollectionAfterChangeHook, CollectionBeforeChangeHook } from 'payload'

import { alertMailQueue } from '@/alerts/mail'

/** The day it went out: set once, at the first publication. */
export const stampPublication: CollectionBeforeChangeHook = ({ data, originalDoc }) => {
  if (data.status === 'published' && !originalDoc?.publishedAt) data.publishedAt = new Date().toISOString()
  return data
}

/**
 * Once published and not yet mailed: the e-mail to every commune's référents and secretaries goes out through the
 * jobs queue, in the write's transaction (it exists only if the publication committed). The job itself claims the
 * sending, so a second queued job, a retry or a second instance sends nothing more.
 */
export const queueAlertMail: CollectionAfterChangeHook = async ({ doc, req }) => {
  if (doc.status !== 'published' || doc.mailedAt) return doc
  await req.payload.jobs.queue({ task: 'regionalAlertMail', input: { alertId: doc.id }, queue: alertMailQueue, req })
  return doc
}
