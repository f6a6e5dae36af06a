import type { Payload } from 'payload'

import { allAsUser } from '@/auth/asUser'
import { idOf } from '@/fields/idOf'
import type { ContentReport, User } from '@/payload-types'

import type { ReportTarget } from './vocabulary'

/** What the reporter reads of their own report on the content's page. */
export type OwnReport = Pick<ContentReport, 'id' | 'targetId' | 'status' | 'replyNote' | 'createdAt' | 'handledAt'>

/**
 * The person's own reports on some contents of one kind, newest first, by content id. Read as the person: members
 * read only theirs; the coordination and owners read others' too, whose reporter they may or may not see, so only
 * the reports the person made are kept.
 */
export async function loadOwnReports(payload: Payload, user: User, kind: ReportTarget, ids: number[]): Promise<Map<number, OwnReport[]>> {
  const byTarget = new Map<number, OwnReport[]>()
  if (!ids.length) return byTarget
  const { docs } = await payload.find({
    collection: 'content-reports',
    ...allAsUser(user),
    where: { and: [{ targetKind: { equals: kind } }, { targetId: { in: ids } }] },
    sort: '-createdAt',
  })
  for (const doc of docs) {
    if (doc.reporter == null || idOf(doc.reporter) !== user.id) continue
    const { id, targetId, status, replyNote, createdAt, handledAt } = doc
    byTarget.set(targetId, [...(byTarget.get(targetId) ?? []), { id, targetId, status, replyNote, createdAt, handledAt }])
  }
  return byTarget
}
