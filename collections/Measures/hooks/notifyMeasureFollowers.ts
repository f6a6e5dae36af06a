import type { CollectionAfterChangeHook } from 'payload'

import { queueFollowEvent } from '@/follow/events'
import { inEachLanguage, readIn } from '@/follow/wording'
import { translatorFor } from '@/i18n/translator'
import { measureLabels, type MeasureStatus } from '@/measures/vocabulary'
import type { Measure } from '@/payload-types'

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
  // Each follower reads it in the language of their account: the measure's title and status in that language.
  const words = await inEachLanguage(req, async (locale) => {
    const t = translatorFor(locale, 'followNotices.measure')
    const statuses: Record<string, string> = measureLabels(locale).statuses
    const statusName = (value: unknown) => statuses[value as MeasureStatus] ?? String(value)
    const changes = [
      priority && t('priority', { from: String(previousDoc.priority), to: String(doc.priority) }),
      rank && t('rank', { from: String(previousDoc.rank), to: String(doc.rank) }),
      status && t('status', { from: statusName(previousDoc.status), to: statusName(doc.status) }),
    ].filter(Boolean)
    const measure = await readIn<Measure>(req, 'measures', doc.id, locale)
    return {
      title: t('title', { number: doc.number, title: measure.title ?? doc.title, changes: changes.join(', ') }),
      detail: (context as MeasureChangeContext).measureNote ?? undefined,
    }
  })
  const decided = priority || (rank && (context as MeasureChangeContext).proposalId)
  await queueFollowEvent(req, {
    kind: 'measure-change',
    eventKey: `measure-change:${doc.id}:${doc.updatedAt}`,
    ...words,
    url: `/mesures/${doc.number}`,
    subject: { collection: 'measures', id: String(doc.id) },
    followed: [{ target: 'measure', key: String(doc.id) }, ...(decided ? [{ target: 'committee' as const, key: 'copil' }] : [])],
  })
  return doc
}
