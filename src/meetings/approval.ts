import type { Payload } from 'payload'

import { sitsOn } from '@/access/roles'
import { inTransaction } from '@/db/transaction'
import { idOf } from '@/fields/idOf'
import { queueFollowEvent } from '@/follow/events'
import { longDate } from '@/format/dates'
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
  return inTransaction(payload, user, async ({ req, lock }) => {
    const item = (await payload.findByID({
      collection: 'agenda-items',
      id: itemId,
      depth: 0,
      req,
      disableErrors: true,
    })) as AgendaItem | null
    if (!item || !sitsOn(user, item.committeeSlug)) return refuse(404, 'Ce point n’existe pas.')
    if (!item.approvesMinutesOf) return refuse(400, 'Ce point n’approuve pas de procès-verbal.')
    if (item.meetingStatus !== 'convened' && item.meetingStatus !== 'held')
      return refuse(409, 'Un procès-verbal s’approuve lors d’une séance convoquée ou tenue.')
    const previousId = idOf(item.approvesMinutesOf)
    await lock('meetings', previousId)
    const previous = (await payload.findByID({ collection: 'meetings', id: previousId, depth: 0, req })) as Meeting
    if (previous.status === 'approved') return refuse(409, 'Ce procès-verbal est déjà approuvé.')
    if (previous.status !== 'held') return refuse(409, 'La séance n’est pas close : son procès-verbal ne peut pas encore être approuvé.')
    await updateMeeting(req, previousId, { status: 'approved', approvedAt: new Date().toISOString(), approvedIn: idOf(item.meeting) })
    await syncItemStatus(req, previousId)
    const decision = `Le procès-verbal de la séance du ${longDate(previous.startsAt)} est approuvé.`
    // Whoever follows the committee's meetings (its members by default) and may read the minutes hears of it.
    await queueFollowEvent(req, {
      kind: 'minutes',
      eventKey: `minutes:${previousId}`,
      title: `${committeeLabel(previous.committeeSlug)} : procès-verbal de la séance du ${longDate(previous.startsAt)} approuvé`,
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
    return done(`${decision} Il est désormais lisible par tous les membres (sans les points confidentiels).`)
  })
}
