import type { CollectionAfterChangeHook } from 'payload'

import { queueFollowEvent } from '@/follow/events'
import { defaultLocale } from '@/i18n/locales'
import { measureLabels, type MeasureStatus } from '@/measures/vocabulary'

import type { MeasureChangeContext } from './recordMeasureUpdates'

/**
 * A measure's priority or status that changed is told to its followers. A priority validated by the Comité (a
 * proposal, or staff changing it directly) is a decision of the Comité: it also reaches whoever follows the
 * Comité (COPIL), its members by default. A change of progress alone is not news.
 */
export const notifyMeasureFollowers: CollectionAfterChangeHook = async ({ doc, previousDoc, operation, req, context }) => {
  if (operation !== 'update' || !previousDoc) return doc
  const priority = previousDoc.priority !== doc.priority
  const rank = previousDoc.rank !== doc.rank
  const status = previousDoc.status !== doc.status
  if (!priority && !status && !(rank && (context as MeasureChangeContext).proposalId)) return doc
  // The follow event's title is stored once for every follower: in the instance's source language, like its other words.
  const measureStatuses: Record<string, string> = measureLabels(defaultLocale).statuses
  const changes = [
    priority && `priorité ${previousDoc.priority} → ${doc.priority}`,
    rank && `rang ${previousDoc.rank} → ${doc.rank}`,
    status &&
      `état « ${measureStatuses[previousDoc.status as MeasureStatus] ?? previousDoc.status} » → « ${
        measureStatuses[doc.status as MeasureStatus] ?? doc.status
      } »`,
  ].filter(Boolean)
  const decided = priority || (rank && (context as MeasureChangeContext).proposalId)
  await queueFollowEvent(req, {
    kind: 'measure-change',
    eventKey: `measure-change:${doc.id}:${doc.updatedAt}`,
    title: `Mesure ${doc.number} « ${doc.title} » : ${changes.join(', ')}`,
    detail: (context as MeasureChangeContext).measureNote ?? undefined,
    url: `/mesures/${doc.number}`,
    subject: { collection: 'measures', id: String(doc.id) },
    followed: [{ target: 'measure', key: String(doc.id) }, ...(decided ? [{ target: 'committee' as const, key: 'copil' }] : [])],
  })
  return doc
}
