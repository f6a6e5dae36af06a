import { type CollectionBeforeChangeHook, Forbidden } from 'payload'

import { type AccessUser, sitsOn } from '@/access/roles'
import { adminMessage } from '@/admin/language'
import { idOf } from '@/fields/idOf'
import { invalid } from '@/http/invalid'
import { isClosed } from '@/meetings/vocabulary'

/**
 * Copies the meeting's committee and status onto the item (what access rules compare), lets only the committee
 * write it, freezes items of closed meetings, places new items last, and checks the minutes-approval link.
 */
export const fillFromMeeting: CollectionBeforeChangeHook = async ({ data, originalDoc, operation, req, context }) => {
  const meetingId = idOf(data.meeting ?? originalDoc?.meeting) as number
  if (operation === 'update' && idOf(originalDoc?.meeting) !== meetingId)
    throw invalid(req, 'meeting', adminMessage(req, 'itemKeepsMeeting'))
  const meeting = await req.payload.findByID({ collection: 'meetings', id: meetingId, depth: 0, req, disableErrors: true })
  if (!meeting) throw invalid(req, 'meeting', adminMessage(req, 'meetingMissing'))
  if (req.user && !sitsOn(req.user as AccessUser, meeting.committeeSlug)) throw new Forbidden(req.t)
  if (isClosed(meeting.status) && !context.meetingTransition) throw invalid(req, 'meeting', adminMessage(req, 'agendaClosed'))
  data.committeeSlug = meeting.committeeSlug
  data.meetingStatus = meeting.status

  if (data.position == null && originalDoc?.position == null) {
    const last = await req.payload.find({
      collection: 'agenda-items',
      where: { meeting: { equals: meetingId } },
      sort: '-position',
      limit: 1,
      depth: 0,
      req,
    })
    data.position = (last.docs[0]?.position ?? 0) + 1
  }

  const approved = idOf(data.approvesMinutesOf)
  if (approved != null && approved !== idOf(originalDoc?.approvesMinutesOf)) {
    const previous = await req.payload.findByID({ collection: 'meetings', id: approved as number, depth: 0, req, disableErrors: true })
    if (
      !previous ||
      previous.committeeSlug !== meeting.committeeSlug ||
      previous.id === meeting.id ||
      previous.startsAt >= meeting.startsAt
    )
      throw invalid(req, 'approvesMinutesOf', adminMessage(req, 'minutesOfEarlierMeeting'))
  }
  return data
}
