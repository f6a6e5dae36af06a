import { type CollectionBeforeChangeHook, Forbidden } from 'payload'

import { type AccessUser, sitsOn } from '@/access/roles'
import { adminMessage } from '@/admin/language'
import { idOf } from '@/fields/idOf'
import { invalid } from '@/http/invalid'
import { isClosed } from '@/meetings/vocabulary'

/**
 * Copies the committee's role onto the meeting (access rules compare it), keeps a meeting in its committee, lets
 * only that committee's members (and staff) write it, and freezes approved or cancelled meetings.
 */
export const pinMeetingCommittee: CollectionBeforeChangeHook = async ({ data, originalDoc, operation, req, context }) => {
  if (operation === 'update' && isClosed(originalDoc?.status) && !context.meetingTransition)
    throw invalid(req, 'status', adminMessage(req, 'meetingClosed'))
  const committeeId = idOf(data.committee ?? originalDoc?.committee)
  if (operation === 'update' && idOf(originalDoc?.committee) !== committeeId)
    throw invalid(req, 'committee', adminMessage(req, 'meetingKeepsCommittee'))
  const committee = await req.payload.findByID({ collection: 'committees', id: committeeId as number, depth: 0, req, disableErrors: true })
  if (!committee) throw invalid(req, 'committee', adminMessage(req, 'committeeMissing'))
  if (req.user && !sitsOn(req.user as AccessUser, committee.slug)) throw new Forbidden(req.t)
  data.committeeSlug = committee.slug
  return data
}
