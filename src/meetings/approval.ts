import type { Payload } from 'payload'

import { sitsOn } from '@/access/roles'
import { inTransaction } from '@/db/transaction'
import { idOf } from '@/fields/idOf'
import { queueFollowEvent } from '@/follow/events'
import { longDate } from '@/format/dates'
import { loadLanguageSettings } from '@/i18n/languageSettings'
import { currentLocale, serverTranslator } from '@/i18n/server'
import { translatorFor } from '@/i18n/translator'
import type { AgendaItem, Meeting, User } from '@/payload-types'
import { done, type Result, refuse } from '@/result'

import { syncItemStatus, updateMeeting } from './transitions'
import { committeeLabel } from './vocabulary'

/**
 * Approves the previous meeting's minutes through the item of this meeting's agenda that lists them: the previous
 * meeting becomes "procès-verbal approuvé" (its minutes, minus confidential items, are then readable by every
 * member) and the item records the decision.
 */
export async function approveMinutes(payload: Payload, user: User, itemId: number): Promise<Result> {
  // The reader's language is resolved before the transaction: reading it may need a connection of its own.
  const [t, locale] = await Promise.all([serverTranslator('meetings.approval'), currentLocale()])
  // The minutes and the notification are a shared record: written in the instance's language.
  const recordLocale = (await loadLanguageSettings(payload)).defaultLocale
  const record = translatorFor(recordLocale, 'meetings.approval')
  return inTransaction(payload, user, async ({ req, lock }) => {
    const item = (await payload.findByID({
      collection: 'agenda-items',
      id: itemId,
      depth: 0,
      req,
      disableErrors: true,
    })) as AgendaItem | null
    if (!item || !sitsOn(user, item.committeeSlug)) return refuse(404, t('unknown'))
    if (!item.approvesMinutesOf) return refuse(400, t('notApproval'))
    if (item.meetingStatus !== 'convened' && item.meetingStatus !== 'held') return refuse(409, t('wrongMeetingStatus'))
    const previousId = idOf(item.approvesMinutesOf)
    await lock('meetings', previousId)
    const previous = (await payload.findByID({ collection: 'meetings', id: previousId, depth: 0, req })) as Meeting
    if (previous.status === 'approved') return refuse(409, t('already'))
    if (previous.status !== 'held') return refuse(409, t('notClosed'))
    await updateMeeting(req, previousId, { status: 'approved', approvedAt: new Date().toISOString(), approvedIn: idOf(item.meeting) })
    await syncItemStatus(req, previousId)
    const decision = record('decision', { date: longDate(previous.startsAt, recordLocale) })
    // Whoever follows the committee's meetings (its members by default) and may read the minutes hears of it.
    await queueFollowEvent(req, {
      kind: 'minutes',
      eventKey: `minutes:${previousId}`,
      title: record('notification', {
        committee: committeeLabel(previous.committeeSlug, recordLocale),
        date: longDate(previous.startsAt, recordLocale),
      }),
      detail: previous.title,
      url: `/seances/${previousId}`,
      subject: { collection: 'meetings', id: String(previousId) },
      followed: [{ target: 'committee', key: String(previous.committeeSlug) }],
    })
    await payload.update({
      collection: 'agenda-items',
      id: itemId,
      data: { decision: item.decision?.trim() ? `${item.decision}\n${decision}` : decision },
      req,
    })
    return done(t('approved', { date: longDate(previous.startsAt, locale) }))
  })
}
