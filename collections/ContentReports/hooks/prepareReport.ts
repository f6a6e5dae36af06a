import type { CollectionBeforeChangeHook, CollectionBeforeValidateHook, PayloadRequest } from 'payload'

import { communeOf } from '@/access/roles'
import { adminMessage, requestLanguage } from '@/admin/language'
import { targetPath } from '@/contentReports/target'
import { isReportTarget, REPORT_LIMITS, type ReportTarget } from '@/contentReports/vocabulary'
import { idOf } from '@/fields/idOf'
import { invalid } from '@/http/invalid'
import { recordId } from '@/http/recordId'
import { refusal } from '@/http/refusal'
import type { User } from '@/payload-types'
import { take, waitInWords } from '@/throttle/throttle'

export const tooManyReports = (waitMs: number, req?: PayloadRequest | null) =>
  adminMessage(req, 'tooManyReports', { wait: waitInWords(waitMs, requestLanguage(req)) })

/**
 * A new report is the person's own: the reporter and their commune come from the account (naming someone else, or
 * another commune, is refused with 403), it starts open, and it names a content the person may read (a draft or an
 * unknown id is refused in French). The content's title, page and owner are copied at the time, so the owner is
 * told and finds it even if the content moves. Written by the system (no user: seed, tests), the fields given stand.
 */
export const prepareReport: CollectionBeforeValidateHook = async ({ data = {}, operation, req }) => {
  if (operation !== 'create') return data
  const user = req.user as User | null
  if (user) {
    const reporter = idOf(data.reporter)
    if (reporter != null && Number(reporter) !== user.id) throw refusal(403, adminMessage(req, 'reportInOwnName'))
    const commune = idOf(data.reporterCommune)
    if (commune != null && Number(commune) !== communeOf(user)) throw refusal(403, adminMessage(req, 'reportOwnCommune'))
    data.reporter = user.id
    data.reporterName = user.name || user.email
    data.reporterCommune = communeOf(user)
  }
  data.status = 'ouvert'
  data.replyNote = null
  data.handledBy = null
  data.handledByName = null
  data.handledAt = null

  const kind = data.targetKind as ReportTarget
  const id = recordId(data.targetId)
  if (typeof kind !== 'string' || !isReportTarget(kind)) throw invalid(req, 'targetKind', adminMessage(req, 'reportKind'))
  if (id == null) throw invalid(req, 'targetId', adminMessage(req, 'contentMissing'))
  // Read as the person: a draft guide or an unknown id is no content they can report.
  const target = (await req.payload.findByID({ collection: kind, id, depth: 0, req, overrideAccess: !user, disableErrors: true })) as {
    id: number
    slug?: string
    title?: string
    question?: string
    owner?: unknown
  } | null
  if (!target) throw invalid(req, 'targetId', adminMessage(req, 'contentMissingOrDraft'))
  data.targetId = target.id
  data.targetTitle = (kind === 'faqs' ? target.question : target.title) ?? ''
  data.targetPath = targetPath(kind, target)
  data.owner = kind === 'guides' && target.owner != null ? idOf(target.owner) : null
  return data
}

/**
 * Per account, whatever the path (form, REST, GraphQL): once the reporter and the content are known to be right, so a
 * forged or misdirected report is refused for what it is; an attempt refused afterwards (an empty message) still counts.
 */
export const throttleReports: CollectionBeforeChangeHook = async ({ data, operation, req }) => {
  if (operation !== 'create' || !req.user) return data
  const verdict = await take(req.payload, { action: 'content-report', subject: String(req.user.id) }, REPORT_LIMITS)
  if (!verdict.ok) throw refusal(429, tooManyReports(verdict.retryAfterMs, req))
  return data
}

/** Marking a report handled (or set aside) records who did and when; opened again, it forgets them. */
export const stampHandling: CollectionBeforeChangeHook = ({ data, originalDoc, operation, req }) => {
  if (operation !== 'update' || !originalDoc || data.status === undefined || data.status === originalDoc.status) return data
  const user = req.user as User | null
  if (data.status === 'ouvert') {
    data.handledBy = null
    data.handledByName = null
    data.handledAt = null
  } else {
    data.handledBy = user?.id ?? null
    data.handledByName = user ? user.name || user.email : (data.handledByName ?? null)
    data.handledAt = new Date().toISOString()
  }
  return data
}
